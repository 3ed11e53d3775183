/**
 * Cutting the index into files whose size is bounded whatever the archive's size: term shards are
 * runs of sorted keys (so a key's shard is found by binary search over first keys), document
 * chunks are short runs of documents (title, link, date, source, lead). A one-word query loads one
 * term shard (two when its word key and name key fall on either side of a cut) and at most one
 * chunk per result shown; then one text file per result on screen, for its snippet.
 *
 * Cuts depend on the content near them only, so that a change to one article moves no cut far from
 * its words: a run is cut at an anchor (a key or a page path whose hash is 0 mod 4) once it holds
 * half its byte budget, or wherever the next item would pass the budget. Files are named by a hash
 * of their data (`t/3f9a0c….js`), so a file that did not change keeps its name and its bytes even
 * when the files before it are cut differently, and can be reused from the previous build.
 */
import { createHash } from 'node:crypto';
import type { BuiltIndex } from './buildIndex.ts';
import { FIELD_NAMES, fieldsOf, type SearchArticle } from './fields.ts';
import { PIPELINE_LABELS, NAME_MARK } from './fold.ts';
import { deltaEncode, dayNumber, registerScript, registerJson, type Manifest, type DocEntry, type FacetTable } from './format.ts';

export interface ShardLimits {
  /** Bytes of encoded postings per term shard (a single larger key gets a shard of its own). */
  postingBytes: number;
  positionBytes: number;
  /** Bytes per results chunk (a handful of results: the first page's results fall in different chunks). */
  chunkBytes: number;
  /** Characters of body text kept for snippets (one file per document, loaded for results on screen). */
  textChars: number;
  /** Characters of the lead shown before a result's snippet text has loaded. */
  leadChars: number;
}

export const DEFAULT_LIMITS: ShardLimits = { postingBytes: 48_000, positionBytes: 160_000, chunkBytes: 4_000, textChars: 12_000, leadChars: 160 };

/** The first `chars` of `text` or less, cut at a space, with `…` when cut. */
export function leadOf(text: string, chars: number): string {
  const flat = text.slice(0, chars * 4).replace(/\s+/g, ' ').trim();
  if (flat.length <= chars) return text.length <= chars * 4 ? flat : flat + '…';
  const cut = flat.lastIndexOf(' ', chars);
  return flat.slice(0, cut > chars / 2 ? cut : chars) + '…';
}

export interface SearchFiles {
  manifest: Manifest;
  /** Path under search/ → file text. */
  files: Map<string, string>;
}

/** Receives each search file as it is made (path under search/, text), so an archive's files need not all be held at once. */
export type FileSink = (name: string, text: string) => void;

/** FNV-1a of a string: where runs may be cut (any fixed spread hash would do). */
function anchor(s: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 3) === 0;
}

/** A file's name: the first 12 hex digits of the SHA-256 of its data. */
const fileId = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex').slice(0, 12);
};

/** Whether a run holding `bytes` should be cut before an item of `more` bytes. */
const cutBefore = (bytes: number, more: number, budget: number, anchored: boolean) =>
  bytes + more > budget || (anchored && bytes >= budget / 2);

/** The search files of an archive, handed to `emit` one by one; returns the manifest (also emitted, last). */
export function emitShards(
  articles: SearchArticle[], index: BuiltIndex, emit: FileSink, limits: ShardLimits = DEFAULT_LIMITS,
  bodyOf: (a: SearchArticle, doc: number) => string = (a) => fieldsOf(a).body,
): Manifest {
  const shardFirsts: string[] = [];
  const shardIds: string[] = [];
  let keys: string[] = [];
  let dfs: number[] = [];
  let posts: string[] = [];
  let places: string[] = [];
  let termBytes = 0;
  let posBytes = 0;
  const flush = () => {
    if (!keys.length && shardFirsts.length) return;
    const k = JSON.stringify(keys);
    const t = `{"keys":${k},"df":[${dfs.join(',')}],"postings":[${posts.join(',')}]}`;
    const p = `{"keys":${k},"positions":[${places.join(',')}]}`;
    const id = fileId(t, p);
    shardFirsts.push(keys[0] ?? '');
    shardIds.push(id);
    emit(`t/${id}.js`, registerJson(`t${id}`, t));
    emit(`p/${id}.js`, registerJson(`p${id}`, p));
    keys = [];
    dfs = [];
    posts = [];
    places = [];
    termBytes = posBytes = 0;
  };
  const { start, doc, field, tf, length, posStart, pos } = index;
  index.keys.forEach((key, k) => {
    const row: string[] = [];
    const at: string[] = [];
    let prev = 0;
    for (let r = start[k]!; r < start[k + 1]!; r++) {
      row.push(`${doc[r]! - prev},${field[r]},${tf[r]},${length[r]}`);
      prev = doc[r]!;
      const xs: number[] = [];
      for (let i = posStart[r]!, last = 0; i < posStart[r + 1]!; i++) { xs.push(pos[i]! - last); last = pos[i]!; }
      at.push(`[${xs.join(',')}]`);
    }
    const enc = `[${row.join(',')}]`;
    const where = `[${at.join(',')}]`;
    const tb = enc.length + key.length + 10;
    const pb = where.length + key.length + 4;
    const twin = key === keys.at(-1) + NAME_MARK; // a word and its name key stay together: one shard per query word
    if (keys.length && !twin && (cutBefore(termBytes, tb, limits.postingBytes, anchor(key)) || posBytes + pb > limits.positionBytes)) flush();
    keys.push(key);
    dfs.push(start[k + 1]! - start[k]!);
    posts.push(enc);
    places.push(where);
    termBytes += tb;
    posBytes += pb;
  });
  if (keys.length || !shardFirsts.length) flush();
  shardFirsts[0] = ''; // the first shard also holds anything that sorts before its first key

  const chunks: number[] = [];
  const chunkIds: string[] = [];
  let chunk: string[] = [];
  let chunkBytes = 0;
  const flushChunk = () => {
    if (!chunk.length) return;
    const data = `[${chunk.join(',')}]`;
    const id = fileId(data);
    chunkIds.push(id);
    emit(`d/${id}.js`, registerJson(`d${id}`, data));
    chunk = [];
    chunkBytes = 0;
  };
  const texts = new Set<string>();
  articles.forEach((a, doc) => {
    const body = bodyOf(a, doc);
    const text = JSON.stringify(body.slice(0, limits.textChars));
    const textId = fileId(text);
    if (!texts.has(textId)) { // republished articles share their text file
      texts.add(textId);
      emit(`x/${textId}.js`, registerJson(`x${textId}`, text));
    }
    const entry: DocEntry = [a.record.title, a.url.replace(/^\//, '') + 'index.html', a.dateLabel, a.record.source, leadOf(body, limits.leadChars), textId, a.topics.map((t) => t.name)];
    const json = JSON.stringify(entry);
    if (chunk.length && cutBefore(chunkBytes, json.length, limits.chunkBytes, anchor(a.url))) flushChunk();
    if (!chunk.length) chunks.push(doc);
    chunk.push(json);
    chunkBytes += json.length;
  });
  flushChunk();

  const sources = [...new Set(articles.map((a) => a.record.source).filter((s): s is string => !!s))].sort();
  const topics = [...new Set(articles.flatMap((a) => a.topics.map((t) => t.name)))].sort();
  const sourceNo = new Map(sources.map((s, i) => [s, i]));
  const topicNo = new Map(topics.map((t, i) => [t, i]));
  const facets: FacetTable = {
    sources,
    topics,
    source: articles.map((a) => (a.record.source ? sourceNo.get(a.record.source)! : -1)),
    topic: articles.map((a) => a.topics.map((t) => topicNo.get(t.name)!)),
  };
  const facetsJson = JSON.stringify(facets);
  const facetsId = fileId(facetsJson);
  emit(`f/${facetsId}.js`, registerJson(`f${facetsId}`, facetsJson));
  const days = articles.map((a) => (a.record.date ? dayNumber(a.record.date) : -1));
  const manifest: Manifest = {
    version: '',
    pipeline: [...PIPELINE_LABELS],
    fields: [...FIELD_NAMES],
    docCount: articles.length,
    averages: index.averages,
    aliases: index.aliases,
    shards: shardFirsts,
    shardIds,
    chunks,
    chunkIds,
    facetsId,
    days: deltaEncode(days),
  };
  manifest.version = fileId(JSON.stringify(manifest)); // names every file, so it changes with any of them
  emit('manifest.js', registerScript('manifest', manifest));
  return manifest;
}

/** The search files of an archive, all in memory (tests, small archives). */
export function writeShards(articles: SearchArticle[], index: BuiltIndex, limits: ShardLimits = DEFAULT_LIMITS): SearchFiles {
  const files = new Map<string, string>();
  const manifest = emitShards(articles, index, (name, text) => files.set(name, text), limits);
  return { manifest, files };
}
