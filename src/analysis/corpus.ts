/**
 * The Corpus: every record of the archive, in reading order, with what the pages need to link
 * them together — topics, sources, authors, dates, versions, other coverage, listings and feeds.
 * Built once per build after ingest; pages, feeds, search and cards all read it.
 * Every step is linear in the archive (grouping, sorting, MinHash/LSH), never all pairs.
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { readingMinutes } from '../records/words.ts';
import { formatCalendarDate } from '../records/calendarDate.ts';
import type { SiteSettings } from '../site/settings.ts';
import { TopicCollector, type TopicRef } from './topics.ts';
import { articleFeatures, type ArticleFeatures } from './articleFeatures.ts';
import { FeatureCache } from './featureCache.ts';
import { DiffCache } from './diffCache.ts';
import { findRelations } from './relations.ts';
import { groupByName, type Group } from './groups.ts';
import { buildNavigation, type Navigation } from './navigation.ts';

export type { TopicRef } from './topics.ts';

export interface ArticleLink {
  title: string;
  url: string;
}

/** Another article shown beside this one (a version, other coverage). */
export interface RelatedLink extends ArticleLink {
  source: string | null;
  dateLabel: string | null;
  /** For versions: the page comparing the two texts word by word. */
  diffUrl: string | null;
}

export interface NamedLink {
  name: string;
  url: string;
}

export interface ArticlePage {
  record: ArticleRecord;
  /** Topics this article names, most mentioned first. */
  topics: TopicRef[];
  /** Site path of the article page, e.g. '/articles/some-slug/'. */
  url: string;
  /** The body as safe HTML. */
  bodyHtml: string;
  /** '12 September 2022', or null when undated. */
  dateLabel: string | null;
  /** The month listing the article appears in, or the undated listing. */
  dateUrl: string;
  readingMinutes: number;
  /** Site paths of the files published beside the page. */
  cardUrl: string;
  originalUrl: string;
  recordUrl: string;
  /** Neighbours in date order (older / newer), for previous/next links; undated ones among themselves. */
  older: ArticleLink | null;
  newer: ArticleLink | null;
  authorLinks: NamedLink[];
  sourceLink: NamedLink | null;
  /** Near-duplicates: other versions of the same story. */
  versions: RelatedLink[];
  /** The same event reported by other outlets. */
  coverage: RelatedLink[];
}

export interface Corpus extends Navigation<ArticlePage> {
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
export const cardUrl = (slug: string) => `/cards/${slug}.png`;
/** '12 September 2022', or null for an undated record. */
export const dateLabelOf = (record: { date: string | null }) => (record.date ? formatCalendarDate(record.date) : null);
export const versionUrl = (a: string, b: string) => `/articles/${a}/versions/${b}/`;
export const monthUrl = (date: string | null) => (date ? `/dates/${date.slice(0, 4)}/${date.slice(5, 7)}/` : '/dates/undated/');

/**
 * Build the corpus from the records of one build. With `cacheDir`, what depends on one article
 * alone (its body HTML, text signature, topic evidence) and each version comparison are read
 * from and written to caches there (featureCache.ts, diffCache.ts); the corpus is the same with
 * or without them.
 */
export function buildCorpus(records: ArticleRecord[], settings?: SiteSettings, cacheDir?: string, onArticles?: (articles: ArticlePage[]) => void): Corpus {
  const sorted = [...records].sort(readingOrder);
  const bodyHtml: string[] = new Array(sorted.length);
  const textSigs: Uint32Array[] = new Array(sorted.length);
  const collector = new TopicCollector();
  const take = (i: number, f: ArticleFeatures) => {
    bodyHtml[i] = f.bodyHtml;
    textSigs[i] = f.textSignature;
    collector.add(i, f.topics);
  };
  if (cacheDir) new FeatureCache(cacheDir).features(sorted, take);
  else sorted.forEach((r, i) => take(i, articleFeatures(r)));
  const topicIndex = collector.finish();
  const articles: ArticlePage[] = sorted.map((record, i) => {
    const url = articleUrl(record.slug);
    return {
      record,
      topics: topicIndex.perArticle[i]!,
      url,
      bodyHtml: bodyHtml[i]!,
      dateLabel: dateLabelOf(record),
      dateUrl: monthUrl(record.date),
      readingMinutes: readingMinutes(record.words),
      cardUrl: cardUrl(record.slug),
      originalUrl: `${url}original.txt`,
      recordUrl: `${url}record.md`,
      older: null,
      newer: null,
      authorLinks: [],
      sourceLink: null,
      versions: [],
      coverage: [],
    };
  });
  // Records, topics, URLs and date labels are final from here on (what search reads): a caller may start on them.
  onArticles?.(articles);
  const dated = articles.filter((a) => a.record.date !== null);
  linkNeighbours(dated);
  linkNeighbours(articles.filter((a) => a.record.date === null));

  const sources = groupByName(articles, (a) => (a.record.source ? [a.record.source] : []), '/sources/', ['unknown']);
  const authors = groupByName(articles, (a) => a.record.authors, '/authors/');
  linkNames(sources, (a, l) => { a.sourceLink = l; });
  linkNames(authors, (a, l) => { a.authorLinks.push(l); });
  // Byline order is the writers' order, not the groups' alphabetical order.
  for (const a of articles) a.authorLinks.sort((x, y) => a.record.authors.indexOf(x.name) - a.record.authors.indexOf(y.name));

  const relations = findRelations(sorted, topicIndex.perArticle.map((l) => l.map((t) => t.slug)), textSigs);
  articles.forEach((a, i) => {
    a.versions = relations.versions[i]!.map((r) => related(articles, i, r.other, true));
    a.coverage = relations.coverage[i]!.map((r) => related(articles, i, r.other, false));
  });

  const diffs = cacheDir ? new DiffCache(cacheDir) : null;
  const nav = buildNavigation({ articles, topics: topicIndex.topics, sources, authors, pageSize: settings?.pageSize ?? 50, ...(diffs ? { diff: diffs.diff } : {}) });
  diffs?.save();
  return { articles, dated: dated.length, undated: articles.length - dated.length, ...nav };
}

function linkNeighbours(list: ArticlePage[]): void {
  for (let i = 0; i < list.length; i++) {
    const prev = list[i - 1];
    const next = list[i + 1];
    list[i]!.newer = prev ? { title: prev.record.title, url: prev.url } : null;
    list[i]!.older = next ? { title: next.record.title, url: next.url } : null;
  }
}

function linkNames(groups: Group<ArticlePage>[], set: (a: ArticlePage, l: NamedLink) => void): void {
  for (const g of groups) for (const a of g.items) set(a, { name: g.name, url: g.url });
}

/** The link from article i to article j; a version link names the diff page of the pair. */
function related(articles: ArticlePage[], i: number, j: number, version: boolean): RelatedLink {
  const o = articles[j]!;
  // One diff page per pair, under the article that comes first in reading order.
  const [first, second] = i < j ? [articles[i]!, o] : [o, articles[i]!];
  return {
    title: o.record.title, url: o.url, source: o.record.source, dateLabel: o.dateLabel,
    diffUrl: version ? versionUrl(first.record.slug, second.record.slug) : null,
  };
}
