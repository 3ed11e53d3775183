/** The index at scale: a few thousand made-up articles, cut into shards whose size does not grow with the archive. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import type { ArticlePage } from '../../src/analysis/corpus.ts';
import { buildIndex, type BuiltIndex } from '../../src/search/buildIndex.ts';
import { writeShards, leadOf, DEFAULT_LIMITS, type SearchFiles } from '../../src/search/shards.ts';
import { parseQuery } from '../../src/search/query/parse.ts';
import { evaluate } from '../../src/search/query/evaluate.ts';
import { rank } from '../../src/search/query/rank.ts';
import { article, MemorySource } from './helpers.ts';

const DOCS = 3000;
const PAGE = 20;

/** A deterministic pseudo-random news corpus: Zipf-ish common words, a few rare names. */
function corpus(n: number): ArticlePage[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'sor', 'vel', 'dun', 'pri', 'gal', 'mor', 'ste', 'bru', 'fen', 'hal'];
  const vocab = Array.from({ length: 4000 }, (_, i) => syllables[i % 15]! + syllables[Math.floor(i / 15) % 15]! + (i >= 225 ? syllables[Math.floor(i / 225) % 15]! : ''));
  const word = () => vocab[Math.floor(vocab.length * rnd() ** 3)]!;
  const sources = ['The Harbour Gazette', 'Daily Ledger', 'Morning Wire', 'The Sun'];
  return Array.from({ length: n }, (_, i) => {
    const body = Array.from({ length: 30 }, () => Array.from({ length: 12 }, word).join(' ') + '.').join('\n\n')
      + (i % 500 === 0 ? ' Officials met Oleksandr Marchenkivskyy in Balakliya.' : '');
    const d = new Date(Date.UTC(2020, 0, 1) + (n - i) * 864e5).toISOString().slice(0, 10);
    return article(`a${i}`, { title: `${word()} ${word()} ${word()} ${word()}`, body, date: d, source: sources[i % 4]! });
  });
}

let articles: ArticlePage[];
let index: BuiltIndex;
let files: SearchFiles;

before(() => {
  articles = corpus(DOCS);
  index = buildIndex(articles);
  files = writeShards(articles, index);
});

test('term shards stay within their byte budget, whatever the archive size', () => {
  const shards = [...files.files].filter(([name]) => name.startsWith('t/'));
  assert.ok(shards.length > 20, `${shards.length} shards`);
  for (const [name, text] of shards) {
    const keys = (text.match(/"keys":\[([^\]]*)\]/)?.[1] ?? '').split(',').length;
    if (keys > 2) assert.ok(text.length < DEFAULT_LIMITS.postingBytes * 1.2, `${name}: ${text.length} bytes, ${keys} keys`);
  }
  for (const [name, text] of files.files) if (name.startsWith('d/')) assert.ok(text.length < DEFAULT_LIMITS.chunkBytes * 1.6, name);
});

test('a one-word query loads one term shard, no positions, and at most one chunk per result shown', async () => {
  const src = new MemorySource(files.files);
  for (const q of ['kalo', 'Marchenkivskyy', 'rasteka']) {
    src.loaded.length = 0;
    const hits = rank((await evaluate(parseQuery(q), src)).hits);
    const shards = src.loaded.filter((n) => n.startsWith('t'));
    assert.equal(shards.length, 1, `${q}: ${src.loaded.join(' ')}`);
    assert.ok(!src.loaded.some((n) => n.startsWith('p')), q);
    const chunks = new Set<number>();
    for (const h of hits.slice(0, PAGE)) chunks.add(src.manifest.chunks.findLastIndex((first) => first <= h.doc));
    assert.ok(chunks.size <= Math.min(PAGE, hits.length), `${q}: ${chunks.size} chunks`);
  }
});

test('scores merged across shards equal those of one unsharded index', async () => {
  const one = new MemorySource(writeShards(articles, index, { ...DEFAULT_LIMITS, postingBytes: 1e12, positionBytes: 1e12 }).files);
  const many = new MemorySource(files.files);
  assert.equal(one.manifest.shards.length, 1);
  for (const q of ['kalo mira', '+tenka -lomi', '"kalo kalo"', 'Balakleya', 'title:kalo year:2022']) {
    const a = rank((await evaluate(parseQuery(q), one)).hits);
    const b = rank((await evaluate(parseQuery(q), many)).hits);
    assert.deepEqual(b, a, q);
  }
});

test('download for a one-word query is bounded (manifest + one shard + chunks for one page)', async () => {
  const src = new MemorySource(files.files);
  const gz = (name: string) => gzipSync(files.files.get(name)!).length;
  const hits = rank((await evaluate(parseQuery('kalo'), src)).hits).slice(0, PAGE);
  const shard = src.loaded.find((n) => n.startsWith('t'))!.slice(1);
  const chunks = new Set(hits.map((h) => src.manifest.chunks.findLastIndex((first) => first <= h.doc)));
  const total = gz('manifest.js') + gz(`t/${shard}.js`) + [...chunks].reduce((s, c) => s + gz(`d/${src.manifest.chunkIds[c]}.js`), 0);
  assert.ok(total < 200_000, `${total} bytes gzip`);
});

test('a results chunk holds what a result shows first; its text is a file of its own, loaded for the snippet', async () => {
  const src = new MemorySource(files.files);
  const entry = (await src.chunk(0))[0]!;
  assert.equal(entry[0], articles[0]!.record.title);
  assert.ok(entry[4].length <= DEFAULT_LIMITS.leadChars + 1, entry[4]);
  const text = files.files.get(`x/${entry[5]}.js`);
  assert.ok(text?.includes(JSON.stringify(articles[0]!.record.body.slice(0, 40)).slice(1, -1)));
  assert.ok(!files.files.get('manifest.js')!.includes('"topics"'), 'the facet table is a file of its own');
});

test('a lead is cut at a space and says so', () => {
  assert.equal(leadOf('Short text.', 160), 'Short text.');
  assert.equal(leadOf('one two  three\nfour', 12), 'one two…');
});
