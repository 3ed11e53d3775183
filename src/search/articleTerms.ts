/**
 * What the index takes from one article before it looks at the others: how the article writes
 * each word mid-sentence (for telling names), its headline's words, its tokens field by field, and
 * its plain body (for snippets). It depends on that article alone, so a rebuild can keep it from the
 * last build for every article that did not change (see termsCache.ts).
 *
 * Tokens are kept as the article's own vocabulary (distinct lowercased tokens) and, per field,
 * indexes into it: the index maps the vocabulary to its word numbers once per article.
 */
import { createHash } from 'node:crypto';
import { FIELDS, fieldsOf, type SearchArticle } from './fields.ts';
import { tallyCase, type CaseCounts } from './names.ts';
import { normaliseTerm } from './fold.ts';

export interface ArticleTerms {
  /** Terms written mid-sentence in the body and lead, newline-separated… */
  tallyTerms: string;
  /** …and for each, how often capitalised and how often in lower case (upper, lower, upper, …). */
  tallyCounts: Uint32Array;
  /** The headline's words, normalised (terms seen in a headline). */
  titleWords: string[];
  /** Distinct lowercased tokens, space-separated (a token has no spaces), in order of first use. */
  vocab: string;
  /** Per field (FIELDS order), the field's tokens as indexes into the vocabulary. */
  fields: Array<Uint16Array | Uint32Array>;
  /** The body as plain text. */
  body: string;
}

/** Lunr's separator (lunr.tokenizer.separator is /[\s\-]+/), as runs of what is not one. */
const TOKEN = /[^\s-]+/g;

export function articleTerms(a: SearchArticle): ArticleTerms {
  const text = fieldsOf(a);
  const counts = new Map<string, CaseCounts>();
  tallyCase(text.body, counts);
  tallyCase(text.lead, counts);
  const tallyCounts = new Uint32Array(counts.size * 2);
  let k = 0;
  for (const c of counts.values()) { tallyCounts[k++] = c.upper; tallyCounts[k++] = c.lower; }
  const titleWords = text.title.split(/[\s\-]+/).map((w) => normaliseTerm(w).replace(/^\W+|\W+$/g, ''));
  const vocab: string[] = [];
  const number = new Map<string, number>();
  const fields = FIELDS.map((f) => {
    const out: number[] = [];
    for (const m of text[f.name].toLowerCase().matchAll(TOKEN)) {
      let n = number.get(m[0]);
      if (n === undefined) {
        n = vocab.length;
        number.set(m[0], n);
        vocab.push(m[0]);
      }
      out.push(n);
    }
    return out;
  });
  // Two bytes a token unless the article has more than 65,536 distinct ones (the cache keeps these).
  const wide = vocab.length > 0xffff;
  return {
    tallyTerms: [...counts.keys()].join('\n'), tallyCounts, titleWords, vocab: vocab.join(' '),
    fields: fields.map((f) => (wide ? Uint32Array.from(f) : Uint16Array.from(f))), body: text.body,
  };
}

/** The vocabulary and tally terms as lists (empty text is no entries). */
export const vocabOf = (t: ArticleTerms): string[] => (t.vocab ? t.vocab.split(' ') : []);
export const tallyTermsOf = (t: ArticleTerms): string[] => (t.tallyCounts.length ? t.tallyTerms.split('\n') : []);

/** Everything `articleTerms` reads of an article, hashed with `code` (the search code's version): its cache key. */
export function articleTermsKey(a: SearchArticle, code: string): string {
  const r = a.record;
  return createHash('sha256')
    .update(code)
    .update(JSON.stringify([r.title, r.kicker, r.standfirst, r.authors, r.source, r.syndicated_from, r.credit, r.body, a.topics]))
    .digest('base64url')
    .slice(0, 24);
}
