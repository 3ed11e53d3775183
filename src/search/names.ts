/**
 * Which terms of the archive are names. English capitalises names in the middle of a sentence
 * and ordinary words only at its start (or in headlines), so a term counts as a name when its
 * mid-sentence occurrences are mostly capitalised. Names get folded (see fold.ts); ordinary words
 * keep their English stems and never blur into each other.
 */
import { normaliseTerm } from './fold.ts';

const WORD = /[\p{L}][\p{L}\p{M}'’ʼ]*/gu;
/** What ends a sentence or opens a quote or a line: the next word may be capitalised anyway. */
export const SENTENCE_START = /(?:^|[.!?:;"“”‘’'(\[—–-]\s*|\n\s*)$/;

/** Counts of one term's capitalised and lowercase mid-sentence occurrences. */
export interface CaseCounts { upper: number; lower: number }

/** JavaScript's \s, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const OPENERS = new Set('.!?:;"“”‘’\'([—–-');

/** Whether the word at `at` may be capitalised anyway: SENTENCE_START over the three characters before it, without a slice and a regex per word. */
export function atSentenceStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const from = Math.max(0, at - 3);
  let j = at - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) {
    if (text[j] === '\n') return true;
    j--;
  }
  return j >= from && OPENERS.has(text[j]!);
}

/** Per distinct word as written: its normalised term and how it is cased (SHOUTING, Capitalised, lower). */
interface Form { key: string; casing: 'shout' | 'upper' | 'lower' }
const forms = new Map<string, Form>();
function formOf(word: string): Form {
  let f = forms.get(word);
  if (!f) {
    if (forms.size > 500_000) forms.clear(); // bounded, whatever the archive
    const casing = word.length > 1 && word === word.toUpperCase() ? 'shout' : word[0] !== word[0]!.toLowerCase() ? 'upper' : 'lower';
    forms.set(word, (f = { key: normaliseTerm(word), casing }));
  }
  return f;
}

/** Tally how each term is written mid-sentence in running text (body, standfirst). */
export function tallyCase(text: string, into: Map<string, CaseCounts> = new Map()): Map<string, CaseCounts> {
  for (const m of text.matchAll(WORD)) {
    const f = formOf(m[0]);
    if (f.casing === 'shout') continue; // 'RUSSIAN troops': shouting, not naming
    if (atSentenceStart(text, m.index!)) continue;
    let c = into.get(f.key);
    if (!c) into.set(f.key, (c = { upper: 0, lower: 0 }));
    if (f.casing === 'upper') c.upper++;
    else c.lower++;
  }
  return into;
}

/** A name is written capitalised at least four times in five mid-sentence. */
export function isNameByCase(c: CaseCounts | undefined): boolean {
  return !!c && c.upper > 0 && c.upper >= 4 * c.lower;
}

/** Spellings only transliterated names have, for terms never seen mid-sentence (e.g. only in headlines). */
const TRANSLITERATED = /(?:iy|yy|yi|ij)$|kh|zh|[^aeiouy]y[aeiu]|[^aeiou]iu|ii/;

/** The set of name terms: by capitalisation, by transliteration shape, plus names given outright (authors, topics). */
export function nameTerms(tally: Map<string, CaseCounts>, allTerms: Iterable<string>, given: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const [term, c] of tally) if (isNameByCase(c)) names.add(term);
  for (const term of allTerms) if (!tally.has(term) && TRANSLITERATED.test(term)) names.add(term);
  for (const g of given) for (const m of g.matchAll(WORD)) names.add(normaliseTerm(m[0]));
  return names;
}
