/**
 * Index-time tokenising at archive scale: the same tokenizer and pipeline as terms.ts, but each
 * distinct word goes through the pipeline once, and a field becomes an array of word numbers.
 * An archive of 10,000 articles has some 6 million tokens and under 200,000 distinct words, so
 * running Lunr's pipeline per token (a Token object, a stemmer call each) was most of the build.
 *
 *   const table = new TermTable();
 *   table.field('Raise the white flag');   // Int32Array [rais, -1, white, flag] as word numbers
 *   table.keysFor(role)                    // word number → index key ('rais', 'white', 'flag')
 */
import lunr from 'lunr';
import { loadPipeline, type FoldRole } from './fold.ts';

/** Lunr's separator (lunr.tokenizer.separator is /[\s\-]+/), as runs of what is not one. */
const TOKEN = /[^\s-]+/g;

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

  /**
   * The words of one field in token order: a word number per token, DROPPED where the pipeline
   * drops the token. Token numbers (array indexes) count every token, as lunr.tokenizer does.
   */
  field(text: string): Int32Array {
    const lower = text.toLowerCase();
    const out: number[] = [];
    for (const m of lower.matchAll(TOKEN)) out.push(this.wordOf(m[0]));
    return Int32Array.from(out);
  }

  private wordOf(raw: string): number {
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
