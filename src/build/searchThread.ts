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
  /**
   * Settles once the search caches are kept for the next build (after `done`; a worker keeps them
   * while the build goes on). Never rejects: a cache not kept costs the next build time, not this one.
   */
  kept: Promise<void>;
  cancel(): Promise<void>;
}

/**
 * A search worker started ahead of need: its start-up (loading the TypeScript modules, reading the
 * last build's terms from `cacheDir`) takes a second or two, which a build spends while it ingests.
 * `start` hands it the articles.
 */
export interface SearchWorker {
  start(outDir: string, articles: SearchArticle[], cacheDir?: string): SearchIndexRun;
  cancel(): Promise<void>;
}

export function startSearchWorker(cacheDir?: string): SearchWorker {
  const worker = startTsWorker(ENTRY);
  let keptNow = () => {};
  const kept = new Promise<void>((resolve) => { keptNow = resolve; });
  const done = new Promise<SearchIndexFiles>((resolve, reject) => {
    worker.on('message', (m: { index?: SearchIndexFiles; kept?: true; error?: string }) => {
      if (m.kept) keptNow();
      else if (m.error !== undefined) { reject(new Error(`search index worker failed: ${m.error}`)); keptNow(); }
      else resolve(m.index!);
    });
    worker.on('error', (e) => { reject(e); keptNow(); });
    worker.on('exit', (code) => { reject(new Error(`the search index worker stopped (exit ${code})`)); keptNow(); });
  });
  // Let go once the caches are kept; `done` is settled by then, so an early exit is never an unhandled rejection.
  done.catch(() => {});
  kept.then(() => worker.terminate()).catch(() => {});
  if (cacheDir) worker.postMessage({ preload: cacheDir });
  const cancel = async () => { await worker.terminate(); };
  return {
    start(outDir, articles, cacheDir) {
      worker.postMessage({ outDir, articles: searchArticles(articles), cacheDir });
      return { done, kept, cancel };
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
  const done = Promise.resolve().then(() => writeSearchIndex(outDir, articles, cacheDir));
  return { done, kept: done.then(() => {}, () => {}), cancel: async () => {} };
}
