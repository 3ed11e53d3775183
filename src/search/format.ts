/**
 * The search files as the browser reads them. Every file is a classic script that hands its data
 * to `window.__clippingsSearch.register(name, data)`, because pages opened from disk (file://)
 * may load scripts but not fetch() JSON.
 *
 *   search/manifest.js   Manifest: pipeline, shard and chunk boundaries, facet table
 *   search/t/N.js        TermShard N: the postings of a run of sorted keys
 *   search/p/N.js        PositionShard N: token numbers for the same keys (phrase queries only)
 *   search/d/N.js        DocChunk N: what results show (title, link, date, source, text)
 */

/** The global name the files register with. */
export const GLOBAL = '__clippingsSearch';

export interface Manifest {
  version: string;
  /** Lunr pipeline labels, loaded with lunr.Pipeline.load (see fold.ts). */
  pipeline: string[];
  fields: string[];
  docCount: number;
  /** Topic variants: folded spelling → key. */
  aliases: Record<string, string>;
  /** First key of each term shard; shard i holds keys in [shards[i], shards[i+1]). */
  shards: string[];
  /** First document of each doc chunk. */
  chunks: number[];
  /** Facet values. */
  sources: string[];
  topics: string[];
  /** Per document: days since 1970-01-01 (-1 undated), delta-coded from the previous document. */
  days: number[];
  /** Per document: index into `sources`, or -1. */
  source: number[];
  /** Per document: indexes into `topics`. */
  topic: number[][];
}

/** Postings of one key, flat: [doc delta, field, weight, doc delta, field, weight, …]. */
export type EncodedPostings = number[];

export interface TermShard {
  keys: string[];
  postings: EncodedPostings[];
}

/** Per key, per posting: token numbers, delta-coded. */
export interface PositionShard {
  keys: string[];
  positions: number[][][];
}

/** What a result shows: [title, site-relative path, date label, source, plain text]. */
export type DocEntry = [title: string, path: string, date: string | null, source: string | null, text: string];

export type DocChunk = DocEntry[];

/** One posting, decoded. */
export interface Posting { doc: number; field: number; weight: number }

export function encodePostings(docs: number[], fields: number[], weights: number[]): EncodedPostings {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < docs.length; i++) {
    out.push(docs[i]! - prev, fields[i]!, weights[i]!);
    prev = docs[i]!;
  }
  return out;
}

export function decodePostings(enc: EncodedPostings): Posting[] {
  const out: Posting[] = [];
  let doc = 0;
  for (let i = 0; i < enc.length; i += 3) {
    doc += enc[i]!;
    out.push({ doc, field: enc[i + 1]!, weight: enc[i + 2]! });
  }
  return out;
}

export const deltaEncode = (xs: number[]): number[] => xs.map((x, i) => (i ? x - xs[i - 1]! : x));
export const deltaDecode = (xs: number[]): number[] => {
  let acc = 0;
  return xs.map((x) => (acc += x));
};

/** Index of the shard whose range holds `key` (binary search over first keys). */
export function shardOf(firsts: string[], key: string): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date (UTC, never local time). */
export const dayNumber = (date: string): number => Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 864e5);
export const dayToDate = (day: number): string => new Date(day * 864e5).toISOString().slice(0, 10);

/** The text of a search file: a classic script registering `data` under `name`. */
export function registerScript(name: string, data: unknown): string {
  return `${GLOBAL}.register(${JSON.stringify(name)},${JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')});\n`;
}
