/**
 * Links between articles that only the whole archive can see, found without comparing all pairs:
 *
 * - versions: near-duplicates (two versions of one story). Body text → 3-word shingles →
 *   MinHash (96 hashes) → LSH with 32 bands of 3 rows (threshold ≈ 0.31); candidates whose
 *   estimated Jaccard similarity is at least VERSION_SIMILARITY are versions.
 * - coverage: the same event told by another outlet. Their words differ but the names they use
 *   agree, so the same machinery runs over each article's topic set (32 hashes, 16 bands of 2),
 *   keeping pairs with topic similarity ≥ COVERAGE_SIMILARITY, from different sources, dated
 *   within COVERAGE_DAYS of each other when both are dated, and not already versions.
 * Seeds are fixed, so the result depends only on the records.
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { normalisedWords, shingleHashes, fnv1a } from './shingles.ts';
import { MinHasher, estimateJaccard } from './minhash.ts';
import { lshCandidates } from './lsh.ts';

export const VERSION_SIMILARITY = 0.4;
export const COVERAGE_SIMILARITY = 0.3;
export const COVERAGE_DAYS = 3;
/** At most this many links of each kind per article, the most similar first. */
export const MAX_LINKS = 10;

export interface Related {
  /** Index of the other article (into the records given). */
  other: number;
  similarity: number;
}

export interface Relations {
  versions: Related[][];
  coverage: Related[][];
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** The seeded hasher of body texts: 96 hashes, cut by findRelations into 32 bands of 3 rows. */
export const textHasher = new MinHasher(96, 0x7e57);

/** The MinHash signature of a Markdown body: its 3-word shingles under textHasher. */
export function textSignature(markdown: string): Uint32Array {
  return textHasher.signature(shingleHashes(normalisedWords(markdown), 3));
}

/**
 * Find versions and other coverage. `topicKeys[i]` are the topics of record i (any stable
 * strings); `textSigs[i]`, when given, is textSignature(records[i].body), computed (or cached)
 * beforehand.
 */
export function findRelations(records: ArticleRecord[], topicKeys: string[][], textSigs: Uint32Array[] = records.map((r) => textSignature(r.body))): Relations {
  const n = records.length;
  const versions: Related[][] = records.map(() => []);
  const coverage: Related[][] = records.map(() => []);

  const versionPairs = new Set<number>();
  for (const [i, j] of lshCandidates(textSigs, 32)) {
    const s = estimateJaccard(textSigs[i]!, textSigs[j]!);
    if (s < VERSION_SIMILARITY) continue;
    versionPairs.add(i * n + j);
    versions[i]!.push({ other: j, similarity: s });
    versions[j]!.push({ other: i, similarity: s });
  }

  const topicHasher = new MinHasher(32, 0xc0de);
  const topicSigs = topicKeys.map((keys) => topicHasher.signature(keys.map(fnv1a)));
  const days = records.map((r) => (r.date ? dayNumber(r.date) : null));
  const sources = records.map((r) => r.source?.toLowerCase() ?? null);
  for (const [i, j] of lshCandidates(topicSigs, 16)) {
    if (versionPairs.has(i * n + j)) continue;
    const sa = sources[i], sb = sources[j];
    if (sa && sb && sa === sb) continue;
    const da = days[i]!, db = days[j]!;
    if (da !== null && db !== null && Math.abs(da - db) > COVERAGE_DAYS) continue;
    const s = estimateJaccard(topicSigs[i]!, topicSigs[j]!);
    if (s < COVERAGE_SIMILARITY) continue;
    coverage[i]!.push({ other: j, similarity: s });
    coverage[j]!.push({ other: i, similarity: s });
  }
  const best = (l: Related[]) => l.sort((x, y) => y.similarity - x.similarity || x.other - y.other).slice(0, MAX_LINKS);
  return { versions: versions.map(best), coverage: coverage.map(best) };
}
