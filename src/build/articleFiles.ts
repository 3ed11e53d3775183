/**
 * Each article's original text and record, beside its page (articles/<slug>/original.txt and
 * record.md). Like pages, a file whose key is the one the last build of this output wrote it from
 * is linked from that output instead of written again: a one-article change then writes two files,
 * not 20,000.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../ingest/ingestArchive.ts';
import { recordToMarkdown } from '../records/recordFile.ts';
import type { FileToWrite } from './fileWriter.ts';
import { canReuse } from './pageReuse.ts';

export interface ArticleFilesPlan {
  /** Output path (relative to the site) → key, for the next build's manifest. */
  keys: Record<string, string>;
  /** Output paths to link from the previous output. */
  reuse: string[];
  /** Articles with at least one file to write, and which. */
  write: Array<{ article: IngestedArticle; original: boolean; record: boolean }>;
}

const key = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url').slice(0, 22);
};

const filesOf = (slug: string) => ({ original: `articles/${slug}/original.txt`, record: `articles/${slug}/record.md` });

/** `code` changes with the code that writes records; `previous` is the last build's manifest outputs. */
export function planArticleFiles(articles: IngestedArticle[], code: string, previous: Record<string, string> | null, previousOutput: string): ArticleFilesPlan {
  const plan: ArticleFilesPlan = { keys: {}, reuse: [], write: [] };
  for (const article of articles) {
    const files = filesOf(article.record.slug);
    const keys = { original: key(article.text), record: key(code, JSON.stringify(article.record)) };
    const fresh = { original: false, record: false };
    for (const which of ['original', 'record'] as const) {
      plan.keys[files[which]] = keys[which];
      if (canReuse(previous, previousOutput, files[which], keys[which])) plan.reuse.push(files[which]);
      else fresh[which] = true;
    }
    if (fresh.original || fresh.record) plan.write.push({ article, ...fresh });
  }
  return plan;
}

/** The files to write for `write` entries of a plan, under `staging`. */
export function articleFilesToWrite(staging: string, entries: ArticleFilesPlan['write']): FileToWrite[] {
  return entries.flatMap(({ article, original, record }) => {
    const files = filesOf(article.record.slug);
    return [
      ...(original ? [{ path: path.join(staging, files.original), data: article.text }] : []),
      ...(record ? [{ path: path.join(staging, files.record), data: recordToMarkdown(article.record) }] : []),
    ];
  });
}
