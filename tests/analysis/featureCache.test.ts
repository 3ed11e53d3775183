import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../../src/analysis/corpus.ts';
import { FeatureCache } from '../../src/analysis/featureCache.ts';
import { articleFeatures, type ArticleFeatures } from '../../src/analysis/articleFeatures.ts';
import type { ArticleRecord } from '../../src/records/ArticleRecord.ts';

const rec = (slug: string, body: string, date: string | null, source: string | null): ArticleRecord => ({
  title: `Report ${slug}`, date, time: null, timezone: null, authors: [], source, input: `${slug}.txt`, slug,
  kicker: null, standfirst: null, syndicated_from: null, credit: null, lang: 'en', words: 0, body,
});

const story = 'Ukrainian forces entered Izium on Saturday after Russian troops left the city. Officials in Kharkiv said the road to Kupiansk was open. Residents of Izium described months under occupation.';
const records = [
  rec('a', story, '2022-09-12', 'The Sun'),
  rec('b', `${story} More details are expected from Kharkiv.`, '2022-09-12', 'The Sun'),
  rec('c', 'In Izium, near Kharkiv, troops fled. Reporters reached Kupiansk by evening.', '2022-09-13', 'Other Paper'),
  rec('d', story, null, 'A Copy'),
  rec('e', 'Nothing here names a place at all; it is about the weather.', '2022-08-01', null),
];

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-feature-cache-'));
/** The lines of the feature shards (not of the version-diff cache beside them). */
const linesIn = (dir: string) => fs.readdirSync(path.join(dir, 'analysis'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.jsonl')).flatMap((f) => fs.readFileSync(path.join(dir, 'analysis', f), 'utf8').split('\n').filter(Boolean));

test('the corpus is the same with and without the cache, cold and warm', () => {
  const dir = tmp();
  const plain = buildCorpus(records);
  assert.ok(plain.articles.some((a) => a.versions.length), 'the fixture has versions');
  assert.ok(plain.topics.some((t) => t.name === 'Izium'), 'the fixture has topics');
  assert.deepEqual(buildCorpus(records, undefined, dir), plain);
  assert.deepEqual(buildCorpus(records, undefined, dir), plain);
});

test('a rebuild reads unchanged articles from the cache and recomputes a changed one', () => {
  const dir = tmp();
  const run = (rs: ArticleRecord[]) => new FeatureCache(dir).features(rs, () => {});
  assert.deepEqual(run(records), { hits: 0, misses: 5 });
  assert.deepEqual(run(records), { hits: 5, misses: 0 });
  const changed = records.map((r) => (r.slug === 'c' ? { ...r, body: `${r.body} Later, more came.` } : r));
  assert.deepEqual(run(changed), { hits: 4, misses: 1 });
  // The old text's entry went with the rewrite of its shard.
  assert.equal(linesIn(dir).length, 5);
});

test('cached features equal computed ones', () => {
  const dir = tmp();
  new FeatureCache(dir).features(records, () => {});
  const got: ArticleFeatures[] = [];
  new FeatureCache(dir).features(records, (i, f) => { got[i] = f; });
  assert.deepEqual(got, records.map((r) => articleFeatures(r)));
});

test('version comparisons are cached too, and the same', () => {
  const dir = tmp();
  const plain = buildCorpus(records);
  assert.ok(plain.versionPages.length > 0);
  buildCorpus(records, undefined, dir);
  const files = fs.readdirSync(path.join(dir, 'version-diffs'));
  assert.equal(files.length, 1);
  assert.equal(fs.readFileSync(path.join(dir, 'version-diffs', files[0]!), 'utf8').split('\n').filter(Boolean).length, plain.versionPages.length);
  assert.deepEqual(buildCorpus(records, undefined, dir).versionPages, plain.versionPages);
});

test('a damaged cache line is a miss, not an error', () => {
  const dir = tmp();
  new FeatureCache(dir).features(records, () => {});
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.jsonl'))) {
    const file = path.join(dir, f);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"[A-Za-z0-9+/]+={0,2}","/, '"AAAA","') + 'garbage\n["x"\n');
  }
  assert.deepEqual(buildCorpus(records, undefined, dir), buildCorpus(records));
  assert.equal(linesIn(dir).length, 5, 'damaged shards are rewritten whole');
  assert.ok(linesIn(dir).every((l) => l.startsWith('["') && !l.startsWith('["AAAA"')));
});
