/**
 * The ways into the archive, computed from the articles and their groups: article listings and
 * directories (listings.ts), version comparison pages, Atom/JSON feeds, the date calendar and
 * the counts the home page shows.
 */
import { renderVersionDiff, type VersionDiff } from '../site/versionDiff.ts';
import type { Topic } from './topics.ts';
import type { Group } from './groups.ts';
import { articleListing, directory, calendar, dateDirectories, type ListingPage, type DirectoryPage, type DateYear, type Crumb } from './listings.ts';

interface Linkable {
  url: string;
  record: { title: string; slug: string; date: string | null; body: string; source: string | null };
  dateLabel: string | null;
  versions: Array<{ url: string; diffUrl: string | null }>;
}

export interface VersionPage<A> {
  url: string;
  /** The article first in reading order, and the other version. */
  from: A;
  to: A;
  diffHtml: string;
  added: number;
  removed: number;
}

export interface Feed<A> {
  /** Site path of the Atom feed. */
  url: string;
  /** Site path of the JSON feed, when there is one. */
  jsonUrl: string | null;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  items: A[];
  /** Calendar date of the newest dated item (or of the archive), for the feed's <updated>. */
  updated: string;
}

export interface TopicSummary { name: string; slug: string; url: string; aliases: string[]; count: number }
export interface GroupSummary { name: string; slug: string; url: string; aliases: string[]; count: number }

export interface Navigation<A> {
  topics: TopicSummary[];
  sources: GroupSummary[];
  authors: GroupSummary[];
  years: DateYear[];
  listings: ListingPage<A>[];
  directories: DirectoryPage[];
  versionPages: VersionPage<A>[];
  feeds: Feed<A>[];
  /** Topics naming the most articles, for the home page. */
  topTopics: TopicSummary[];
}

const HOME: Crumb = { label: 'Home', url: '/' };
/** Directories list more entries per page than article listings: an entry is one line. */
const DIRECTORY_FACTOR = 4;
const NO_DATE = '1970-01-01';

/** `diff` compares two bodies for a version page (renderVersionDiff, or a cache of it). */
export function buildNavigation<A extends Linkable>(o: { articles: A[]; topics: Topic[]; sources: Group<A>[]; authors: Group<A>[]; pageSize: number; diff?: (from: string, to: string) => VersionDiff }): Navigation<A> {
  const { articles, pageSize } = o;
  const topicGroups: Group<A>[] = o.topics.map((t) => ({ name: t.name, slug: t.slug, url: `/topics/${t.slug}/`, aliases: t.aliases, items: t.articles.map((i) => articles[i]!) }));
  const { years, months } = calendar(articles, (a) => a.record.date);
  const undated = articles.filter((a) => !a.record.date);
  const newest = articles.find((a) => a.record.date)?.record.date ?? NO_DATE;

  const listings: ListingPage<A>[] = [
    ...articleListing({ base: '/latest/', heading: 'All articles, newest first', kind: 'latest', items: articles, pageSize, feedUrl: '/feed.xml', crumbs: [HOME] }),
    ...[...months.entries()].flatMap(([ym, items]) => {
      const y = years.find((x) => x.year === ym.slice(0, 4))!;
      const m = y.months.find((x) => x.ym === ym)!;
      return articleListing({ base: m.url, heading: m.label, kind: 'month', items, pageSize, crumbs: [HOME, { label: 'By date', url: '/dates/' }, { label: y.year, url: y.url }] });
    }),
    ...(undated.length ? articleListing({ base: '/dates/undated/', heading: 'Undated articles', kind: 'undated', items: undated, pageSize, crumbs: [HOME, { label: 'By date', url: '/dates/' }] }) : []),
    ...o.sources.flatMap((g) => articleListing({ base: g.url, heading: g.name, kind: 'source', items: g.items, pageSize, aliases: g.aliases, feedUrl: `${g.url}feed.xml`, crumbs: [HOME, { label: 'Sources', url: '/sources/' }] })),
    ...o.authors.flatMap((g) => articleListing({ base: g.url, heading: g.name, kind: 'author', items: g.items, pageSize, aliases: g.aliases, crumbs: [HOME, { label: 'Authors', url: '/authors/' }] })),
    ...topicGroups.flatMap((g) => articleListing({ base: g.url, heading: g.name, kind: 'topic', items: g.items, pageSize, aliases: g.aliases, crumbs: [HOME, { label: 'Topics', url: '/topics/' }] })),
  ];
  const unknownSource = articles.filter((a) => !a.record.source);
  if (unknownSource.length) listings.push(...articleListing({ base: '/sources/unknown/', heading: 'Source not known', kind: 'source', items: unknownSource, pageSize, crumbs: [HOME, { label: 'Sources', url: '/sources/' }] }));

  const dirSize = pageSize * DIRECTORY_FACTOR;
  const sourceDirs = directory({ base: '/sources/', heading: 'Sources', noun: 'source', groups: o.sources, pageSize: dirSize });
  if (unknownSource.length) sourceDirs.at(-1)!.groups[0]!.entries.push({ label: 'Source not known', url: '/sources/unknown/', count: unknownSource.length });
  const directories = [
    ...dateDirectories(years, undated.length),
    ...sourceDirs,
    ...directory({ base: '/authors/', heading: 'Authors', noun: 'author', groups: o.authors, pageSize: dirSize }),
    ...directory({ base: '/topics/', heading: 'Topics', noun: 'topic', groups: topicGroups, pageSize: dirSize }),
  ];

  const versionPages: VersionPage<A>[] = [];
  const position = new Map(articles.map((a, i) => [a.url, i]));
  articles.forEach((a, i) => {
    for (const v of a.versions) {
      const j = position.get(v.url) ?? -1;
      if (j <= i || !v.diffUrl) continue; // each pair once, under the first in reading order
      const to = articles[j]!;
      const d = (o.diff ?? renderVersionDiff)(a.record.body, to.record.body);
      versionPages.push({ url: v.diffUrl, from: a, to, diffHtml: d.html, added: d.added, removed: d.removed });
    }
  });

  const feeds: Feed<A>[] = [
    { url: '/feed.xml', jsonUrl: '/feed.json', title: '', pageUrl: '/', items: articles.slice(0, pageSize), updated: newest },
    ...o.sources.map((g) => ({ url: `${g.url}feed.xml`, jsonUrl: null, title: g.name, pageUrl: g.url, items: g.items.slice(0, pageSize), updated: g.items.find((a) => a.record.date)?.record.date ?? newest })),
  ];
  const summary = (g: Group<A>) => ({ name: g.name, slug: g.slug, url: g.url, aliases: g.aliases, count: g.items.length });
  const topics = topicGroups.map(summary);
  return {
    topics,
    sources: o.sources.map(summary),
    authors: o.authors.map(summary),
    years,
    listings,
    directories,
    versionPages,
    feeds,
    topTopics: [...topics].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')).slice(0, 24),
  };
}
