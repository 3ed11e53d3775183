/**
 * The Corpus: every record of the archive, in reading order, with what the pages need to link
 * them together. Built once per build after ingest; pages, feeds, search and cards all read it.
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { readingMinutes } from '../records/words.ts';
import { formatCalendarDate } from '../records/calendarDate.ts';
import { renderBody } from '../site/renderBody.ts';
import type { SiteSettings } from '../site/settings.ts';

export interface ArticleLink {
  title: string;
  url: string;
}

/** A place, person or organisation named in articles, spelling variants merged. */
export interface TopicRef {
  name: string;
  slug: string;
  /** Other spellings merged into this topic ('Izyum' for 'Izium'). */
  aliases: string[];
}

export interface ArticlePage {
  record: ArticleRecord;
  /** Topics this article names (filled by the analysis stage). */
  topics: TopicRef[];
  /** Site path of the article page, e.g. '/articles/some-slug/'. */
  url: string;
  /** The body as safe HTML. */
  bodyHtml: string;
  /** '12 September 2022', or null when undated. */
  dateLabel: string | null;
  readingMinutes: number;
  /** Site paths of the files published beside the page. */
  cardUrl: string;
  originalUrl: string;
  recordUrl: string;
  /** Neighbours in date order (older / newer), for previous/next links. */
  older: ArticleLink | null;
  newer: ArticleLink | null;
}

export interface Corpus {
  /** Newest first; undated articles after the dated ones, by headline. */
  articles: ArticlePage[];
  dated: number;
  undated: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, undated last; ties broken by headline then slug so the order never wobbles. */
export function readingOrder(a: ArticleRecord, b: ArticleRecord): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareText(b.date, a.date);
  }
  return compareText(a.title, b.title) || compareText(a.slug, b.slug);
}

export const articleUrl = (slug: string) => `/articles/${slug}/`;

/** Build the corpus from the records of one build. */
export function buildCorpus(records: ArticleRecord[], _settings?: SiteSettings): Corpus {
  const sorted = [...records].sort(readingOrder);
  const articles: ArticlePage[] = sorted.map((record) => {
    const url = articleUrl(record.slug);
    return {
      record,
      topics: [],
      url,
      bodyHtml: renderBody(record.body),
      dateLabel: record.date ? formatCalendarDate(record.date) : null,
      readingMinutes: readingMinutes(record.words),
      cardUrl: `/cards/${record.slug}.png`,
      originalUrl: `${url}original.txt`,
      recordUrl: `${url}record.md`,
      older: null,
      newer: null,
    };
  });
  const dated = articles.filter((a) => a.record.date !== null);
  for (let i = 0; i < dated.length; i++) {
    const prev = dated[i - 1];
    const next = dated[i + 1];
    dated[i]!.newer = prev ? { title: prev.record.title, url: prev.url } : null;
    dated[i]!.older = next ? { title: next.record.title, url: next.url } : null;
  }
  return { articles, dated: dated.length, undated: articles.length - dated.length };
}
