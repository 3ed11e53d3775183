/**
 * The search stage of a build: the index cut into script files under search/ (loadable from
 * file://, fetched only as queries need them), the browser client, and the offline service worker.
 * With a cache folder, an unchanged archive reuses the last build's files, and a changed one
 * writes only the files whose bytes changed (see searchCache.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Corpus } from '../analysis/corpus.ts';
import type { SearchArticle } from './fields.ts';
import type { SiteSettings } from '../site/settings.ts';
import { buildIndex } from './buildIndex.ts';
import { codeFingerprint } from '../analysis/featureCache.ts';
import { emitShards, DEFAULT_LIMITS } from './shards.ts';
import { SearchCache } from './searchCache.ts';
import { TermsCache } from './termsCache.ts';
import { articleTermsKey, type ArticleTerms } from './articleTerms.ts';
import { bundleSearchClient } from './bundleClient.ts';
import { writeOffline } from './offline/writeOffline.ts';

export interface SearchStageInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
  /** The build's cache folder; search keeps its last build's files under search/ in it. */
  cacheDir?: string;
}

/** The modules whose code decides the search files' bytes. */
const INDEX_CODE = ['fields.ts', 'fold.ts', 'names.ts', 'aliases.ts', 'terms.ts', 'termTable.ts', 'articleTerms.ts', 'buildIndex.ts', 'shards.ts', 'format.ts'];

let indexCode: string | undefined;
/** A hash of the code that makes the search files and of their size limits. */
const indexCodeVersion = (): string =>
  (indexCode ??= codeFingerprint(`search ${JSON.stringify(DEFAULT_LIMITS)}`, INDEX_CODE.map((f) => `../search/${f}`), []));

/**
 * A hash of everything the search files are made from: each article's terms key (all `articleTerms`
 * reads of it), what a result shows besides (link, date), and the code. `keys` are the articles'
 * `articleTermsKey`s, when the caller has them.
 */
export function inputFingerprint(articles: SearchArticle[], keys = articles.map((a) => articleTermsKey(a, indexCodeVersion()))): string {
  const h = createHash('sha256');
  h.update(indexCodeVersion());
  articles.forEach((a, i) => h.update(JSON.stringify([keys[i], a.url, a.dateLabel, a.record.date])));
  return h.digest('hex');
}

/** The index files a search stage made: their paths under search/ and the manifest's version. */
export interface SearchIndexFiles { version: string; files: string[] }

/** Just what search reads of each article page (for a worker thread: a fraction of the page objects). */
export const searchArticles = (articles: SearchArticle[]): SearchArticle[] =>
  articles.map(({ record, topics, url, dateLabel }) => ({ record, topics, url, dateLabel }));

/**
 * The index cut into files under `outDir`/search/, reused from the cache where they are unchanged.
 * With `terms` (the last build's terms of each article, see termsCache.ts), unchanged articles'
 * terms come from it and this build's are kept for the next; that holds every article's terms in
 * memory at once, so the build asks for it only when it has memory to spare.
 *
 * The files are in place when this returns; `keepCaches` then records them and the terms for the
 * next build (a worker does that after handing over the files, off the build's critical path).
 */
export function makeSearchIndex(outDir: string, articles: SearchArticle[], cacheDir?: string, terms?: TermsCache): SearchIndexFiles & { keepCaches(): void } {
  const cache = new SearchCache(path.join(outDir, 'search'), cacheDir);
  const keys = articles.map((a) => articleTermsKey(a, indexCodeVersion()));
  const fingerprint = inputFingerprint(articles, keys);
  const reused = cache.reuse(fingerprint);
  if (reused) return { ...reused, keepCaches: () => {} };
  const files: string[] = [];
  const emit = (name: string, text: string) => { files.push(name); cache.put(name, text); };
  let manifest;
  if (terms) {
    const byDoc: ArticleTerms[] = [];
    const index = buildIndex(articles, (a, doc) => (byDoc[doc] = terms.termsOf(a, keys[doc]!)));
    manifest = emitShards(articles, index, emit, DEFAULT_LIMITS, (_, doc) => byDoc[doc]!.body);
  } else manifest = emitShards(articles, buildIndex(articles), emit);
  const version = manifest.version;
  return {
    version, files,
    keepCaches() {
      cache.finish(fingerprint, version);
      terms?.save();
    },
  };
}

/** `makeSearchIndex` with its caches kept before it returns. */
export function writeSearchIndex(outDir: string, articles: SearchArticle[], cacheDir?: string, keepTerms = false): SearchIndexFiles {
  const made = makeSearchIndex(outDir, articles, cacheDir, keepTerms && cacheDir ? new TermsCache(cacheDir) : undefined);
  made.keepCaches();
  return { version: made.version, files: made.files };
}

/** The browser's side beside the index: assets/search.js, and the offline service worker over the finished site. */
export async function writeSearchClient(outDir: string, index: SearchIndexFiles): Promise<void> {
  await fs.mkdir(path.join(outDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(outDir, 'assets', 'search.js'), await bundleSearchClient());
  await writeOffline(outDir, [...index.files].sort(), index.version);
}

/** Write search/*, assets/search.js, assets/sw-register.js and sw.js into `outDir`. */
export async function writeSearch(o: SearchStageInput): Promise<void> {
  await writeSearchClient(o.outDir, writeSearchIndex(o.outDir, o.corpus.articles, o.cacheDir));
}
