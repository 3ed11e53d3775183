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
  /** Mid-sentence case counts of the body and lead: term, upper, lower, term, upper, lower, … */
  tally: Array<string | number>;
  /** The headline's words, normalised (terms seen in a headline). */
  titleWords: string[];
  /** Distinct lowercased tokens, in order of first use. */
  vocab: string[];
  /** Per field (FIELDS order), the field's tokens as indexes into `vocab`. */
  fields: Uint32Array[];
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
  const tally: Array<string | number> = [];
  for (const [term, c] of counts) tally.push(term, c.upper, c.lower);
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
    return Uint32Array.from(out);
  });
  return { tally, titleWords, vocab, fields, body: text.body };
}

/** Everything `articleTerms` reads of an article, hashed with `code` (the search code's version): its cache key. */
export function articleTermsKey(a: SearchArticle, code: string): string {
  const r = a.record;
  return createHash('sha256')
    .update(code)
    .update(JSON.stringify([r.title, r.kicker, r.standfirst, r.authors, r.source, r.syndicated_from, r.credit, r.body, a.topics]))
    .digest('base64url')
    .slice(0, 24);
}
