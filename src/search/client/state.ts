/** What the search page shows, kept in its URL (?q=…&sort=date&source=…) so links, reloads, back and forward work. */
import type { SortOrder } from '../query/rank.ts';
import type { FacetName, FacetSelection } from '../query/facets.ts';

export interface PageState {
  q: string;
  sort: SortOrder;
  from: string;
  to: string;
  facets: FacetSelection;
}

const FACETS: FacetName[] = ['source', 'year', 'topic'];

export function readState(search: string): PageState {
  const p = new URLSearchParams(search);
  const facets: FacetSelection = {};
  for (const f of FACETS) { const v = p.get(f); if (v) facets[f] = v; }
  return { q: p.get('q') ?? '', sort: p.get('sort') === 'date' ? 'date' : 'relevance', from: p.get('from') ?? '', to: p.get('to') ?? '', facets };
}

export function writeState(s: PageState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort === 'date') p.set('sort', 'date');
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  for (const f of FACETS) { const v = s.facets[f]; if (v) p.set(f, v); }
  const q = p.toString();
  return q ? `?${q}` : '';
}
