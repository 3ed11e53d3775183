/**
 * The search files as the browser reads them. Every file is a classic script that hands its data
 * to `window.__clippingsSearch.register(name, data)`, because pages opened from disk (file://)
 * may load scripts but not fetch() JSON.
 *
 *   search/manifest.js   Manifest: pipeline, shard and chunk boundaries, BM25's global numbers, dates
 *   search/f/ID.js       FacetTable: sources and topics per document (loaded after the first results show)
 *   search/t/ID.js       TermShard: the postings of a run of sorted keys
 *   search/p/ID.js       PositionShard: token numbers for the same keys (phrase queries only)
 *   search/d/ID.js       DocChunk: what a result shows first (title, link, date, source, lead), a few documents each
 *   search/x/ID.js       one document's text (a string), for its snippet; loaded for results on screen only
 *
 * A shard's or chunk's ID is a hash of its data, listed in the manifest in order.
 */

/** The global name the files register with. */
export const GLOBAL = '__clippingsSearch';

export interface Manifest {
  version: string;
  /** Lunr pipeline labels, loaded with lunr.Pipeline.load (see fold.ts). */
  pipeline: string[];
  fields: string[];
  docCount: number;
  /** Average length of each field (in `fields` order), for BM25 at query time. */
  averages: number[];
  /** Topic variants: folded spelling → key. */
  aliases: Record<string, string>;
  /** First key of each term shard; shard i holds keys in [shards[i], shards[i+1]). */
  shards: string[];
  /** File id of each term shard: t/ID.js registers `tID`, p/ID.js `pID`. */
  shardIds: string[];
  /** First document of each doc chunk. */
  chunks: number[];
  /** File id of each doc chunk: d/ID.js registers `dID`. */
  chunkIds: string[];
  /** File id of the facet table: f/ID.js registers `fID`. */
  facetsId: string;
  /** Per document: days since 1970-01-01 (-1 undated), delta-coded from the previous document. */
  days: number[];
}

/**
 * Sources and topics of every document, for the facet buttons. Kept out of the manifest: at
 * 10,000 articles the topic names alone outweigh everything else a first search needs.
 */
export interface FacetTable {
  sources: string[];
  topics: string[];
  /** Per document: index into `sources`, or -1. */
  source: number[];
  /** Per document: indexes into `topics`. */
  topic: number[][];
}

/** Rows of one key, flat: [doc delta, field, term frequency, field length, doc delta, …]. */
export type EncodedPostings = number[];

/** Values per row in EncodedPostings. */
export const ROW = 4;

export interface TermShard {
  keys: string[];
  /** Per key: its number of (document, field) rows, for idf. */
  df: number[];
  postings: EncodedPostings[];
}

/** Per key, per posting: token numbers, delta-coded. */
export interface PositionShard {
  keys: string[];
  positions: number[][][];
}

/**
 * What a result shows: [title, site-relative path, date label, source, lead, id of its text file
 * x/ID.js, topic names] (the topics let a result set that fits on screen count its own facets).
 */
export type DocEntry = [title: string, path: string, date: string | null, source: string | null, lead: string, textId: string, topics: string[]];

export type DocChunk = DocEntry[];

/** One key's rows, decoded once: documents, fields, and their BM25 scores. */
export interface Postings { doc: Uint32Array; field: Uint8Array; score: Float64Array }

/** How a row scores (score.ts's rowScore; passed in so this module stays data only). */
export type RowScore = (idf: number, tf: number, field: number, length: number, average: number) => number;

/** Decode one key's rows, scoring each with the manifest's average field lengths. */
export function decodePostings(enc: EncodedPostings, averages: number[], idf: number, score: RowScore): Postings {
  const n = enc.length / ROW;
  const out: Postings = { doc: new Uint32Array(n), field: new Uint8Array(n), score: new Float64Array(n) };
  let doc = 0;
  for (let r = 0, i = 0; r < n; r++, i += ROW) {
    doc += enc[i]!;
    const f = enc[i + 1]!;
    out.doc[r] = doc;
    out.field[r] = f;
    out.score[r] = score(idf, enc[i + 2]!, f, enc[i + 3]!, averages[f]!);
  }
  return out;
}

export const deltaEncode = (xs: number[]): number[] => xs.map((x, i) => (i ? x - xs[i - 1]! : x));
export const deltaDecode = (xs: number[]): number[] => {
  let acc = 0;
  return xs.map((x) => (acc += x));
};

/**
 * Index of the range that holds `key`, given each range's first key in ascending order (binary
 * search): the term shard of a folded term, or the results chunk of a document number.
 */
export function shardOf<K extends string | number>(firsts: K[], key: K): number {
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
  return registerJson(name, JSON.stringify(data));
}

/** The same, from data already serialised as JSON. */
export function registerJson(name: string, json: string): string {
  return `${GLOBAL}.register(${JSON.stringify(name)},${json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')});\n`;
}
