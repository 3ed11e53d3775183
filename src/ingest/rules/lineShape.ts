/**
 * Cheap, explainable measurements of one line of text ("shape"), shared by all rules.
 * Everything here is linear in the line's length; regex tests on free text are limited to
 * lines of at most `MAX_PATTERN_LINE` characters, since no furniture is longer than that.
 */
import { REGEXPS } from './patterns.ts';

/** Longest line that pattern rules look at; longer lines are article text by definition. */
export const MAX_PATTERN_LINE = 400;

/** Small words that stay lower-case in title case (English and a few others). */
const SMALL_WORDS = new Set(
  ('a an and as at but by en for from if in into nor of on or per so the to up via vs with ' +
    'der die das und von im am zu le la les de du des et à au en el los las y del di il e da').split(' '),
);

/** Words of a line (letters/digits runs), at most `limit` of them. */
export function words(text: string, limit = 200): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, limit * 20).matchAll(REGEXPS.word)) {
    out.push(m[0]);
    if (out.length >= limit) break;
  }
  return out;
}

const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const wordCountCache = new Map<string, number>();

/** Number of words (as `words` counts them), up to 200; a hot path, so a plain loop with a small cache. */
export function wordCount(text: string): number {
  const cached = wordCountCache.get(text);
  if (cached !== undefined) return cached;
  let n = 0;
  let cjk = 0;
  let inWord = false;
  const end = Math.min(text.length, 4000);
  for (let i = 0; i < end && n < 200; i++) {
    const c = text.charCodeAt(i);
    // Chinese and Japanese write no spaces: every two ideographs or kana count as one word.
    if (c >= 0x3040 && ((c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))) {
      if (!inWord || ++cjk % 2 === 0) n++;
      inWord = true;
      continue;
    }
    const isWordChar =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER_OR_DIGIT.test(text[i]!));
    if (isWordChar) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45 || (c >= 0x300 && c < 0x1100 && MARK.test(text[i]!))))) {
      // (A combining mark — a Devanagari vowel sign, a virama — goes on with its word: 'पढ़ें' is one word.)
      inWord = false;
    }
  }
  if (wordCountCache.size > 5000) wordCountCache.clear();
  if (text.length <= 2000) wordCountCache.set(text, n);
  return n;
}

/** Ends like a sentence: '.', '!', '?', '…', possibly followed by closing quotes. */
export function endsSentence(text: string): boolean {
  const tail = text.trimEnd().slice(-8);
  return REGEXPS.sentenceEnd.test(tail);
}

/** Ends on a word that starts in lower case ('… serious harm to the driver on'): a hard-wrapped line cut mid-sentence. */
export function endsOnLowerCaseWord(text: string): boolean {
  return LOWER_CASE_LAST_WORD.test(text.trimEnd());
}
const LOWER_CASE_LAST_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*$/u;

/** Ends with a full stop (optionally inside closing quotes): the mark of prose, not of headlines. */
export function endsWithPeriod(text: string): boolean {
  return REGEXPS.periodEnd.test(text.trimEnd().slice(-8));
}

/**
 * A line that is almost certainly article text: a sentence of at least 8 words.
 * Rules must not drop such lines unless the structure around them is unmistakable.
 */
export function isProse(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 8;
}

/** Prose that ends with a full stop or a closing quote (headlines and teasers rarely do). */
export function isStrongProse(text: string): boolean {
  if (wordCount(text) >= 30) return true;
  return wordCount(text) >= 8 && endsLikeProse(text);
}

/** '… he said.' / '… counter.”' / '… Glory to Ukraine!’' — but not a headline ending in a bare quote or '?'. */
export function endsLikeProse(text: string): boolean {
  const t = text.trimEnd();
  return endsWithPeriod(t) || /[!?,][”"’'»]+$/u.test(t.slice(-6));
}

/** Share of letters that are upper-case (0 when there are no letters). */
export function upperRatio(text: string): number {
  let letters = 0;
  let upper = 0;
  const end = Math.min(text.length, MAX_PATTERN_LINE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c > 127) {
      const ch = text[i]!;
      if (UPPER.test(ch)) {
        letters++;
        upper++;
      } else if (LETTER.test(ch)) letters++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

/** 'ON THE RUN', 'CHARLES IS KING': short, all capitals, no full stop. */
export function isAllCapsLabel(text: string, maxWords = 7): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= maxWords && text.length <= 80 && upperRatio(text) > 0.9 && !endsWithPeriod(text);
}

/** Most significant words capitalised: 'Russians on the Run', 'Expanding Living Space'. */
export function isTitleCase(text: string): boolean {
  const ws = words(text, 30).filter((w) => /^\p{L}/u.test(w));
  if (ws.length === 0) return false;
  const significant = ws.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w));
  return /^\p{Lu}/u.test(ws[0] ?? '') && capitalised.length / significant.length >= 0.75;
}

/** Folds quotes, dashes, case and whitespace so that two spellings of one line compare equal. */
export function normaliseLine(text: string): string {
  return remembered(normalisedCache, text, foldLine);
}

/** Letters-and-digits-only key, for comparing headlines that differ in punctuation. */
export function looseKey(text: string): string {
  return remembered(looseKeyCache, text, (t) => normaliseLine(t).replace(/[^\p{L}\p{N}]+/gu, ''));
}

function foldLine(text: string): string {
  const head = text.slice(0, 2000);
  // NFKC is the costly step and leaves plain ASCII as it is.
  return (ASCII.test(head) ? head : head.normalize('NFKC'))
    .replace(REGEXPS.quotesToFold, "'")
    .replace(REGEXPS.dquotesToFold, '"')
    .replace(/[–—‐-]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;
const normalisedCache = new Map<string, string>();
const looseKeyCache = new Map<string, string>();

/** The same line is folded many times over (by the archive context and by several rules): fold it once. */
function remembered(cache: Map<string, string>, text: string, compute: (text: string) => string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const value = compute(text);
  if (cache.size > 20000) cache.clear();
  if (text.length <= 2000) cache.set(text, value);
  return value;
}

/**
 * 'Connacht: Tries: Hurley, Devlin. Cons: Carty. Pens: Carty 4.', 'Ulster: M Lowry; R Baloucoune, S Kearney, …',
 * 'Replacements: D Tierney for Heffernan (55), F Devlin for Aungier (55), …': a scoreboard or a line-up,
 * labels and names in short pieces, never a sentence. Prose rarely has two colons or semicolons, and
 * its pieces between commas are longer.
 */
export function isStatLine(text: string): boolean {
  if (text.length > MAX_PATTERN_LINE) return false;
  // Clock times ('14:05') and dates ('22.09.2022') are no separators.
  const marks = (text.match(/[:;](?=\s|$)/g) ?? []).length;
  const minutes = (text.match(/\(\d{1,3}(?:\+\d)?\)/g) ?? []).length;
  if (marks < 2 && minutes < 3) return false;
  const pieces = text.split(/[.;,:](?=\s|$)|\(\d{1,3}(?:\+\d)?\)/).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  if (pieces.length < (minutes >= 3 ? 4 : 5)) return false;
  const sizes = pieces.map((p) => wordCount(p));
  const longest = Math.max(...sizes);
  return minutes >= 3 ? longest <= 5 : longest <= 3 && sizes.reduce((a, b) => a + b, 0) / sizes.length <= 2.5;
}
