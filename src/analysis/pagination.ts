/**
 * Pagination of listings: page 1 lives at the listing's own path, page n at `<path><n>/`
 * ('/topics/izium/', '/topics/izium/2/'). Numbered links are windowed so a listing of
 * thousands of pages still shows a short pager.
 */

export interface PagerLink {
  label: string;
  url: string;
  current: boolean;
}

export interface Pager {
  page: number;
  pages: number;
  prev: string | null;
  next: string | null;
  /** First, last, and pages near the current one; null marks a gap ('…'). */
  links: Array<PagerLink | null>;
}

/** Site path of page `n` (1-based) of the listing at `base` ('/x/'). */
export const pageUrl = (base: string, n: number) => (n <= 1 ? base : `${base}${n}/`);

/** Cut `items` into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: T[], size: number, base: string): Array<{ items: T[]; url: string; pager: Pager }> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const out = [];
  for (let n = 1; n <= pages; n++) {
    out.push({ items: items.slice((n - 1) * size, n * size), url: pageUrl(base, n), pager: pagerFor(n, pages, base) });
  }
  return out;
}

/** The pager of page `page` of `pages`. */
export function pagerFor(page: number, pages: number, base: string): Pager {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const links: Array<PagerLink | null> = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) links.push(null);
    links.push({ label: String(n), url: pageUrl(base, n), current: n === page });
  });
  return {
    page,
    pages,
    prev: page > 1 ? pageUrl(base, page - 1) : null,
    next: page < pages ? pageUrl(base, page + 1) : null,
    links: pages > 1 ? links : [],
  };
}
