/**
 * Groups of articles under one name: a source, an author. Names that differ only in case,
 * diacritics or transliteration ('The Sun', 'THE SUN') share a folding key and so one group and
 * one page; the most frequent spelling names it, the others are its aliases.
 */
import { foldName } from './nameFolding.ts';
import { SlugAllocator } from './slugAllocator.ts';

export interface Group<T> {
  name: string;
  slug: string;
  /** Site path of the group's first listing page. */
  url: string;
  aliases: string[];
  /** Members in the order they were given. */
  items: T[];
}

/**
 * Group `items` by the names `namesOf` gives each (an item may have several, e.g. authors).
 * Groups come back sorted by name; slugs are unique within `base` ('/authors/').
 */
export function groupByName<T>(items: T[], namesOf: (item: T) => string[], base: string, reserved: string[] = []): Group<T>[] {
  const drafts = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const raw of namesOf(item)) {
      const name = raw.trim();
      const key = foldName(name) || name.toLowerCase();
      if (!name || seen.has(key)) continue;
      seen.add(key);
      let d = drafts.get(key);
      if (!d) drafts.set(key, (d = { spellings: new Map(), items: [] }));
      d.spellings.set(name, (d.spellings.get(name) ?? 0) + 1);
      d.items.push(item);
    }
  }
  const slugs = new SlugAllocator(['page', 'index', ...reserved]);
  const groups = [...drafts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, d]) => {
      const [name, ...rest] = [...d.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
      const slug = slugs.allocate(name!);
      return { name: name!, slug, url: `${base}${slug}/`, aliases: rest, items: d.items };
    });
  return groups.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
}
