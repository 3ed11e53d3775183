/**
 * Every listing page of the site, computed once so the templates only lay them out:
 * article listings (latest, a month, undated, a source, an author, a topic), each paginated by
 * settings.pageSize, and directories (dates, sources, authors, topics), paginated too.
 * Pages hold references to the shared ArticlePage objects: memory stays linear in the archive.
 */
import { formatMonth } from '../records/calendarDate.ts';
import { paginate, type Pager } from './pagination.ts';
import type { Group } from './groups.ts';

export interface Crumb { label: string; url: string }

export interface ListingPage<A> {
  url: string;
  /** <title>: the heading, with the page number after page 1. */
  title: string;
  heading: string;
  /** 'topic', 'source', 'author', 'month', 'undated', 'latest'. */
  kind: string;
  aliases: string[];
  total: number;
  items: A[];
  pager: Pager;
  /** Atom feed of this listing, when it has one. */
  feedUrl: string | null;
  crumbs: Crumb[];
}

export interface DirectoryEntry { label: string; url: string; count: number; note?: string }

export interface DirectoryPage {
  url: string;
  title: string;
  heading: string;
  intro: string;
  groups: Array<{ heading: string | null; url: string | null; entries: DirectoryEntry[] }>;
  pager: Pager;
  crumbs: Crumb[];
}

export interface DateMonth { ym: string; label: string; url: string; count: number }
export interface DateYear { year: string; url: string; count: number; months: DateMonth[] }

const HOME: Crumb = { label: 'Home', url: '/' };
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The paginated article listing for one group of articles. */
export function articleListing<A>(o: { base: string; heading: string; kind: string; items: A[]; pageSize: number; aliases?: string[]; feedUrl?: string | null; crumbs: Crumb[] }): ListingPage<A>[] {
  return paginate(o.items, o.pageSize, o.base).map((p) => ({
    url: p.url,
    title: p.pager.page > 1 ? `${o.heading}, page ${p.pager.page}` : o.heading,
    heading: o.heading,
    kind: o.kind,
    aliases: o.aliases ?? [],
    total: o.items.length,
    items: p.items,
    pager: p.pager,
    feedUrl: o.feedUrl ?? null,
    crumbs: o.crumbs,
  }));
}

/** A paginated directory of groups ('Sources', 'Topics'), with counts. */
export function directory<A>(o: { base: string; heading: string; noun: string; groups: Group<A>[]; pageSize: number }): DirectoryPage[] {
  const entries = o.groups.map((g) => ({ label: g.name, url: g.url, count: g.items.length, ...(g.aliases.length ? { note: `also ${g.aliases.join(', ')}` } : {}) }));
  return paginate(entries, o.pageSize, o.base).map((p) => ({
    url: p.url,
    title: p.pager.page > 1 ? `${o.heading}, page ${p.pager.page}` : o.heading,
    heading: o.heading,
    intro: `${plural(o.groups.length, o.noun)}, A to Z, with the number of articles for each.`,
    groups: [{ heading: null, url: null, entries: p.items }],
    pager: p.pager,
    crumbs: [HOME],
  }));
}

/** Years and months with their article counts, newest first, from dated items in reading order. */
export function calendar<A>(items: A[], dateOf: (a: A) => string | null): { years: DateYear[]; months: Map<string, A[]> } {
  const months = new Map<string, A[]>();
  for (const a of items) {
    const d = dateOf(a);
    if (!d) continue;
    const ym = d.slice(0, 7);
    (months.get(ym) ?? months.set(ym, []).get(ym)!).push(a);
  }
  const years = new Map<string, DateYear>();
  for (const ym of [...months.keys()].sort().reverse()) {
    const year = ym.slice(0, 4);
    const y = years.get(year) ?? years.set(year, { year, url: `/dates/${year}/`, count: 0, months: [] }).get(year)!;
    const count = months.get(ym)!.length;
    y.count += count;
    y.months.push({ ym, label: formatMonth(ym), url: `/dates/${year}/${ym.slice(5)}/`, count });
  }
  return { years: [...years.values()], months };
}

/** The date directory (/dates/) and one page per year (/dates/2022/). */
export function dateDirectories(years: DateYear[], undated: number): DirectoryPage[] {
  const monthEntries = (y: DateYear) => y.months.map((m) => ({ label: m.label, url: m.url, count: m.count }));
  const undatedGroup = undated ? [{ heading: 'Undated', url: '/dates/undated/', entries: [{ label: 'Articles without a date', url: '/dates/undated/', count: undated }] }] : [];
  const single = (page: Omit<DirectoryPage, 'pager'>): DirectoryPage => ({ ...page, pager: { page: 1, pages: 1, prev: null, next: null, links: [] } });
  return [
    single({
      url: '/dates/', title: 'By date', heading: 'By date',
      intro: years.length ? `Articles from ${years.at(-1)!.year} to ${years[0]!.year}, by year and month.` : 'No article in the archive has a date.',
      groups: [...years.map((y) => ({ heading: `${y.year} (${plural(y.count, 'article')})`, url: y.url, entries: monthEntries(y) })), ...undatedGroup],
      crumbs: [HOME],
    }),
    ...years.map((y) => single({
      url: y.url, title: y.year, heading: y.year, intro: `${plural(y.count, 'article')} from ${y.year}, by month.`,
      groups: [{ heading: null, url: null, entries: monthEntries(y) }],
      crumbs: [HOME, { label: 'By date', url: '/dates/' }],
    })),
  ];
}
