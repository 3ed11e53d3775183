/**
 * The worker-thread side of `writeSearchIndexOnWorker`: builds and writes the index, posts its files.
 * It keeps the articles' terms between builds (a worker runs only for archives that leave room for them).
 */
import { parentPort } from 'node:worker_threads';
import { writeSearchIndex } from '../search/writeSearch.ts';
import type { SearchArticle } from '../search/fields.ts';

parentPort!.once('message', ({ outDir, articles, cacheDir }: { outDir: string; articles: SearchArticle[]; cacheDir?: string }) => {
  try {
    parentPort!.postMessage({ index: writeSearchIndex(outDir, articles, cacheDir, true) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
