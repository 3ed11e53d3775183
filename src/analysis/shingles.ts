/**
 * Shingles: the overlapping runs of k words of a text, hashed to 32-bit numbers. Two versions of
 * one story share most of their shingles; two outlets' reports of one event share few.
 */
import { stripMarkdown } from './nameCandidates.ts';

/** Lower-case words of a Markdown body, punctuation and marks dropped, quotes and dashes unified. */
export function normalisedWords(markdown: string): string[] {
  return stripMarkdown(markdown)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
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

/** The distinct hashed k-word shingles of a word list (a short text gives one shingle of all its words). */
export function shingleSet(words: string[], k: number): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < k) { out.add(fnv1a(words.join(' '))); return out; }
  for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return out;
}

/** Exact Jaccard similarity of two sets: |A ∩ B| / |A ∪ B|. */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}
