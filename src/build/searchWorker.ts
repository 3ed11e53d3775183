/**
 * The worker-thread side of `startSearchWorker`: builds and writes the index, posts its files, then
 * keeps its caches for the next build and says so. It keeps the articles' terms between builds (a
 * worker runs only for archives that leave room for them), and reads the last build's while the
 * build thread is still ingesting.
 */
import { parentPort } from 'node:worker_threads';
import { makeSearchIndex } from '../search/writeSearch.ts';
import { TermsCache } from '../search/termsCache.ts';
import type { SearchArticle } from '../search/fields.ts';

type Message =
  | { preload: string }
  | { outDir: string; articles: SearchArticle[]; cacheDir?: string };

let preloaded: { cacheDir: string; terms: TermsCache } | null = null;

parentPort!.on('message', (m: Message) => {
  try {
    if ('preload' in m) {
      preloaded = { cacheDir: m.preload, terms: new TermsCache(m.preload) };
      return;
    }
    const terms = !m.cacheDir ? undefined : preloaded?.cacheDir === m.cacheDir ? preloaded.terms : new TermsCache(m.cacheDir);
    preloaded = null;
    const made = makeSearchIndex(m.outDir, m.articles, m.cacheDir, terms);
    parentPort!.postMessage({ index: { version: made.version, files: made.files } });
    made.keepCaches();
    parentPort!.postMessage({ kept: true });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
