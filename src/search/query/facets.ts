/**
 * Facets: counts of the current results by source, year and topic, and narrowing results to one
 * value of each. Read from the per-document facet table (years from the hits' days), so counts
 * cover every result, not just the page shown.
 */
import type { FacetTable, DocEntry } from '../format.ts';
import type { Hit } from './evaluate.ts';
import { dayToDate } from '../format.ts';

export type FacetName = 'source' | 'year' | 'topic';

/** A value chosen per facet: a source or topic name, or a year ('2022'). */
export type FacetSelection = Partial<Record<FacetName, string>>;

export interface FacetCount { value: string; count: number }

/** The values of one document for each facet. */
export function facetValues(m: FacetTable, hit: Hit): Record<FacetName, string[]> {
  const source = m.source[hit.doc]!;
  return {
    source: source >= 0 ? [m.sources[source]!] : [],
    year: hit.day >= 0 ? [dayToDate(hit.day).slice(0, 4)] : [],
    topic: (m.topic[hit.doc] ?? []).map((t) => m.topics[t]!),
  };
}

/** Hits that have every selected value. */
export function narrow(m: FacetTable, hits: Hit[], sel: FacetSelection): Hit[] {
  const chosen = Object.entries(sel).filter(([, v]) => v) as Array<[FacetName, string]>;
  if (!chosen.length) return hits;
  return hits.filter((h) => {
    const v = facetValues(m, h);
    return chosen.every(([name, value]) => v[name].includes(value));
  });
}

/** Counts per facet, most frequent first (years newest first), over `hits`. */
export function countFacets(m: FacetTable, hits: Hit[]): Record<FacetName, FacetCount[]> {
  const counts: Record<FacetName, Map<string, number>> = { source: new Map(), year: new Map(), topic: new Map() };
  for (const h of hits) {
    const v = facetValues(m, h);
    for (const name of ['source', 'year', 'topic'] as const) for (const x of v[name]) counts[name].set(x, (counts[name].get(x) ?? 0) + 1);
  }
  const sorted = (name: FacetName) => [...counts[name]].map(([value, count]) => ({ value, count }))
    .sort((a, b) => (name === 'year' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value)));
  return { source: sorted('source'), year: sorted('year'), topic: sorted('topic') };
}

/** Counts per facet, each over the hits narrowed by the other facets' choices (so a choice can be changed). */
export function facetCounts(m: FacetTable, hits: Hit[], sel: FacetSelection): Record<FacetName, FacetCount[]> {
  const out = {} as Record<FacetName, FacetCount[]>;
  for (const name of ['source', 'year', 'topic'] as const) out[name] = countFacets(m, narrow(m, hits, { ...sel, [name]: undefined }))[name];
  return out;
}

/**
 * The facet table of just these hits, from their results entries (`entries[i]` is `hits[i]`'s):
 * a result set that fits on screen counts its facets without the archive's table.
 */
export function tableOfEntries(hits: Hit[], entries: DocEntry[]): FacetTable {
  const t: FacetTable = { sources: [], topics: [], source: [], topic: [] };
  const no = (list: string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.push(value) - 1);
  hits.forEach((h, i) => {
    const e = entries[i]!;
    t.source[h.doc] = e[3] ? no(t.sources, e[3]) : -1;
    t.topic[h.doc] = e[6].map((name) => no(t.topics, name));
  });
  return t;
}
