/** Per-article terms kept between builds: a rebuild from them gives the index a cold build gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { ArticlePage } from '../../src/analysis/corpus.ts';
import { writeSearchIndex } from '../../src/search/writeSearch.ts';
import { startSearchWorker } from '../../src/build/searchThread.ts';
import type { ArticleTerms } from '../../src/search/articleTerms.ts';
import { MemorySource, article, search } from './helpers.ts';

const WORDS = ['troops', 'flag', 'white', 'city', 'river', 'Izium', 'Kupyansk', 'grain', 'port', 'winter', 'Харків', 'Zelenskyy’s', '“liberated”'];
const archive = (n: number, changed = -1): ArticlePage[] => Array.from({ length: n }, (_, i) => article(`a${i}`, {
  title: `Story ${i} ${WORDS[i % WORDS.length]}`,
  body: Array.from({ length: 30 }, (_, j) => WORDS[(i * 3 + j * j) % WORDS.length]).join(' ') + '. Officials in Izium said so.'
    + (i === changed ? ' A ferry to Zmiivka resumed on Friday.' : ''),
  standfirst: i % 3 ? null : 'The Kharkiv region.',
}));

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-terms-'));
const files = (outDir: string) => {
  const out = new Map<string, string>();
  const root = path.join(outDir, 'search');
  for (const f of fs.readdirSync(root, { recursive: true }) as string[]) {
    const p = path.join(root, f);
    if (fs.statSync(p).isFile()) out.set(f, fs.readFileSync(p, 'utf8'));
  }
  return out;
};
const termsFile = (cache: string) => path.join(cache, 'search', 'terms.bin');
/** The file's entries, texts as UTF-8 bytes (see termsCache.ts). */
const readTerms = (cache: string) => new Map(v8.deserialize(fs.readFileSync(termsFile(cache))) as Array<[string, Omit<ArticleTerms, 'vocab'> & { vocab: Uint8Array }]>);

test('a rebuild that takes unchanged articles\u2019 terms from the cache writes the files a cold build writes', () => {
  const cache = tmp();
  writeSearchIndex(tmp(), archive(80), cache, true);
  assert.equal(readTerms(cache).size, 80);
  const incremental = tmp();
  writeSearchIndex(incremental, archive(80, 40), cache, true);
  const cold = tmp();
  writeSearchIndex(cold, archive(80, 40));
  assert.deepEqual(files(incremental), files(cold));
  assert.equal(readTerms(cache).size, 80, 'the changed article\u2019s old terms are dropped: the file holds one build');
});

test('the changed article is found by its new word, from the cached build', async () => {
  const cache = tmp();
  writeSearchIndex(tmp(), archive(60), cache, true);
  const out = tmp();
  writeSearchIndex(out, archive(60, 7), cache, true);
  const articles = archive(60, 7);
  assert.deepEqual(await search(new MemorySource(files(out)), articles, 'Zmiivka'), ['a7']);
});

/** Rename `word` to `as` in the cached terms of one article that has it. */
function doctor(cache: string, word: string, as: string): void {
  const terms = readTerms(cache);
  const words = (t: { vocab: Uint8Array }) => Buffer.from(t.vocab).toString('utf8').split(' ');
  const [key, entry] = [...terms].find(([, t]) => words(t).includes(word))!;
  entry.vocab = Buffer.from(words(entry).map((w) => (w === word ? as : w)).join(' '));
  fs.writeFileSync(termsFile(cache), v8.serialize([...terms.set(key, entry)]));
}

test('unchanged articles\u2019 terms really come from the cache (a doctored entry shows in the index)', async () => {
  const cache = tmp();
  writeSearchIndex(tmp(), archive(30), cache, true);
  doctor(cache, 'grain', 'doctored');
  const out = tmp();
  writeSearchIndex(out, archive(30, 29), cache, true);
  assert.equal((await search(new MemorySource(files(out)), archive(30, 29), 'doctored')).length, 1);
});

test('an unreadable terms file is rebuilt, not trusted', () => {
  const cache = tmp();
  fs.mkdirSync(path.join(cache, 'search'), { recursive: true });
  fs.writeFileSync(termsFile(cache), 'not a serialised map');
  const out = tmp();
  writeSearchIndex(out, archive(20), cache, true);
  const cold = tmp();
  writeSearchIndex(cold, archive(20));
  assert.deepEqual(files(out), files(cold));
  assert.equal(readTerms(cache).size, 20);
});

test('a search worker started early builds from the cached terms, hands over the files, then keeps the caches', async () => {
  const cache = tmp();
  writeSearchIndex(tmp(), archive(40), cache, true);
  doctor(cache, 'grain', 'doctored');
  const worker = startSearchWorker(cache); // reads terms.bin while the build would still be ingesting
  const out = tmp();
  const run = worker.start(out, archive(40, 3), cache);
  await run.done;
  assert.equal((await search(new MemorySource(files(out)), archive(40, 3), 'doctored')).length, 1, 'the cached terms were used');
  await run.kept; // the files came first; the terms of this build are kept after them
  const kept = [...readTerms(cache).values()].map((t) => Buffer.from(t.vocab).toString('utf8'));
  assert.equal(kept.length, 40);
  assert.equal(kept.filter((v) => v.split(' ').includes('zmiivka')).length, 1, 'the changed article\u2019s new terms are kept');
});
