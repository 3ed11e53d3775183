/**
 * Nunjucks filters for the templates. Registered by .eleventy.ts; each is a small pure function
 * of its arguments (and, for links, of the page being rendered).
 */
import type { FilterContext } from '@11ty/eleventy';
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { relativeUrl, absoluteUrl, normalisePrefix } from './links.ts';
import type { ArticlePage } from '../analysis/corpus.ts';
import type { Feed } from '../analysis/navigation.ts';
import { newsArticle } from './jsonLd.ts';
import { plainCitation, bibtex, cslJson } from './citation.ts';
import { jsonFeed, calendarDateToUtc } from './jsonFeed.ts';

interface SiteInfo { title: string; description: string; lang: string }

export interface FilterOptions {
  pathPrefix: string;
  baseUrl: string;
}

/** JSON for a <script type="application/ld+json"> block: '<' escaped so text cannot close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function makeFilters(opts: FilterOptions) {
  const prefix = normalisePrefix(opts.pathPrefix);
  const abs = (to: string) => absoluteUrl(String(to), opts.baseUrl, prefix);
  return {
    /** Link to site path `to` from the current page: relative, or prefixed-absolute on pages served at any URL (404). */
    href(this: FilterContext, to: string): string {
      if (this.ctx?.absoluteLinks) return prefix + String(to).replace(/^\//, '');
      // Registered straight with Nunjucks, `this` is its context: the page is in `ctx`.
      const page = this.page ?? (this.ctx?.page as FilterContext['page']);
      const from = typeof page?.url === 'string' ? page.url : '/';
      return relativeUrl(String(to), from);
    },
    /** Absolute URL of a site path, for canonical links, feeds and Open Graph. */
    absolute(to: string): string {
      return absoluteUrl(String(to), opts.baseUrl, prefix);
    },
    jsonScript: jsonForScript,
    /** A feed entry's id: its absolute URL when the site has an origin, else a stable URN. */
    feedId(to: string): string {
      return opts.baseUrl ? abs(to) : `urn:clippings:${String(to).replace(/^\/|\/$/g, '').replace(/\//g, ':') || 'home'}`;
    },
    /** The RSS plugin's RFC 3339 formatting of a calendar date ('2022-09-12' → '2022-09-12T00:00:00Z'). */
    calendarRfc3339(date: string): string {
      return dateToRfc3339(calendarDateToUtc(String(date)));
    },
    newsArticle(a: ArticlePage, site: SiteInfo): object {
      return newsArticle(a, site.title, abs);
    },
    citation(a: ArticlePage, site: SiteInfo): string {
      return plainCitation(a.record, abs(a.url), site.title);
    },
    bibtex(a: ArticlePage): string {
      return bibtex(a.record, abs(a.url));
    },
    cslJson(a: ArticlePage): string {
      return JSON.stringify([cslJson(a.record, abs(a.url))]);
    },
    jsonFeed(feed: Feed<ArticlePage>, site: SiteInfo): string {
      return JSON.stringify(jsonFeed(feed, site, abs), null, 2);
    },
    /** '1,234' */
    count(n: number): string {
      return Number(n).toLocaleString('en');
    },
  };
}
