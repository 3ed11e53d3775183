/**
 * The order of results. By relevance: more of the query's words or phrases matched first, then
 * those matched in the headline, then the score (BM25: how densely the article uses the words,
 * headline weighted most), and on a tie the newer article. By date: newest first, undated last.
 */
import type { Hit } from './evaluate.ts';

export type SortOrder = 'relevance' | 'date';

const byDay = (a: Hit, b: Hit) => b.day - a.day; // -1 (undated) sorts last
const byRelevance = (a: Hit, b: Hit) => b.matched - a.matched || b.title - a.title || b.score - a.score;

/** A new array of `hits` in the order asked for; the document number breaks the last ties. */
export function rank(hits: Hit[], order: SortOrder = 'relevance'): Hit[] {
  const cmp = order === 'date'
    ? (a: Hit, b: Hit) => byDay(a, b) || byRelevance(a, b) || a.doc - b.doc
    : (a: Hit, b: Hit) => byRelevance(a, b) || byDay(a, b) || a.doc - b.doc;
  return [...hits].sort(cmp);
}
