/**
 * 'Cite this': a plain citation, BibTeX and CSL-JSON for one article. Pure functions of the
 * record and the article's absolute URL; dates stay calendar dates (no clock, no time zone).
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { formatCalendarDate } from '../records/calendarDate.ts';

/** 'Tariq Tahir' → { given: 'Tariq', family: 'Tahir' }; one-word names stay literal. */
export function splitName(name: string): { given?: string; family?: string; literal?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { literal: name.trim() };
  return { given: parts.slice(0, -1).join(' '), family: parts.at(-1)! };
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** 'Tahir, Crowson and Davis. “Headline.” The Sun, 12 September 2022. Clippings, URL.' */
export function plainCitation(r: ArticleRecord, url: string, archive: string): string {
  const who = r.authors.length ? `${joinNames(r.authors)}. ` : '';
  const where = [r.source, r.date ? formatCalendarDate(r.date) : 'undated'].filter(Boolean).join(', ');
  return `${who}“${r.title}.” ${where}. Archived in ${archive}: ${url}`;
}

/** BibTeX braces and backslashes escaped, so a headline cannot break the entry. */
const bib = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_]/g, (c) => `\\${c}`);

/** A BibTeX @article entry keyed by the slug. */
export function bibtex(r: ArticleRecord, url: string): string {
  const fields: Array<[string, string | null]> = [
    ['title', `{${bib(r.title)}}`],
    ['author', r.authors.length ? r.authors.map(bib).join(' and ') : null],
    ['journal', r.source ? bib(r.source) : null],
    ['date', r.date],
    ['year', r.date?.slice(0, 4) ?? null],
    ['url', url],
    ['note', r.syndicated_from ? `First published in ${bib(r.syndicated_from)}` : null],
  ];
  const body = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${r.slug.replace(/-/g, '_').slice(0, 60)},\n${body}\n}`;
}

/** A CSL-JSON item (type article-newspaper), as Zotero and citeproc read it. */
export function cslJson(r: ArticleRecord, url: string): object {
  return {
    id: r.slug,
    type: 'article-newspaper',
    title: r.title,
    ...(r.authors.length ? { author: r.authors.map(splitName) } : {}),
    ...(r.source ? { 'container-title': r.source } : {}),
    ...(r.date ? { issued: { 'date-parts': [r.date.split('-').map(Number)] } } : {}),
    ...(r.lang ? { language: r.lang } : {}),
    URL: url,
  };
}
