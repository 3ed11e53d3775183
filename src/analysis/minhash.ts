/**
 * MinHash signatures: for each of n fixed, seeded hash functions, the smallest hash over a set.
 * Two signatures agree at a position with probability (about) the sets' Jaccard similarity.
 * The seeds come from a seeded generator, so signatures are the same on every run and machine.
 */

/** Mulberry32: a small seeded generator of 32-bit numbers. */
export function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return (r ^ (r >>> 14)) >>> 0;
  };
}

export class MinHasher {
  readonly size: number;
  private seeds: Uint32Array;
  private mults: Uint32Array;

  /** @example new MinHasher(96, 42).signature(new Set([1, 2, 3])) */
  constructor(size = 96, seed = 0x5eed) {
    this.size = size;
    const rand = mulberry32(seed);
    this.seeds = Uint32Array.from({ length: size }, () => rand());
    this.mults = Uint32Array.from({ length: size }, () => rand() | 1);
  }

  /**
   * The signature of a set of 32-bit hashes; an empty set gives all-maximum values. Repeats in
   * `set` change nothing (a minimum is a minimum), so a plain array of hashes will do.
   */
  signature(set: Iterable<number> | ArrayLike<number>): Uint32Array {
    const xs = 'length' in set ? set : Uint32Array.from(set);
    const sig = new Uint32Array(this.size).fill(0xffffffff);
    const seeds = this.seeds, mults = this.mults, n = this.size;
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k]!;
      for (let i = 0; i < n; i++) {
        // A seeded 32-bit mixer (xor-multiply-xorshift): cheap, and close enough to min-wise independent.
        let v = Math.imul(x ^ seeds[i]!, 0x9e3779b1);
        v ^= v >>> 15;
        v = Math.imul(v, mults[i]!);
        v = (v ^ (v >>> 13)) >>> 0;
        if (v < sig[i]!) sig[i] = v;
      }
    }
    return sig;
  }
}

/** Share of positions where two signatures agree: an estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
