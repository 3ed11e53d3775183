/**
 * Incremental page rendering. Every paginated page (an article, a listing page, a directory page,
 * a version diff, a feed) is rendered from one view-model object; its key is a hash of that object
 * and of everything global that shapes pages (code, settings, prefix). A page whose key is the same
 * as in the last build of this output is hard-linked from the previous output instead of rendered.
 * The result is byte-identical to a cold build (a test builds both ways and compares).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticlePage, Corpus } from '../analysis/corpus.ts';

/** The paginated collections of the corpus, as the templates paginate them. */
export const PAGED = ['articles', 'listings', 'directories', 'versionPages', 'feeds'] as const;
export type PagedName = (typeof PAGED)[number];
export type RenderSet = Record<PagedName, Array<{ url: string }>>;

export interface RenderPlan {
  /** What Eleventy must render (the templates paginate over these). */
  render: RenderSet;
  /** Output paths (relative to the site) to link from the previous output. */
  reuse: string[];
  /** Output path → key, for the next build's manifest. */
  keys: Record<string, string>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The file a page's URL is written to: '/a/b/' → 'a/b/index.html', '/feed.xml' → 'feed.xml'. */
export const outputFileOf = (url: string) => (url.endsWith('/') ? url + 'index.html' : url).replace(/^\//, '');

/**
 * Keys for every paginated page. An article met inside another page's view model (a listing's
 * items, a version's two sides) stands in by the hash of its record, which is all such a page
 * can show of it; this keeps keys cheap to compute and free of cycles.
 */
export function pageKeys(corpus: Corpus, globals: string): Map<{ url: string }, string> {
  const recordKey = new Map<object, string>();
  for (const a of corpus.articles) recordKey.set(a, sha(JSON.stringify(a.record) + a.url));
  const keys = new Map<{ url: string }, string>();
  const standIns = function (this: unknown, k: string, v: unknown) {
    if (k !== '' && v && typeof v === 'object' && recordKey.has(v)) return { $article: recordKey.get(v) };
    return v;
  };
  for (const name of PAGED) {
    for (const item of (corpus as unknown as RenderSet)[name] ?? []) {
      // An article page holds no other article (its neighbours and versions are links), so it needs
      // no replacer (several times slower): its record stands in by the hash already taken, and its
      // body HTML, rendered from the record's body alone, is left out rather than hashed again.
      const json = name === 'articles'
        ? JSON.stringify({ ...(item as ArticlePage), record: recordKey.get(item), bodyHtml: undefined })
        : JSON.stringify(item, standIns);
      keys.set(item, sha(`${globals}\n${name}\n${json}`));
    }
  }
  return keys;
}

/** Decide, page by page, between rendering and reusing the previous output. */
export function planRendering(corpus: Corpus, globals: string, previous: Record<string, string> | null, previousOutput: string): RenderPlan {
  const keys = pageKeys(corpus, globals);
  const render = Object.fromEntries(PAGED.map((n) => [n, [] as Array<{ url: string }>])) as RenderSet;
  const reuse: string[] = [];
  const byPath: Record<string, string> = {};
  for (const name of PAGED) {
    for (const item of (corpus as unknown as RenderSet)[name] ?? []) {
      const file = outputFileOf(item.url);
      const key = keys.get(item)!;
      byPath[file] = key;
      if (canReuse(previous, previousOutput, file, key)) reuse.push(file);
      else render[name].push(item);
    }
  }
  return { render, reuse, keys: byPath };
}

/** True when the last build wrote `file` from the same key and it is still there to link. */
export function canReuse(previous: Record<string, string> | null, previousOutput: string, file: string, key: string): boolean {
  return previous?.[file] === key && fs.existsSync(path.join(previousOutput, file));
}
