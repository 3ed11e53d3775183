import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, indexed, search } from './helpers.ts';
import { snippet } from '../../src/search/query/snippet.ts';
import { withinOneEdit } from '../../src/search/query/editDistance.ts';
import { facetCounts, narrow, tableOfEntries } from '../../src/search/query/facets.ts';
import { parseQuery } from '../../src/search/query/parse.ts';
import { evaluate } from '../../src/search/query/evaluate.ts';
import { rank } from '../../src/search/query/rank.ts';

const ARTICLES = [
  article('flag-title', { title: 'Troops raise white flag', date: '2022-09-10', source: 'The Sun', body: 'Soldiers left the city of Izium.' }),
  article('flag-body', { title: 'A quiet week', date: '2022-09-12', source: 'Daily Ledger', body: 'They raised a white flag at dawn. Officials in Kupyansk said the white flag was seen.' }),
  article('apart', { title: 'Colours', date: '2021-03-01', source: 'The Sun', body: 'The flag was blue and the wall was white. Raising money for grapes.' }),
  article('raisin', { title: 'Dried fruit', body: 'The word Izyum means raisin. Igor Konashenkov spoke.', syndicated_from: 'MorningPress', authors: ['Tariq Tahir'] }),
  article('older', { title: 'Another white flag', date: '2020-01-01', body: 'Nothing else.' }),
];
const src = indexed(ARTICLES);
const find = (q: string, order?: 'relevance' | 'date') => search(src, ARTICLES, q, order);

test('a phrase finds only adjacent words, in order', async () => {
  assert.deepEqual((await find('"white flag"')).sort(), ['flag-body', 'flag-title', 'older']);
  assert.deepEqual(await find('"flag white"'), []);
});

test('name spellings find each other; ordinary words do not blur', async () => {
  assert.deepEqual((await find('Izyum')).sort(), ['flag-title', 'raisin']);
  assert.deepEqual(await find('Kupiansk'), ['flag-body']);
  assert.deepEqual(await find('raisin'), ['raisin']);
  assert.deepEqual((await find('raising')).sort(), ['apart', 'flag-body', 'flag-title']); // raise, raised, raising: one stem
  assert.ok(!(await find('raising')).includes('raisin'));
});

test('+ requires, - excludes, fields scope', async () => {
  assert.deepEqual((await find('+white +wall')), ['apart']);
  assert.deepEqual((await find('white -flag')), []);
  assert.deepEqual((await find('title:raisin')), []);
  assert.deepEqual((await find('source:morningpress')), ['raisin']);
  assert.deepEqual((await find('author:tahir')), ['raisin']);
  assert.deepEqual((await find('MorningPress')), ['raisin']);
});

test('date filters keep dated articles in range', async () => {
  assert.deepEqual((await find('flag year:2022')).sort(), ['flag-body', 'flag-title']);
  assert.deepEqual(await find('flag from:2022-09-11 to:2022-09-30'), ['flag-body']);
  assert.deepEqual((await find('year:2021')), ['apart']);
});

test('headline matches come first; ties go to the newer article; date order is newest first', async () => {
  const r = await find('white flag');
  assert.deepEqual(r.slice(0, 2).sort(), ['flag-title', 'older']); // both words in the headline
  assert.equal(r[2], 'flag-body');
  const twins = [article('old', { title: 'Same', date: '2020-01-01', body: 'Kyiv spoke.' }), article('new', { title: 'Same', date: '2023-01-01', body: 'Kyiv spoke.' }), article('undated', { title: 'Same', body: 'Kyiv spoke.' })];
  assert.deepEqual(await search(indexed(twins), twins, 'kyiv'), ['new', 'old', 'undated']);
  assert.deepEqual(await find('flag', 'date'), ['flag-body', 'flag-title', 'apart', 'older']);
});

test('a word of five letters or more with no match is retried one edit away', async () => {
  assert.deepEqual(await find('Konashenkow'), ['raisin']);
  assert.deepEqual(await find('Konashemkov'), ['raisin']);
  assert.deepEqual(await find('flg'), []); // too short to guess
  assert.deepEqual(await find('Eugenie'), []);
  const ev = await evaluate(parseQuery('soldierz'), src);
  assert.equal(ev.corrections[0]!.word, 'soldierz');
});

test('edit distance one covers insertions, deletions, substitutions and swaps', () => {
  const cases: Array<[string, string, boolean]> = [
    ['konashenkov', 'konashenkow', true], ['izium', 'iziun', true], ['izium', 'izum', true], ['izium', 'iizium', true],
    ['raisin', 'rasiin', true], ['raisin', 'rais', false], ['abcde', 'edcba', false], ['same', 'same', true],
  ];
  for (const [a, b, want] of cases) assert.equal(withinOneEdit(a, b), want, `${a} ${b}`);
});

test('facets count every result and narrow them', async () => {
  const hits = rank((await evaluate(parseQuery('flag'), src)).hits);
  const table = await src.facets();
  const counts = facetCounts(table, hits, {});
  assert.deepEqual(counts.source, [{ value: 'Daily Ledger', count: 1 }, { value: 'The Sun', count: 2 }].sort((a, b) => b.count - a.count));
  assert.deepEqual(counts.year.map((y) => y.value), ['2022', '2021', '2020']);
  assert.equal(narrow(table, hits, { year: '2022' }).length, 2);
});

test('results all on screen count the same facets from their own entries', async () => {
  const topical = [
    article('t1', { title: 'Flag one', date: '2022-09-10', source: 'The Sun', topics: [{ name: 'Izium', slug: 'izium', aliases: [] }] as never }),
    article('t2', { title: 'Flag two', date: '2021-09-10', source: 'Daily Ledger', topics: [{ name: 'Izium', slug: 'izium', aliases: [] }, { name: 'Kharkiv', slug: 'kharkiv', aliases: [] }] as never }),
    article('t3', { title: 'Other', date: '2021-01-10', source: 'The Sun' }),
  ];
  const s = indexed(topical);
  const hits = rank((await evaluate(parseQuery('flag'), s)).hits);
  const entries = await Promise.all(hits.map(async (h) => {
    const n = s.manifest.chunks.findLastIndex((first) => first <= h.doc);
    return (await s.chunk(n))[h.doc - s.manifest.chunks[n]!]!;
  }));
  const want = facetCounts(await s.facets(), hits, {});
  assert.deepEqual(facetCounts(tableOfEntries(hits, entries), hits, {}), want);
  assert.deepEqual(want.topic.map((t) => t.value), ['Izium', 'Kharkiv']);
});

test('a snippet is cut around the best match with the matched words marked', () => {
  const text = 'Filler words here. '.repeat(30) + 'Russians put a white flag nearby the railway station. ' + 'More filler. '.repeat(30);
  const segs = snippet(text, ['white', 'flag'], {}, 120);
  assert.deepEqual(segs.filter((s) => s.mark).map((s) => s.text), ['white', 'flag']);
  assert.equal(segs[0]!.text, '…');
  assert.equal(segs.at(-1)!.text, '…');
  assert.ok(segs.map((s) => s.text).join('').length < 140);
  assert.deepEqual(snippet('Izyum fell', ['izium!']).filter((s) => s.mark).map((s) => s.text), ['Izyum']);
  assert.deepEqual(snippet('Raising a raisin', ['raisin']).filter((s) => s.mark).map((s) => s.text), ['raisin']);
});
