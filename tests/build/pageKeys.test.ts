/** Page keys: what decides whether a page is rendered again or linked from the last build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ingestArchive } from '../../src/ingest/ingestArchive.ts';
import { buildCorpus } from '../../src/analysis/corpus.ts';
import { pageKeys } from '../../src/build/pageReuse.ts';
import { SAMPLES } from '../helpers/buildOnce.ts';

const corpusOf = (records: ReturnType<typeof ingestArchive>['articles']) => buildCorpus(records.map((a) => a.record));
const samples = () => ingestArchive(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ input: f, bytes: fs.readFileSync(path.join(SAMPLES, f)) }))).articles;

test('an article page holds no other article page (so its key needs no stand-ins for other articles)', () => {
  const corpus = corpusOf(samples());
  const pages = new Set<object>(corpus.articles);
  const nested = (v: unknown, top: boolean): boolean => {
    if (!v || typeof v !== 'object') return false;
    if (!top && pages.has(v)) return true;
    return Object.values(v).some((x) => nested(x, false));
  };
  for (const a of corpus.articles) assert.equal(nested(a, true), false, a.url);
});

test('a page key changes with what the page shows, and only then', () => {
  const records = samples();
  const keysOf = (corpus: ReturnType<typeof corpusOf>) => new Map([...pageKeys(corpus, 'g')].map(([item, key]) => [item.url, key]));
  const before = keysOf(corpusOf(records));
  assert.deepEqual(keysOf(corpusOf(records)), before, 'the same corpus gives the same keys');
  const changed = records.map((a, i) => (i === 0 ? { ...a, record: { ...a.record, title: a.record.title + ' (updated)' } } : a));
  const after = keysOf(corpusOf(changed));
  const differ = [...after].filter(([url, key]) => before.get(url) !== key).map(([url]) => url);
  const slug = records[0]!.record.slug;
  assert.ok(differ.includes(`/articles/${slug}/`), 'its own page');
  assert.ok(differ.some((u) => !u.startsWith('/articles/')), 'a listing showing it');
  assert.ok(differ.length < after.size, `${differ.length} of ${after.size} pages`);
});

test("a change to an article's body alone changes its page key (its body HTML is keyed through its record)", () => {
  const records = samples();
  const keyOf = (rs: typeof records, url: string) => [...pageKeys(corpusOf(rs), 'g')].find(([item]) => item.url === url)![1];
  const url = `/articles/${records[1]!.record.slug}/`;
  const changed = records.map((a, i) => (i === 1 ? { ...a, record: { ...a.record, body: a.record.body + '\n\nA corrected last paragraph.' } } : a));
  assert.notEqual(keyOf(changed, url), keyOf(records, url));
});
