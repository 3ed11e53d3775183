/**
 * BM25 as Lunr computes it (k1 1.2, b 0.75, idf counting a document once per field the term is
 * in), times the field's boost. Computed when a query runs, from what the shards store per row
 * (term frequency, field length) and what the manifest stores once (document count, average field
 * lengths), so that a change to one article does not change the bytes of every shard.
 */
import { FIELDS } from './fields.ts';

const K1 = 1.2;
const B = 0.75;

/** Lunr's idf: `df` is the number of (document, field) rows of the term (lunr.idf). */
export function lunrIdf(df: number, docCount: number): number {
  return Math.log(1 + Math.abs((docCount - df + 0.5) / (df + 0.5)));
}

/** The score of one row: `tf` occurrences in a field of `length` terms, whose average length is `average`. */
export function rowScore(idf: number, tf: number, field: number, length: number, average: number): number {
  const norm = average ? length / average : 0;
  return ((idf * (K1 + 1) * tf) / (K1 * (1 - B + B * norm) + tf)) * FIELDS[field]!.boost;
}
