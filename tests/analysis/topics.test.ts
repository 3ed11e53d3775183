import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTopics } from '../../src/analysis/topics.ts';
import { nameCandidates } from '../../src/analysis/nameCandidates.ts';
import type { ArticleRecord } from '../../src/records/ArticleRecord.ts';

const rec = (slug: string, body: string, title = 'A report'): ArticleRecord => ({
  title, date: null, time: null, timezone: null, authors: [], source: null, input: `${slug}.txt`, slug,
  kicker: null, standfirst: null, syndicated_from: null, credit: null, lang: 'en', words: 0, body,
});

test('capitalised runs become candidates; a possessive ends the name', () => {
  const c = nameCandidates('Troops left the city of Izium after President Volodymyr Zelensky’s address.');
  assert.deepEqual(c.map((x) => x.words.join(' ')), ['Troops', 'Izium', 'President Volodymyr Zelensky']);
  assert.equal(c[0]!.initial, true);
  assert.equal(c[1]!.initial, false);
});

test('a hyphenated word with a lower-case part is not a name', () => {
  assert.deepEqual(nameCandidates('once pro-Kremlin Kharkiv region').map((x) => x.words.join(' ')), ['Kharkiv']);
});

test('spelling variants merge into one topic with the others as aliases', () => {
  const t = extractTopics([
    rec('a', 'Forces left Izium on Saturday. Reports from Izium say so.'),
    rec('b', 'Forces left Izyum on Saturday, near Izyum.'),
    rec('c', 'Nothing about that place here, only the weather in Kupiansk and in Kupyansk.'),
  ]);
  const izium = t.topics.find((x) => x.slug === 'izium');
  assert.ok(izium, 'an izium topic');
  assert.equal(izium.name, 'Izium');
  assert.deepEqual(izium.aliases, ['Izyum']);
  assert.deepEqual(izium.articles, [0, 1]);
});

test('names that differ only in case give one topic and one slug', () => {
  const t = extractTopics([rec('a', 'A visit to NATO and to Kyiv. Then Kyiv again.'), rec('b', 'He flew to KYIV and then Kyiv, said the NATO office.')]);
  const slugs = t.topics.map((x) => x.slug);
  assert.equal(new Set(slugs).size, slugs.length);
  assert.equal(slugs.filter((s) => s.startsWith('kyiv')).length, 1);
});

test('words capitalised only at sentence starts or in headlines are not topics', () => {
  const t = extractTopics([
    rec('a', 'Images show the tanks. The images were taken in Izium by the army near Izium.', 'Images From The Front'),
    rec('b', 'Images of the city. More images came from Izium.', 'Images Again'),
  ]);
  assert.deepEqual(t.topics.map((x) => x.name), ['Izium']);
});

test('a lone surname joins the full name that ends with it', () => {
  const t = extractTopics([rec('a', 'He met Vladimir Putin in Moscow. Then Putin left.'), rec('b', 'Later, Vladimir Putin spoke; critics of Putin replied.')]);
  const putin = t.topics.find((x) => x.name === 'Vladimir Putin');
  assert.ok(putin);
  assert.deepEqual(putin.aliases, ['Putin']);
  assert.ok(!t.topics.some((x) => x.name === 'Putin'));
});

test('titles are stripped only when they are titles', () => {
  const t = extractTopics([
    rec('a', 'said Prime Minister Liz Truss, and the Foreign Policy Research Institute agreed.'),
    rec('b', 'said Prime Minister Liz Truss, and the Foreign Policy Research Institute agreed.'),
  ]);
  assert.deepEqual(t.topics.map((x) => x.name).sort(), ['Foreign Policy Research Institute', 'Liz Truss']);
});

test('extraction is deterministic and independent of object identity', () => {
  const rs = [rec('a', 'Kharkiv and Izium were retaken. Izium fell first.'), rec('b', 'In Kharkiv, near Izium, troops fled.')];
  assert.deepEqual(extractTopics(rs), extractTopics(structuredClone(rs)));
});
