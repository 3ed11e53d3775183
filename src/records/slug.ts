/**
 * Slugs: unique, URL-safe, stable across builds. A slug comes from the headline (or the user's
 * front matter); when two articles want the same one, the input path that sorts first keeps it
 * and the others get a short, stable suffix derived from their input path.
 */
import slugify from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

const MAX_SLUG = 80;

/** URL-safe form of any text: lower-case ASCII words joined by '-', never '.', '/' or empty segments. */
export function toSlug(text: string): string {
  const s = slugify(text, { decamelize: false });
  if (s.length <= MAX_SLUG) return s;
  // Cut at a word boundary so a long headline does not end its URL mid-word.
  const cut = s.slice(0, MAX_SLUG + 1).lastIndexOf('-');
  return cut > MAX_SLUG / 2 ? s.slice(0, cut) : s.slice(0, MAX_SLUG).replace(/-+$/, '');
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 6);

export interface SlugRequest {
  input: string;
  /** The headline the slug is made from. */
  title: string;
  /** A slug the user asked for in front matter (already URL-safe). */
  wanted?: string | null | undefined;
}

/** Give every request a unique slug; the result does not depend on the order of `requests`. */
export function assignSlugs(requests: SlugRequest[]): Map<string, string> {
  const sorted = [...requests].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  const taken = new Set<string>();
  const out = new Map<string, string>();
  // Users' own slugs first: an explicit choice beats a derived one.
  for (const pass of ['wanted', 'derived'] as const) {
    for (const r of sorted) {
      const isWanted = !!r.wanted;
      if ((pass === 'wanted') !== isWanted) continue;
      const base = r.wanted || toSlug(r.title) || toSlug(r.input.replace(/\.[^.]*$/, '')) || 'article';
      let slug = base;
      if (taken.has(slug)) slug = `${base}-${shortHash(r.input)}`;
      for (let i = 2; taken.has(slug); i++) slug = `${base}-${shortHash(r.input)}-${i}`;
      taken.add(slug);
      out.set(r.input, slug);
    }
  }
  return out;
}
