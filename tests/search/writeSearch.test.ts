/** The search stage with its cache: an incremental build gives the bytes a cold build gives, and rewrites only what changed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticlePage, Corpus } from '../../src/analysis/corpus.ts';
import type { SiteSettings } from '../../src/site/settings.ts';
import { writeSearch } from '../../src/search/writeSearch.ts';
import { writeSearchIndexHere, writeSearchIndexOnWorker } from '../../src/build/searchThread.ts';
import { article } from './helpers.ts';

const WORDS = ['troops', 'flag', 'white', 'city', 'river', 'bridge', 'officials', 'said', 'Izium', 'Kupyansk', 'grain', 'port', 'winter', 'power', 'station'];

function archive(n: number, changed = -1): ArticlePage[] {
  return Array.from({ length: n }, (_, i) => {
    const body = Array.from({ length: 40 }, (_, j) => WORDS[(i * 7 + j * j) % WORDS.length]).join(' ') + '.'
      + (i === changed ? ' Officials said on Friday that more details would be released later.' : '');
    return article(`a${i}`, { title: `Story ${i} ${WORDS[i % WORDS.length]}`, body, date: `2022-09-${String(1 + (i % 28)).padStart(2, '0')}`, source: i % 2 ? 'The Sun' : 'Daily Ledger' });
  });
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-search-'));

async function build(articles: ArticlePage[], cacheDir?: string): Promise<string> {
  const outDir = tmp();
  await writeSearch({ outDir, corpus: { articles } as unknown as Corpus, settings: {} as SiteSettings, pathPrefix: '/', cacheDir });
  return outDir;
}

/** Path under outDir → bytes, for search/ and sw.js. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p, 'latin1'));
    }
  };
  walk(path.join(dir, 'search'));
  out.set('sw.js', fs.readFileSync(path.join(dir, 'sw.js'), 'latin1'));
  return out;
}

test('a build after one article changed, from the cache, is byte for byte a cold build of the changed archive', async () => {
  const cache = tmp();
  const before = archive(300);
  const after = archive(300, 150);
  await build(before, cache);
  const incremental = tree(await build(after, cache));
  const cold = tree(await build(after));
  assert.deepEqual([...incremental.keys()].sort(), [...cold.keys()].sort());
  for (const [name, bytes] of cold) assert.ok(incremental.get(name) === bytes, name);
});

test('one changed article rewrites only some shards and its chunk; an unchanged archive rewrites nothing', async () => {
  const cache = tmp();
  const first = tree(await build(archive(300), cache));
  const again = tree(await build(archive(300), cache));
  assert.deepEqual(again, first);
  const changed = tree(await build(archive(300, 150), cache));
  const fresh = (prefix: string) => [...changed.keys()].filter((n) => n.startsWith(prefix) && !first.has(n)).length;
  const all = (prefix: string) => [...changed.keys()].filter((n) => n.startsWith(prefix)).length;
  assert.equal(fresh(`search${path.sep}d${path.sep}`), 1, 'one chunk');
  assert.ok(fresh(`search${path.sep}t${path.sep}`) < all(`search${path.sep}t${path.sep}`), `${fresh(`search${path.sep}t${path.sep}`)} of ${all(`search${path.sep}t${path.sep}`)} term shards`);
});

test('the index written on a worker thread is the index written on the build thread', async () => {
  const articles = archive(120);
  const here = tmp();
  const there = tmp();
  const a = await writeSearchIndexHere(here, articles).done;
  const b = await writeSearchIndexOnWorker(there, articles).done;
  assert.equal(b.version, a.version);
  assert.deepEqual([...b.files].sort(), [...a.files].sort());
  for (const f of a.files) assert.equal(fs.readFileSync(path.join(there, 'search', f), 'latin1'), fs.readFileSync(path.join(here, 'search', f), 'latin1'), f);
});

test('a search worker that fails reports why', async () => {
  const broken = [{ ...archive(1)[0]!, record: null }] as unknown as ArticlePage[];
  await assert.rejects(writeSearchIndexOnWorker(tmp(), broken).done, /search index worker failed: .*TypeError/s);
});
