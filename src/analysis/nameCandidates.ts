/**
 * Candidate names in one text: runs of capitalised words ('Vladimir Putin', 'Ministry of Defence'),
 * each marked with whether it began a sentence (where a capital proves nothing). Pure: the
 * archive-wide step in topics.ts decides which candidates are names.
 */
import { WORD, TITLE_CASE, ACRONYM, SENTENCE_END, POSSESSIVE, CONNECTORS, HYPHENATED_NAME } from './topicRules.ts';

export interface NameCandidate {
  /** The words as written, possessive dropped. */
  words: string[];
  /** True when the first word opens a sentence or a headline-style line. */
  initial: boolean;
}

const MAX_WORDS = 6;

/** Markdown marks and link targets out, so only the words remain. */
export function stripMarkdown(md: string): string {
  return md.replace(/\]\([^)]*\)/g, ']').replace(/^#{1,6}\s+/gm, '\n').replace(/[*_`>#[\]\\]/g, ' ');
}

/**
 * Capitalised runs of `text`. `allInitial` marks every run as uncertain (headlines are in
 * title case, so their capitals prove nothing).
 */
export function nameCandidates(text: string, allInitial = false): NameCandidate[] {
  const out: NameCandidate[] = [];
  let run: string[] = [];
  let pending: string[] = []; // connectors waiting for a capitalised word
  let runInitial = false;
  let lastEnd = 0;
  const flush = () => {
    if (run.length) out.push({ words: run, initial: runInitial || allInitial });
    run = [];
    pending = [];
  };
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(lastEnd, m.index);
    lastEnd = m.index + m[0].length;
    const word = m[0].replace(POSSESSIVE, '');
    const adjacent = /^ $/.test(gap) || gap === '';
    const capital = isCapitalised(word) && !(ACRONYM.test(word) && isShouting(text, m.index, lastEnd));
    if (run.length && !adjacent) flush();
    if (capital) {
      if (!run.length) runInitial = m.index === 0 || SENTENCE_END.test(text.slice(Math.max(0, m.index - 6), m.index));
      run.push(...pending, word);
      pending = [];
      if (run.length >= MAX_WORDS) flush();
    } else if (run.length && CONNECTORS.has(word) && pending.length < 2) {
      pending.push(word);
    } else {
      flush();
    }
    // A possessive ends the name: "Putin’s troops" is not a two-word name.
    if (word !== m[0]) flush();
  }
  flush();
  return out;
}

/** Title case ('Izium'), an acronym ('NATO') or a hyphenated name; never 'pro-Kremlin'. */
export function isCapitalised(word: string): boolean {
  if (word.includes('-')) return HYPHENATED_NAME.test(word);
  return TITLE_CASE.test(word) || ACRONYM.test(word);
}

/** An all-capitals word inside an all-capitals stretch is shouting, not an acronym. */
function isShouting(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}{2,})[^\p{L}]{1,3}$/u.test(text.slice(Math.max(0, start - 12), start));
  const after = /^[^\p{L}]{1,3}\p{Lu}{2,}/u.test(text.slice(end, end + 12));
  return before || after;
}
