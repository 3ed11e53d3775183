/**
 * Nunjucks filters for the templates. Registered by .eleventy.ts; each is a small pure function
 * of its arguments (and, for links, of the page being rendered).
 */
import type { FilterContext } from '@11ty/eleventy';
import { relativeUrl, absoluteUrl, normalisePrefix } from './links.ts';

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
  return {
    /** Link to site path `to` from the current page: relative, or prefixed-absolute on pages served at any URL (404). */
    href(this: FilterContext, to: string): string {
      if (this.ctx?.absoluteLinks) return prefix + String(to).replace(/^\//, '');
      const from = typeof this.page?.url === 'string' ? this.page.url : '/';
      return relativeUrl(String(to), from);
    },
    /** Absolute URL of a site path, for canonical links, feeds and Open Graph. */
    absolute(to: string): string {
      return absoluteUrl(String(to), opts.baseUrl, prefix);
    },
    jsonScript: jsonForScript,
  };
}
