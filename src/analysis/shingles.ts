/**
 * Shingles: the overlapping runs of k words of a text, hashed to 32-bit numbers. Two versions of
 * one story share most of their shingles; two outlets' reports of one event share few.
 */
import { stripMarkdown } from './nameCandidates.ts';

const WORDS = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Lower-case words of a Markdown body, punctuation and marks dropped, quotes and dashes unified. */
export function normalisedWords(markdown: string): string[] {
  return wordsOfPlainText(stripMarkdown(markdown));
}

/** As normalisedWords, for text whose Markdown marks are already stripped (stripMarkdown). */
export function wordsOfPlainText(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(WORDS) ?? [];
}

/** FNV-1a, 32 bits: a fast, fixed (seedless) string hash, so runs are reproducible. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The hashed k-word shingles of a word list, in text order (repeats kept: a MinHash does not
 * care). Each is fnv1a of the k words joined by spaces, computed without building the string.
 * A short text gives one shingle of all its words; an empty one none.
 */
export function shingleHashes(words: string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < k) return Uint32Array.of(fnv1a(words.join(' ')));
  const out = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) {
      if (j > 0) h = Math.imul(h ^ 32, 0x01000193);
      const w = words[i + j]!;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    }
    out[i] = h >>> 0;
  }
  return out;
}

/** The distinct hashed k-word shingles of a word list (a short text gives one shingle of all its words). */
export function shingleSet(words: string[], k: number): Set<number> {
  return new Set(shingleHashes(words, k));
}

/** Exact Jaccard similarity of two sets: |A ∩ B| / |A ∪ B|. */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}
