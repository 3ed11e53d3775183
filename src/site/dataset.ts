/**
 * The archive as a dataset: every record's metadata (not its body) with its page, topics,
 * versions and other coverage, as articles.json and articles.csv beside the site.
 */
import type { Corpus, ArticlePage } from '../analysis/corpus.ts';
import type { ArticleRecord } from '../records/ArticleRecord.ts';

/** A record's metadata (everything but the body) with where it is published and how it relates to others. */
export interface DatasetRow extends Omit<ArticleRecord, 'body'> {
  /** Site path of the article page, relative to the site root ('articles/x/'). */
  path: string;
  /** Absolute URL when the site has a base URL, else the prefixed path. */
  url: string;
  topics: string[];
  versions: string[];
  coverage: string[];
}

const slugOf = (url: string) => url.split('/').filter(Boolean).at(-1)!;

export function datasetRows(corpus: Corpus, abs: (path: string) => string): DatasetRow[] {
  return corpus.articles.map((a: ArticlePage) => {
    const r = a.record;
    return {
      slug: r.slug, path: a.url.replace(/^\//, ''), url: abs(a.url), title: r.title, date: r.date, time: r.time,
      timezone: r.timezone, authors: r.authors, source: r.source, kicker: r.kicker, standfirst: r.standfirst,
      syndicated_from: r.syndicated_from, credit: r.credit, lang: r.lang, words: r.words, input: r.input,
      topics: a.topics.map((t) => t.name), versions: a.versions.map((v) => slugOf(v.url)), coverage: a.coverage.map((c) => slugOf(c.url)),
    };
  });
}

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row, CRLF line ends. */
export function toCsv(rows: DatasetRow[]): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]!) as Array<keyof DatasetRow>;
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}
