/**
 * Index-time tokenising at archive scale: the same pipeline as terms.ts, but each distinct word goes
 * through it once. An archive of 10,000 articles has some 6 million tokens and under 200,000
 * distinct words, so running Lunr's pipeline per token (a Token object, a stemmer call each) was
 * most of the build. Tokens are split per article (articleTerms.ts); this table numbers them.
 *
 *   const table = new TermTable();
 *   ['raise', 'the', 'white'].map((t) => table.wordOf(t));   // [0, DROPPED, 1]: 'the' is a stop word
 *   table.keysFor(role)                                      // word number → index key
 */
import lunr from 'lunr';
import { loadPipeline, type FoldRole } from './fold.ts';

type Stage = (token: lunr.Token) => lunr.Token | lunr.Token[] | null | undefined;

/** A word that the pipeline drops (a stop word, only punctuation, only marks). */
export const DROPPED = -1;

export class TermTable {
  /** Distinct words after normalising and trimming (before folding), by number. */
  readonly words: string[] = [];
  private readonly number = new Map<string, number>();
  /** Raw lowercased token → word number or DROPPED. */
  private readonly seen = new Map<string, number>();
  private readonly stages: Stage[];
  private readonly fold: Stage;

  constructor() {
    const fns = (loadPipeline() as unknown as { _stack: Stage[] })._stack;
    this.stages = fns.slice(0, -1); // clippingsNormalise, trimmer, stopWordFilter
    this.fold = fns.at(-1)!; // clippingsFold: depends on the archive's names, applied later per word
  }

  /** The word number of one lowercased token, or DROPPED. */
  wordOf(raw: string): number {
    let n = this.seen.get(raw);
    if (n !== undefined) return n;
    let token: lunr.Token | null = new lunr.Token(raw, {});
    for (const stage of this.stages) {
      const r: ReturnType<Stage> = token && stage(token);
      token = r === null || r === undefined || (r as unknown) === '' ? null : (r as lunr.Token);
    }
    if (!token) n = DROPPED;
    else {
      const word = token.toString();
      n = this.number.get(word);
      if (n === undefined) {
        n = this.words.length;
        this.words.push(word);
        this.number.set(word, n);
      }
    }
    this.seen.set(raw, n);
    return n;
  }

  /** The index key of every word, for this archive's names and topic variants. */
  keysFor(role: Extract<FoldRole, { kind: 'index' }>): string[] {
    return this.words.map((w) => {
      const t = new lunr.Token(w, { fold: role });
      return (this.fold(t) as lunr.Token).toString();
    });
  }
}
