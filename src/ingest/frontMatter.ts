/**
 * User corrections: front matter at the top of a raw file wins over extraction.
 *
 *     ---
 *     title: The headline as it should read
 *     date: 2022-09-12
 *     authors: [Ana Lima, Joe Bloggs]
 *     source: The Harbour Gazette
 *     ---
 *     …the raw page text…
 *
 * Fields: title, date (YYYY-MM-DD), time (HH:MM), timezone, authors (list or one name), source,
 * slug, kicker, standfirst, syndicated_from, credit, lang. Unknown fields are ignored with a warning;
 * a `slug` is reduced to URL-safe characters so it can never point outside the site.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { OVERRIDABLE_FIELDS, type RecordOverrides } from '../records/ArticleRecord.ts';
import { toSlug } from '../records/slug.ts';
import { isCalendarDate } from '../records/calendarDate.ts';

export type FrontMatterResult =
  | { ok: true; overrides: RecordOverrides; text: string; bodyStartLine: number; warnings: string[] }
  | { ok: false; error: string };

// CORE_SCHEMA: no YAML timestamps, so '2022-13-45' stays a string we can reject instead of a rolled-over Date.
const engines = { yaml: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object };

const FENCE = /^---[ \t]*\n/;

/** Split optional user front matter from the page text and validate it. */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!FENCE.test(text)) return { ok: true, overrides: {}, text, bodyStartLine: 1, warnings: [] };
  const close = text.slice(3).search(/\n---[ \t]*(\n|$)/);
  if (close < 0) return { ok: false, error: 'front matter opened with --- on line 1 is never closed with a --- line' };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines });
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message?: string };
    // gray-matter hands the engine the YAML from the end of the opening fence, so its line 0 is file line 1.
    const line = err.mark?.line != null ? err.mark.line + 1 : null;
    const reason = err.reason ?? String(err.message ?? e).split('\n')[0];
    return { ok: false, error: `malformed front matter${line ? ` at line ${line}` : ''}: ${reason}` };
  }
  const fmLines = text.slice(0, 3 + close + 5).split('\n').length;
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const warnings: string[] = [];
  const overrides: RecordOverrides = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(OVERRIDABLE_FIELDS as readonly string[]).includes(key)) {
      warnings.push(`front matter field '${key}' is not one Clippings reads; ignored`);
      continue;
    }
    const problem = applyField(overrides, key as (typeof OVERRIDABLE_FIELDS)[number], value);
    if (problem) warnings.push(problem);
  }
  return { ok: true, overrides, text: parsed.content.replace(/^\n/, ''), bodyStartLine: fmLines + (parsed.content.startsWith('\n') ? 1 : 0), warnings };
}

const asText = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null);

function applyField(o: RecordOverrides, key: (typeof OVERRIDABLE_FIELDS)[number], value: unknown): string | null {
  if (value === null) {
    if (key === 'title' || key === 'slug') return `front matter '${key}' is empty; ignored`;
    if (key === 'authors') o.authors = [];
    else o[key] = null;
    return null;
  }
  switch (key) {
    case 'authors': {
      const list = Array.isArray(value) ? value : [value];
      const names = list.map(asText).filter((n): n is string => !!n);
      if (names.length !== list.length) return `front matter 'authors' should be a list of names; kept ${names.length}`;
      o.authors = names;
      return null;
    }
    case 'date': {
      const d = asText(value);
      if (!d || !isCalendarDate(d)) return `front matter 'date' (${JSON.stringify(value)}) is not a calendar date YYYY-MM-DD; ignored`;
      o.date = d;
      return null;
    }
    case 'slug': {
      const s = toSlug(asText(value) ?? '');
      if (!s) return `front matter 'slug' (${JSON.stringify(value)}) has no URL-safe characters; ignored`;
      o.slug = s;
      return null;
    }
    default: {
      const t = asText(value);
      if (t === null) return `front matter '${key}' should be text; ignored`;
      o[key] = t;
      return null;
    }
  }
}
