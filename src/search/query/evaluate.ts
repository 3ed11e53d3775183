/**
 * Evaluating a parsed query against the sharded index: load the term shards its keys fall in
 * (and position shards for phrases), score each row by BM25 with the manifest's global numbers,
 * add the scores up per document, apply +, -, fields and dates. A document's score is the sum over
 * the query's terms, exactly what one whole Lunr index would give.
 */
import { termsOf } from '../terms.ts';
import { NAME_MARK } from '../fold.ts';
import { decodePostings, deltaDecode, shardOf, dayNumber, type Manifest, type TermShard, type PositionShard, type Postings } from '../format.ts';
import { lunrIdf, rowScore } from '../score.ts';
import type { Clause, ParsedQuery } from './parse.ts';
import { withinOneEdit } from './editDistance.ts';

/** Where the evaluator gets shards from: script files in the browser, memory in tests. */
export interface IndexSource {
  manifest: Manifest;
  termShard(n: number): Promise<TermShard>;
  positionShard(n: number): Promise<PositionShard>;
}

/** One matching document. */
export interface Hit {
  doc: number;
  score: number;
  /** Clauses (words or phrases) it matched. */
  matched: number;
  /** Clauses it matched in the headline. */
  title: number;
  /** Days since 1970 (-1 undated). */
  day: number;
}

export interface Evaluation {
  hits: Hit[];
  /** Index keys that matched, to mark in snippets. */
  keys: string[];
  /** Words with no exact match that were matched one edit away. */
  corrections: Array<{ word: string; keys: string[] }>;
}

/** Words shorter than this are never matched by typo. */
export const TYPO_MIN_LETTERS = 5;

const docDays = new WeakMap<Manifest, number[]>();
/** Per-document day numbers of a manifest, decoded once. */
export function daysOf(m: Manifest): number[] {
  let d = docDays.get(m);
  if (!d) docDays.set(m, (d = deltaDecode(m.days)));
  return d;
}

function find(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] === key) return mid;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

interface Match { score: number; title: boolean }
type Token = { index: number; keys: string[]; word: string };

/** The query's words as tokens: each with its token number and the keys it is looked up under. */
function tokensOf(text: string, aliases: Record<string, string>): Token[] {
  const byIndex = new Map<number, Token>();
  for (const t of termsOf(text, { kind: 'query', aliases })) {
    const tok = byIndex.get(t.index) ?? { index: t.index, keys: [], word: text.slice(t.start, t.start + t.length) };
    tok.keys.push(t.key);
    byIndex.set(t.index, tok);
  }
  return [...byIndex.values()];
}

/** Run a parsed query. Never throws for a query; rejects only if a shard cannot be loaded. */
export async function evaluate(q: ParsedQuery, src: IndexSource): Promise<Evaluation> {
  const m = src.manifest;
  const clauses = q.clauses.map((c) => ({ c, tokens: tokensOf(c.text, m.aliases) })).filter((x) => x.tokens.length);
  const shardNos = new Set(clauses.flatMap((x) => x.tokens.flatMap((t) => t.keys.map((k) => shardOf(m.shards, k)))));
  const shards = new Map(await Promise.all([...shardNos].map(async (n) => [n, await src.termShard(n)] as const)));
  const fieldNo = (c: Clause) => (c.field ? m.fields.indexOf(c.field) : -1);
  const matchedKeys = new Set<string>();
  const corrections: Evaluation['corrections'] = [];

  const postingsOf = (key: string): Postings => {
    const shard = shards.get(shardOf(m.shards, key))!;
    return decoded(shard, find(shard.keys, key), m);
  };

  const termMatches = (c: Clause, tok: Token): Map<number, Match> => {
    let keys = tok.keys.filter((k) => postingsOf(k).doc.length);
    if (!keys.length && tok.word.replace(/[^\p{L}]/gu, '').length >= TYPO_MIN_LETTERS) {
      keys = typoKeys(tok.keys, shards, m.shards);
      if (keys.length) corrections.push({ word: tok.word, keys });
    }
    const out = new Map<number, Match>();
    const f = fieldNo(c);
    for (const key of keys) {
      const p = postingsOf(key);
      for (let r = 0; r < p.doc.length; r++) {
        if (f >= 0 && p.field[r] !== f) continue;
        const d = p.doc[r]!;
        let hit = out.get(d);
        if (!hit) out.set(d, (hit = { score: 0, title: false }));
        hit.score += p.score[r]!;
        if (p.field[r] === 0) hit.title = true;
      }
      if (p.doc.length) matchedKeys.add(key);
    }
    return out;
  };

  const phraseMatches = async (c: Clause, toks: Token[]): Promise<Map<number, Match>> => {
    const f = fieldNo(c);
    // Per token: (doc, field) → positions shifted back to the phrase's start, and weights.
    const perToken = await Promise.all(toks.map(async (tok) => {
      const places = new Map<number, { at: Set<number>; weight: number }>();
      for (const key of tok.keys) {
        const n = shardOf(m.shards, key);
        const shard = shards.get(n)!;
        const i = find(shard.keys, key);
        if (i < 0) continue;
        const pos = (await src.positionShard(n)).positions[i]!;
        const p = decoded(shard, i, m);
        for (let j = 0; j < p.doc.length; j++) {
          if (f >= 0 && p.field[j] !== f) continue;
          const slot = p.doc[j]! * 8 + p.field[j]!;
          const place = places.get(slot) ?? { at: new Set<number>(), weight: 0 };
          for (const x of deltaDecode(pos[j]!)) place.at.add(x - (tok.index - toks[0]!.index));
          place.weight += p.score[j]!;
          places.set(slot, place);
        }
      }
      return places;
    }));
    const out = new Map<number, Match>();
    for (const [slot, first] of perToken[0]!) {
      const rest = perToken.slice(1).map((p) => p.get(slot));
      if (rest.some((r) => !r)) continue;
      if (![...first.at].some((x) => rest.every((r) => r!.at.has(x)))) continue;
      const doc = Math.floor(slot / 8);
      const hit = out.get(doc) ?? { score: 0, title: false };
      hit.score += first.weight + rest.reduce((s, r) => s + r!.weight, 0);
      hit.title ||= slot % 8 === 0;
      out.set(doc, hit);
    }
    if (out.size) for (const tok of toks) tok.keys.forEach((k) => matchedKeys.add(k));
    return out;
  };

  const results = await Promise.all(clauses.map(({ c, tokens }) =>
    c.kind === 'phrase' || tokens.length > 1 ? phraseMatches(c, tokens) : Promise.resolve(termMatches(c, tokens[0]!))));

  const days = daysOf(m);
  const from = q.dates.from ? dayNumber(q.dates.from) : -Infinity;
  const to = q.dates.to ? dayNumber(q.dates.to) : Infinity;
  const dated = q.dates.from !== undefined || q.dates.to !== undefined;
  const inRange = (doc: number) => !dated || (days[doc]! >= 0 && days[doc]! >= from && days[doc]! <= to);

  const must = clauses.map((x, i) => (x.c.presence === 'must' ? results[i]! : null)).filter((r): r is Map<number, Match> => !!r);
  const not = clauses.map((x, i) => (x.c.presence === 'not' ? results[i]! : null)).filter((r): r is Map<number, Match> => !!r);
  const positive = clauses.some((x) => x.c.presence !== 'not');
  let candidates: Iterable<number>;
  if (must.length) candidates = [...must[0]!.keys()].filter((d) => must.every((r) => r.has(d)));
  else if (positive) candidates = new Set(results.flatMap((r, i) => (clauses[i]!.c.presence === 'should' ? [...r.keys()] : [])));
  else if (dated || not.length) candidates = days.keys(); // only filters: every article they allow
  else candidates = [];

  const hits: Hit[] = [];
  for (const doc of candidates) {
    if (!inRange(doc) || not.some((r) => r.has(doc))) continue;
    const hit: Hit = { doc, score: 0, matched: 0, title: 0, day: days[doc]! };
    results.forEach((r, i) => {
      const x = r.get(doc);
      if (!x || clauses[i]!.c.presence === 'not') return;
      hit.score += x.score;
      hit.matched++;
      if (x.title) hit.title++;
    });
    hits.push(hit);
  }
  return { hits, keys: [...matchedKeys], corrections };
}

const NONE: Postings = { doc: new Uint32Array(0), field: new Uint8Array(0), score: new Float64Array(0) };
const decodedRows = new WeakMap<TermShard, Map<number, Postings>>();

/** The rows of key `i` of a loaded shard, decoded and scored once per page (a shard stays loaded). */
function decoded(shard: TermShard, i: number, m: Manifest): Postings {
  if (i < 0) return NONE;
  let byKey = decodedRows.get(shard);
  if (!byKey) decodedRows.set(shard, (byKey = new Map()));
  let p = byKey.get(i);
  if (!p) byKey.set(i, (p = decodePostings(shard.postings[i]!, m.averages, lunrIdf(shard.df[i]!, m.docCount), rowScore)));
  return p;
}

/** Keys one edit from any of `keys` in the shards already loaded (a name key only to name keys). */
function typoKeys(keys: string[], shards: Map<number, TermShard>, firsts: string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    const name = key.endsWith(NAME_MARK);
    const shard = shards.get(shardOf(firsts, key));
    if (!shard) continue;
    for (const k of shard.keys) if (k.endsWith(NAME_MARK) === name && withinOneEdit(k, key)) out.add(k);
  }
  return [...out];
}
