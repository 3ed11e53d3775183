/**
 * Counts distinct terms (lower-cased runs of letters and digits) and how many documents contain each,
 * to check that the synthetic vocabulary grows with the archive and to choose benchmark queries.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const NON_ASCII_LETTER = /[^\x00-\x7f‘’“”–—©£]/;

/** Lower-cased word tokens of a text. @example tokens('Kyiv (Reuters) - 30 towns') // ['kyiv', 'reuters', '30', 'towns'] */
export function tokens(text: string): string[] {
  const lower = text.toLowerCase();
  // Generated text is ASCII apart from quotes and dashes: the fast split is exact for it.
  if (NON_ASCII_LETTER.test(lower)) return lower.match(TOKEN) ?? [];
  return lower.split(ASCII_SEPARATORS).filter((t) => t !== '');
}

/** Each term's value packs (document frequency × DOC_SPAN + last document counted). */
const DOC_SPAN = 2 ** 24;

/** Document frequencies of terms over the documents added so far. */
export class TermCounter {
  private readonly packed = new Map<string, number>();
  documents = 0;

  /** Count one document's distinct terms. */
  add(text: string): void {
    const doc = ++this.documents % DOC_SPAN;
    for (const t of tokens(text)) {
      const v = this.packed.get(t);
      if (v === undefined) this.packed.set(t, DOC_SPAN + doc);
      else if (v % DOC_SPAN !== doc) this.packed.set(t, v - (v % DOC_SPAN) + DOC_SPAN + doc);
    }
  }

  /** How many distinct terms the documents contain. */
  get distinct(): number {
    return this.packed.size;
  }

  /** In how many documents `term` (any case) occurs. */
  docFrequency(term: string): number {
    return Math.floor((this.packed.get(term.toLowerCase()) ?? 0) / DOC_SPAN);
  }
}
