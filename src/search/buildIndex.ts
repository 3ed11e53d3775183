/**
 * The archive's inverted index, built once over every article so that term statistics (idf,
 * average field lengths) are global: a shard cut from it scores a document exactly as one
 * whole Lunr index would. Scores are Lunr's BM25 (k1 1.2, b 0.75), field boost included, in
 * thousandths — a document's score for a query is the sum of its postings' weights over the
 * query's terms, so shards can be fetched separately and added up.
 */
import type { ArticlePage } from '../analysis/corpus.ts';
import { FIELDS, fieldsOf } from './fields.ts';
import { termsOf } from './terms.ts';
import { tallyCase, nameTerms, type CaseCounts } from './names.ts';
import { aliasMap } from './aliases.ts';
import { normaliseTerm, type FoldRole } from './fold.ts';

/** Every occurrence of one term: parallel arrays, documents ascending, then fields ascending. */
export interface TermPostings {
  docs: number[];
  fields: number[];
  /** BM25 × field boost, in thousandths (Lunr rounds to three decimals too). */
  weights: number[];
  /** Token numbers of the term in that field of that document. */
  positions: number[][];
}

export interface BuiltIndex {
  docCount: number;
  /** Every key, sorted (code unit order, as the browser compares them). */
  keys: string[];
  postings: Map<string, TermPostings>;
  /** Topic variants, folded spelling → key (shipped to the browser for queries). */
  aliases: Record<string, string>;
}

const K1 = 1.2;
const B = 0.75;

/** Lunr's idf: a document counts once per field the term appears in (lunr.idf). */
export function lunrIdf(fieldPostings: number, docCount: number): number {
  return Math.log(1 + Math.abs((docCount - fieldPostings + 0.5) / (fieldPostings + 0.5)));
}

/** How the pipeline treats each term of this archive: which terms are names, which spellings are topic variants. */
export function indexRole(articles: ArticlePage[], texts = articles.map(fieldsOf)): Extract<FoldRole, { kind: 'index' }> & { aliases: Record<string, string> } {
  const tally = new Map<string, CaseCounts>();
  const seen = new Set<string>();
  for (const t of texts) {
    tallyCase(t.body, tally);
    tallyCase(t.lead, tally);
    for (const w of t.title.split(/[\s\-]+/)) seen.add(normaliseTerm(w).replace(/^\W+|\W+$/g, ''));
  }
  const given = articles.flatMap((a) => [...a.record.authors, ...a.topics.flatMap((t) => [t.name, ...t.aliases])]);
  const names = nameTerms(tally, seen, given);
  return { kind: 'index', isName: (t: string) => names.has(t), aliases: aliasMap(articles.flatMap((a) => a.topics)) };
}

/** Build the index of `articles`; document n is `articles[n]`. */
export function buildIndex(articles: ArticlePage[]): BuiltIndex {
  const texts = articles.map(fieldsOf);
  const role = indexRole(articles, texts);
  const postings = new Map<string, TermPostings & { tfs: number[] }>();
  const lengths = FIELDS.map(() => new Array<number>(articles.length).fill(0));
  texts.forEach((text, doc) => {
    FIELDS.forEach((field, f) => {
      const terms = termsOf(text[field.name], role);
      lengths[f]![doc] = terms.length;
      const here = new Map<string, number[]>();
      for (const t of terms) {
        const list = here.get(t.key);
        if (list) list.push(t.index);
        else here.set(t.key, [t.index]);
      }
      for (const [key, positions] of here) {
        let p = postings.get(key);
        if (!p) postings.set(key, (p = { docs: [], fields: [], weights: [], positions: [], tfs: [] }));
        p.docs.push(doc);
        p.fields.push(f);
        p.tfs.push(positions.length);
        p.positions.push(positions);
      }
    });
  });

  const n = Math.max(articles.length, 1);
  const average = lengths.map((l) => l.reduce((a, b) => a + b, 0) / n);
  for (const p of postings.values()) {
    const idf = lunrIdf(p.docs.length, articles.length);
    p.weights = p.tfs.map((tf, i) => {
      const f = p.fields[i]!;
      const norm = average[f]! ? lengths[f]![p.docs[i]!]! / average[f]! : 0;
      return Math.round(((idf * (K1 + 1) * tf) / (K1 * (1 - B + B * norm) + tf)) * FIELDS[f]!.boost * 1000);
    });
    delete (p as Partial<typeof p>).tfs;
  }
  const keys = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { docCount: articles.length, keys, postings, aliases: role.aliases };
}
