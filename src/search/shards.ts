/**
 * Cutting the index into files whose size is bounded whatever the archive's size: term shards are
 * runs of sorted keys (so a key's shard is found by binary search over first keys), cut when the
 * postings or the positions pass a byte budget; document chunks are runs of documents cut by
 * bytes. A one-word query loads one term shard (two when its word key and name key fall on either
 * side of a cut) and one chunk per result shown.
 */
import { createHash } from 'node:crypto';
import type { ArticlePage } from '../analysis/corpus.ts';
import type { BuiltIndex } from './buildIndex.ts';
import { FIELD_NAMES, fieldsOf } from './fields.ts';
import { PIPELINE_LABELS, NAME_MARK } from './fold.ts';
import {
  encodePostings, deltaEncode, dayNumber, registerScript,
  type Manifest, type TermShard, type PositionShard, type DocEntry,
} from './format.ts';

export interface ShardLimits {
  /** Bytes of encoded postings per term shard (a single larger key gets a shard of its own). */
  postingBytes: number;
  positionBytes: number;
  /** Bytes per document chunk. */
  chunkBytes: number;
  /** Characters of body text kept for snippets. */
  textChars: number;
}

export const DEFAULT_LIMITS: ShardLimits = { postingBytes: 48_000, positionBytes: 160_000, chunkBytes: 24_000, textChars: 12_000 };

export interface SearchFiles {
  manifest: Manifest;
  /** Site-relative path under search/ → file text. */
  files: Map<string, string>;
}

/** The search files of an archive: manifest, term and position shards, doc chunks. */
export function writeShards(articles: ArticlePage[], index: BuiltIndex, limits: ShardLimits = DEFAULT_LIMITS): SearchFiles {
  const files = new Map<string, string>();
  const shardFirsts: string[] = [];
  let terms: TermShard = { keys: [], postings: [] };
  let positions: PositionShard = { keys: [], positions: [] };
  let termBytes = 0;
  let posBytes = 0;
  const flush = () => {
    if (!terms.keys.length) return;
    const n = shardFirsts.length;
    shardFirsts.push(terms.keys[0]!);
    files.set(`t/${n}.js`, registerScript(`t${n}`, terms));
    files.set(`p/${n}.js`, registerScript(`p${n}`, positions));
    terms = { keys: [], postings: [] };
    positions = { keys: [], positions: [] };
    termBytes = posBytes = 0;
  };
  for (const key of index.keys) {
    const p = index.postings.get(key)!;
    const enc = encodePostings(p.docs, p.fields, p.weights);
    const pos = p.positions.map(deltaEncode);
    const tb = JSON.stringify(enc).length + key.length + 4;
    const pb = JSON.stringify(pos).length + key.length + 4;
    const twin = key === terms.keys.at(-1) + NAME_MARK; // a word and its name key stay together: one shard per query word
    if (terms.keys.length && !twin && (termBytes + tb > limits.postingBytes || posBytes + pb > limits.positionBytes)) flush();
    terms.keys.push(key);
    terms.postings.push(enc);
    positions.keys.push(key);
    positions.positions.push(pos);
    termBytes += tb;
    posBytes += pb;
  }
  flush();
  if (!shardFirsts.length) {
    shardFirsts.push('');
    files.set('t/0.js', registerScript('t0', { keys: [], postings: [] }));
    files.set('p/0.js', registerScript('p0', { keys: [], positions: [] }));
  }
  shardFirsts[0] = ''; // the first shard also holds anything that sorts before its first key

  const chunks: number[] = [];
  let chunk: DocEntry[] = [];
  let chunkBytes = 0;
  const flushChunk = () => {
    if (!chunk.length) return;
    const n = chunks.length - 1;
    files.set(`d/${n}.js`, registerScript(`d${n}`, chunk));
    chunk = [];
    chunkBytes = 0;
  };
  articles.forEach((a, doc) => {
    const entry: DocEntry = [a.record.title, a.url.replace(/^\//, '') + 'index.html', a.dateLabel, a.record.source, fieldsOf(a).body.slice(0, limits.textChars)];
    const bytes = JSON.stringify(entry).length;
    if (chunk.length && chunkBytes + bytes > limits.chunkBytes) flushChunk();
    if (!chunk.length) chunks.push(doc);
    chunk.push(entry);
    chunkBytes += bytes;
  });
  flushChunk();

  const sources = [...new Set(articles.map((a) => a.record.source).filter((s): s is string => !!s))].sort();
  const topics = [...new Set(articles.flatMap((a) => a.topics.map((t) => t.name)))].sort();
  const sourceNo = new Map(sources.map((s, i) => [s, i]));
  const topicNo = new Map(topics.map((t, i) => [t, i]));
  const days = articles.map((a) => (a.record.date ? dayNumber(a.record.date) : -1));
  const manifest: Manifest = {
    version: '',
    pipeline: [...PIPELINE_LABELS],
    fields: [...FIELD_NAMES],
    docCount: articles.length,
    aliases: index.aliases,
    shards: shardFirsts,
    chunks,
    sources,
    topics,
    days: deltaEncode(days),
    source: articles.map((a) => (a.record.source ? sourceNo.get(a.record.source)! : -1)),
    topic: articles.map((a) => a.topics.map((t) => topicNo.get(t.name)!)),
  };
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort()) hash.update(name).update(text);
  hash.update(JSON.stringify(manifest));
  manifest.version = hash.digest('hex').slice(0, 12);
  files.set('manifest.js', registerScript('manifest', manifest));
  return { manifest, files };
}
