/**
 * The search index built on a worker thread while this thread renders pages: the index needs only
 * the analysed articles, and pages do not need the index. A rebuild after one change has both cores
 * free, and its index took longer than all its pages.
 */
import { writeSearchIndex, searchArticles, type SearchIndexFiles } from '../search/writeSearch.ts';
import type { SearchArticle } from '../search/fields.ts';
import { startTsWorker } from './tsWorker.ts';

const ENTRY = new URL('./searchWorker.ts', import.meta.url);

export interface SearchIndexRun {
  done: Promise<SearchIndexFiles>;
  cancel(): Promise<void>;
}

/**
 * A search worker started ahead of need: its start-up (loading the TypeScript modules) takes half a
 * second, which a build spends while it ingests. `start` hands it the articles.
 */
export interface SearchWorker {
  start(outDir: string, articles: SearchArticle[], cacheDir?: string): SearchIndexRun;
  cancel(): Promise<void>;
}

export function startSearchWorker(): SearchWorker {
  const worker = startTsWorker(ENTRY);
  const done = new Promise<SearchIndexFiles>((resolve, reject) => {
    worker.on('message', (m: { index?: SearchIndexFiles; error?: string }) => {
      if (m.error !== undefined) reject(new Error(`search index worker failed: ${m.error}`));
      else resolve(m.index!);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the search index worker stopped (exit ${code})`)));
  });
  // Settled either way before the worker is let go, so an early exit is never an unhandled rejection.
  done.then(() => worker.terminate(), () => worker.terminate()).catch(() => {});
  const cancel = async () => { await worker.terminate(); };
  return {
    start(outDir, articles, cacheDir) {
      worker.postMessage({ outDir, articles: searchArticles(articles), cacheDir });
      return { done, cancel };
    },
    cancel,
  };
}

/** Start writing the index of `articles` under `outDir`/search/ on a new worker; `done` settles with its files. */
export function writeSearchIndexOnWorker(outDir: string, articles: SearchArticle[], cacheDir?: string): SearchIndexRun {
  return startSearchWorker().start(outDir, articles, cacheDir);
}

/** The same, on this thread (an archive too big for a second copy of its articles in memory). */
export function writeSearchIndexHere(outDir: string, articles: SearchArticle[], cacheDir?: string): SearchIndexRun {
  return { done: Promise.resolve().then(() => writeSearchIndex(outDir, articles, cacheDir)), cancel: async () => {} };
}
