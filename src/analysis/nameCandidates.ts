/**
 * Candidate names in one text: runs of capitalised words ('Vladimir Putin', 'Ministry of Defence'),
 * each marked with whether it began a sentence (where a capital proves nothing). Pure: the
 * archive-wide step in topics.ts decides which candidates are names.
 */
import { WORD, TITLE_CASE, ACRONYM, SENTENCE_END, CONNECTORS, HYPHENATED_NAME } from './topicRules.ts';

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

/** How often one word (lower-cased) is written in lower case, and capitalised mid-sentence. */
export interface WordCase { lower: number; capital: number }

/**
 * Capitalised runs of `text`. `allInitial` marks every run as uncertain (headlines are in
 * title case, so their capitals prove nothing).
 */
export function nameCandidates(text: string, allInitial = false): NameCandidate[] {
  return scanNames(text, allInitial);
}

/** A word's possessive ending dropped ("Putin’s" → 'Putin'), as POSSESSIVE does, without a regex. */
function dropPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 0x73 /* s */) return w;
  const q = w.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019 ? w.slice(0, -2) : w;
}

/**
 * One pass over `text` that finds its name candidates (as nameCandidates) and, when `wordCase`
 * is given, adds each word's case to it: lower-case uses, and capitalised uses not at the start
 * of the text or of a sentence. Both read the same words, so the text is matched once.
 */
export function scanNames(text: string, allInitial = false, wordCase?: Map<string, WordCase>): NameCandidate[] {
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
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const index = m.index;
    const raw = m[0];
    const adjacent = index === lastEnd || (index - lastEnd === 1 && text.charCodeAt(lastEnd) === 32);
    lastEnd = index + raw.length;
    const word = dropPossessive(raw);
    const c0 = word.charCodeAt(0);
    // Capitals start with an upper-case letter, never a-z; only they need the sentence test.
    const capitalised = !(c0 >= 0x61 && c0 <= 0x7a) && isCapitalised(word);
    const sentenceStart = capitalised && (index === 0 || SENTENCE_END.test(text.slice(Math.max(0, index - 6), index)));
    if (wordCase) {
      const lower = word.toLowerCase();
      let s = wordCase.get(lower);
      if (!s) wordCase.set(lower, (s = { lower: 0, capital: 0 }));
      if (word === lower) s.lower++;
      else if (capitalised && !sentenceStart) s.capital++;
    }
    const capital = capitalised && !(ACRONYM.test(word) && isShouting(text, index, lastEnd));
    if (run.length && !adjacent) flush();
    if (capital) {
      if (!run.length) runInitial = sentenceStart;
      run.push(...pending, word);
      pending = [];
      if (run.length >= MAX_WORDS) flush();
    } else if (run.length && CONNECTORS.has(word) && pending.length < 2) {
      pending.push(word);
    } else {
      flush();
    }
    // A possessive ends the name: "Putin’s troops" is not a two-word name.
    if (word !== raw) flush();
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
