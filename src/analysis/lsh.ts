/**
 * Locality-sensitive hashing by banding: a signature is cut into b bands of r rows; two items
 * become candidates when any band matches exactly. Pairs with Jaccard s collide with probability
 * 1 − (1 − s^r)^b, an S-curve whose threshold is about (1/b)^(1/r). Work is linear in the number
 * of items (one bucket map per band, keyed by a 53-bit hash of the band) plus the candidate
 * pairs found, never all pairs: a bucket larger than `maxBucket` is skipped.
 */

const EMPTY = 0xffffffff;

/** A 53-bit hash of rows [from, to) of a signature: two mixed 32-bit halves, exact as a Map key. */
function bandKey(sig: Uint32Array, from: number, to: number): number {
  let a = 0x9e3779b9 | 0, b = 0x85ebca6b | 0;
  for (let i = from; i < to; i++) {
    const v = sig[i]!;
    a = Math.imul(a ^ v, 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ v, 0xcc9e2d51);
    b ^= b >>> 13;
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

/** True when rows [from, to) of two signatures are equal (a band key may, rarely, collide). */
function sameBand(x: Uint32Array, y: Uint32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Candidate pairs [i, j] (i < j), sorted, from signatures cut into `bands` bands. */
export function lshCandidates(signatures: Uint32Array[], bands: number, maxBucket = 50): Array<[number, number]> {
  const n = signatures.length;
  if (n === 0) return [];
  const rows = Math.floor(signatures[0]!.length / bands);
  // An empty text (all-maximum signature) is similar to nothing.
  const live: number[] = [];
  for (let i = 0; i < n; i++) if (!signatures[i]!.every((v) => v === EMPTY)) live.push(i);
  const pairs = new Set<number>();
  // Buckets as linked lists through `next`, so a band costs two typed arrays and one Map.
  const next = new Int32Array(n);
  const size = new Int32Array(n);
  for (let band = 0; band < bands; band++) {
    const from = band * rows, to = from + rows;
    const heads = new Map<number, number>();
    for (const i of live) {
      const key = bandKey(signatures[i]!, from, to);
      const head = heads.get(key);
      next[i] = head ?? -1;
      size[i] = head === undefined ? 1 : size[head]! + 1;
      heads.set(key, i);
    }
    for (const head of heads.values()) {
      // A huge bucket is boilerplate every page shares; skip it rather than go quadratic.
      const count = size[head]!;
      if (count < 2 || count > maxBucket) continue;
      for (let x = head; x !== -1; x = next[x]!) {
        for (let y = next[x]!; y !== -1; y = next[y]!) {
          if (!sameBand(signatures[x]!, signatures[y]!, from, to)) continue;
          pairs.add(y * n + x); // y < x: members were pushed in index order
        }
      }
    }
  }
  const codes = Float64Array.from(pairs).sort();
  const out: Array<[number, number]> = new Array(codes.length);
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k]!;
    const i = Math.floor(c / n);
    out[k] = [i, c - i * n];
  }
  return out;
}

/** Probability that a pair with Jaccard `s` becomes a candidate. */
export function collisionProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}
