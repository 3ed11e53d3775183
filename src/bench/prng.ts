/**
 * A tiny seeded pseudo-random generator (mulberry32) and the draws the synthetic archive needs.
 * Same seed, same sequence, on every machine: that is what makes the benchmark archive reproducible.
 */

/**
 * mulberry32: 32-bit state, uniform floats in [0, 1).
 * @example const r = mulberry32(1); r() === mulberry32(1)() // true
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws on top of a uniform source. */
export class Rng {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi], both ends included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * An index in [0, n) with P(k) roughly proportional to 1/(k+1) (Zipf, s = 1): index 0 is the most
   * frequent. Log-uniform sampling, O(1).
   */
  zipf(n: number): number {
    const k = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return Math.min(n - 1, Math.max(0, k));
  }

  /** An element chosen with Zipf weights by position (earlier elements are more frequent). */
  zipfPick<T>(items: readonly T[]): T {
    return items[this.zipf(items.length)]!;
  }

  /** A fresh generator whose sequence depends only on this one's next draw (for independent streams). */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}
