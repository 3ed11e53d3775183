/**
 * Which terms of the archive are names. English capitalises names in the middle of a sentence
 * and ordinary words only at its start (or in headlines), so a term counts as a name when its
 * mid-sentence occurrences are mostly capitalised. Names get folded (see fold.ts); ordinary words
 * keep their English stems and never blur into each other.
 */
import { normaliseTerm } from './fold.ts';

const WORD = /[\p{L}][\p{L}\p{M}'’ʼ]*/gu;
/** What ends a sentence or opens a quote or a line: the next word may be capitalised anyway. */
const SENTENCE_START = /(?:^|[.!?:;"“”‘’'(\[—–-]\s*|\n\s*)$/;

/** Counts of one term's capitalised and lowercase mid-sentence occurrences. */
export interface CaseCounts { upper: number; lower: number }

/** Tally how each term is written mid-sentence in running text (body, standfirst). */
export function tallyCase(text: string, into: Map<string, CaseCounts> = new Map()): Map<string, CaseCounts> {
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length > 1 && word === word.toUpperCase()) continue; // 'RUSSIAN troops': shouting, not naming
    if (SENTENCE_START.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    const key = normaliseTerm(word);
    const c = into.get(key) ?? { upper: 0, lower: 0 };
    if (word[0] !== word[0]!.toLowerCase()) c.upper++;
    else c.lower++;
    into.set(key, c);
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
