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
  let rel = isPlain(fromDir) && isPlain(file) ? relativePlain(fromDir, file) : path.posix.relative(fromDir, file);
  if (rel === '') rel = 'index.html';
  return rel + suffix;
}

/** An absolute path without '.', '..' or empty segments: the site's own paths, always. */
const isPlain = (p: string) => p.charCodeAt(0) === SLASH && !p.includes('//') && !p.includes('/.');
const SLASH = 47;

/**
 * path.posix.relative from folder `fromDir` ('/a/b/') to `file`, both plain, by one scan of their
 * common start: a million calls at 10,000 articles made the general function most of the 'href' filter.
 */
function relativePlain(fromDir: string, file: string): string {
  const n = Math.min(fromDir.length, file.length);
  let i = 0;
  let common = 0; // the last '/' of the folders both paths share
  for (; i < n && fromDir.charCodeAt(i) === file.charCodeAt(i); i++) if (fromDir.charCodeAt(i) === SLASH) common = i;
  if (i === file.length) return path.posix.relative(fromDir, file); // `file` names one of fromDir's folders
  let up = '';
  for (let j = common + 1; j < fromDir.length; j++) if (fromDir.charCodeAt(j) === SLASH) up += '../';
  return up + file.slice(common + 1);
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
