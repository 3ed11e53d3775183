/** The worker-thread side of `writeSearchIndexOnWorker`: builds and writes the index, posts its files. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchIndex } from '../search/writeSearch.ts';
import type { SearchArticle } from '../search/fields.ts';

const { outDir, articles, cacheDir } = workerData as { outDir: string; articles: SearchArticle[]; cacheDir?: string };
try {
  parentPort!.postMessage({ index: writeSearchIndex(outDir, articles, cacheDir) });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
}
