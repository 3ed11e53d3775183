/**
 * The archive's inverted index, built in one pass over the articles into flat typed arrays (rows
 * of document, field, term frequency, field length; token numbers beside them), sorted by key.
 *
 * It stores what BM25 needs rather than finished scores: a row's weight depends on the term's
 * document frequency, the number of documents and the average field lengths (see score.ts), and
 * those change a little with every article. Computing them at query time keeps a term shard's
 * bytes a function of its own terms' rows only, so one changed article rewrites only the shards
 * of the words it has. The scores are still Lunr's (tests/search/buildIndex.test.ts pins them).
 */
import { FIELDS, fieldsOf, type FieldName, type SearchArticle } from './fields.ts';
import { termsOf } from './terms.ts';
import { tallyCase, nameTerms, type CaseCounts } from './names.ts';
import { aliasMap } from './aliases.ts';
import { normaliseTerm, type FoldRole } from './fold.ts';
import { TermTable, DROPPED } from './termTable.ts';
import { articleTerms, tallyTermsOf, vocabOf, type ArticleTerms } from './articleTerms.ts';

export interface BuiltIndex {
  docCount: number;
  /** Every key, sorted (code unit order, as the browser compares them). */
  keys: string[];
  /** The rows of keys[k] are start[k] … start[k+1]-1: documents ascending, then fields ascending. */
  start: Uint32Array;
  doc: Uint32Array;
  field: Uint8Array;
  /** Occurrences of the key in that field of that document. */
  tf: Uint32Array;
  /** Terms in that field of that document (BM25's field length). */
  length: Uint32Array;
  /** Token numbers of row r: pos[posStart[r]] … pos[posStart[r+1]-1], ascending. */
  posStart: Uint32Array;
  pos: Uint32Array;
  /** Average length of each field over all documents (FIELDS order). */
  averages: number[];
  /** Topic variants, folded spelling → key (shipped to the browser for queries). */
  aliases: Record<string, string>;
}

/** One key's rows, as plain arrays (for tests and small tools). */
export interface TermPostings { docs: number[]; fields: number[]; tfs: number[]; lengths: number[]; positions: number[][] }

/** The rows of `key`, or undefined when no document has it. */
export function postingsOf(index: BuiltIndex, key: string): TermPostings | undefined {
  let lo = 0;
  let hi = index.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = index.keys[mid]!;
    if (k === key) {
      const out: TermPostings = { docs: [], fields: [], tfs: [], lengths: [], positions: [] };
      for (let r = index.start[mid]!; r < index.start[mid + 1]!; r++) {
        out.docs.push(index.doc[r]!);
        out.fields.push(index.field[r]!);
        out.tfs.push(index.tf[r]!);
        out.lengths.push(index.length[r]!);
        out.positions.push([...index.pos.subarray(index.posStart[r]!, index.posStart[r + 1]!)]);
      }
      return out;
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

type IndexRole = Extract<FoldRole, { kind: 'index' }> & { aliases: Record<string, string> };

/** Names and topic variants from the archive's case tallies, headline words and given names. */
function roleOf(articles: SearchArticle[], tally: Map<string, CaseCounts>, seen: Set<string>): IndexRole {
  const given = articles.flatMap((a) => [...a.record.authors, ...a.topics.flatMap((t) => [t.name, ...t.aliases])]);
  const names = nameTerms(tally, seen, given);
  return { kind: 'index', isName: (t: string) => names.has(t), aliases: aliasMap(articles.flatMap((a) => a.topics)) };
}

function tallyArticle(t: Record<FieldName, string>, tally: Map<string, CaseCounts>, seen: Set<string>): void {
  tallyCase(t.body, tally);
  tallyCase(t.lead, tally);
  for (const w of t.title.split(/[\s\-]+/)) seen.add(normaliseTerm(w).replace(/^\W+|\W+$/g, ''));
}

/** How the pipeline treats each term of this archive: which terms are names, which spellings are topic variants. */
export function indexRole(articles: SearchArticle[], texts = articles.map(fieldsOf)): IndexRole {
  const tally = new Map<string, CaseCounts>();
  const seen = new Set<string>();
  for (const t of texts) tallyArticle(t, tally, seen);
  return roleOf(articles, tally, seen);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Build the index of `articles`; document n is `articles[n]`. `termsOfArticle` gives each article's own
 * terms (a cache may hand back the last build's); only the tokens are kept of them.
 */
export function buildIndex(articles: SearchArticle[], termsOfArticle: (a: SearchArticle, doc: number) => ArticleTerms = articleTerms): BuiltIndex {
  const F = FIELDS.length;
  const table = new TermTable();
  const tally = new Map<string, CaseCounts>();
  const seen = new Set<string>();
  // Pass 1: every field as word numbers; the texts themselves are not kept.
  const words: Int32Array[] = new Array(articles.length * F);
  articles.forEach((a, doc) => {
    const t = termsOfArticle(a, doc);
    tallyTermsOf(t).forEach((term, k) => {
      let c = tally.get(term);
      if (!c) tally.set(term, (c = { upper: 0, lower: 0 }));
      c.upper += t.tallyCounts[2 * k]!;
      c.lower += t.tallyCounts[2 * k + 1]!;
    });
    for (const w of t.titleWords) seen.add(w);
    const local = Int32Array.from(vocabOf(t), (raw) => table.wordOf(raw));
    t.fields.forEach((ids, i) => (words[doc * F + i] = Int32Array.from(ids, (j) => local[j]!)));
  });
  const role = roleOf(articles, tally, seen);

  // Words → keys, keys numbered in sorted order.
  const wordKeys = table.keysFor(role);
  const keys = [...new Set(wordKeys)].sort(byCodeUnit);
  const keyNo = new Map(keys.map((k, i) => [k, i]));
  const keyOf = Int32Array.from(wordKeys, (k) => keyNo.get(k)!);
  // A sanity check against the reference path: the first article's body, tokenised by Lunr's own pipeline.
  if (articles.length) {
    const ref = termsOf(fieldsOf(articles[0]!).body, role).map((t) => t.key).join(' ');
    const ours = [...words[F - 1]!].filter((w) => w !== DROPPED).map((w) => wordKeys[w]).join(' ');
    if (ref !== ours) throw new Error('search: the fast tokenizer disagrees with the Lunr pipeline on the first article');
  }

  // Pass 2: count rows and token numbers per key.
  const K = keys.length;
  const rows = new Uint32Array(K + 1);
  const places = new Float64Array(K + 1);
  const stamp = new Int32Array(K).fill(-1);
  const lengthSum = new Float64Array(F);
  for (let s = 0; s < words.length; s++) {
    for (const w of words[s]!) {
      if (w === DROPPED) continue;
      const k = keyOf[w]!;
      if (stamp[k] !== s) { stamp[k] = s; rows[k] = rows[k]! + 1; }
      places[k] = places[k]! + 1;
      lengthSum[s % F] = lengthSum[s % F]! + 1;
    }
  }
  const start = new Uint32Array(K + 1);
  const posBase = new Float64Array(K + 1);
  for (let k = 0; k < K; k++) { start[k + 1] = start[k]! + rows[k]!; posBase[k + 1] = posBase[k]! + places[k]!; }
  const R = start[K]!;
  const doc = new Uint32Array(R);
  const field = new Uint8Array(R);
  const tf = new Uint32Array(R);
  const length = new Uint32Array(R);
  const posStart = new Uint32Array(R + 1);
  const pos = new Uint32Array(posBase[K]!);

  // Pass 3: fill. Rows of a key come in document order, then field order, as the slots are visited.
  const nextRow = Uint32Array.from(start.subarray(0, K));
  const nextPos = Float64Array.from(posBase.subarray(0, K));
  const rowOf = new Uint32Array(K);
  const cursor = new Float64Array(K);
  stamp.fill(-1);
  for (let s = 0; s < words.length; s++) {
    const ws = words[s]!;
    let len = 0;
    for (const w of ws) if (w !== DROPPED) len++;
    const here: number[] = [];
    for (const w of ws) {
      if (w === DROPPED) continue;
      const k = keyOf[w]!;
      if (stamp[k] !== s) {
        stamp[k] = s;
        const r = (rowOf[k] = nextRow[k]!);
        nextRow[k] = r + 1;
        doc[r] = Math.floor(s / F);
        field[r] = s % F;
        length[r] = len;
        here.push(k);
      }
      tf[rowOf[k]!] = tf[rowOf[k]!]! + 1;
    }
    for (const k of here) { const r = rowOf[k]!; posStart[r] = cursor[k] = nextPos[k]!; nextPos[k] = nextPos[k]! + tf[r]!; }
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w === DROPPED) continue;
      const k = keyOf[w]!;
      pos[cursor[k]!] = i;
      cursor[k] = cursor[k]! + 1;
    }
    words[s] = EMPTY; // let the field's words go as soon as they are in the index
  }
  posStart[R] = pos.length;
  const n = Math.max(articles.length, 1);
  return {
    docCount: articles.length, keys, start, doc, field, tf, length, posStart, pos,
    averages: [...lengthSum].map((x) => x / n), aliases: role.aliases,
  };
}

const EMPTY = new Int32Array(0);
