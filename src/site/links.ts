/**
 * Links that work from any copy of the site: served at the root, under a GitHub Pages path
 * prefix, or opened from disk (file://, where a folder URL does not open its index.html).
 * Pages link to each other with relative URLs that name index.html; absolute URLs (canonical,
 * feeds, sitemap, Open Graph) are built from the site's base URL and path prefix.
 */
import path from 'node:path';

/** Relative URL from the page at site path `from` to site path `to` ('/a/b/' style paths). */
export function relativeUrl(to: string, from: string): string {
  const fromDir = from.endsWith('/') ? from : path.posix.dirname(from) + '/';
  const [target, suffix = ''] = splitSuffix(to);
  const file = target.endsWith('/') ? target + 'index.html' : target;
  let rel = path.posix.relative(fromDir, file);
  if (rel === '') rel = 'index.html';
  return rel + suffix;
}

function splitSuffix(url: string): [string, string?] {
  const i = url.search(/[?#]/);
  return i < 0 ? [url] : [url.slice(0, i), url.slice(i)];
}

/** Normalise a path prefix to '/x/y/' form ('/' for none). */
export function normalisePrefix(prefix: string | undefined): string {
  const p = (prefix ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return p === '//' ? '/' : p;
}

/** Absolute URL (with origin when the site has a base URL) of site path `to`. */
export function absoluteUrl(to: string, baseUrl: string, prefix: string): string {
  return baseUrl + normalisePrefix(prefix) + to.replace(/^\//, '');
}
