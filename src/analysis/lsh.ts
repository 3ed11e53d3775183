/**
 * Locality-sensitive hashing by banding: a signature is cut into b bands of r rows; two items
 * become candidates when any band matches exactly. Pairs with Jaccard s collide with probability
 * 1 − (1 − s^r)^b, an S-curve whose threshold is about (1/b)^(1/r). Work is linear in the number
 * of items (one bucket map per band) plus the candidate pairs found, never all pairs.
 */

/** Candidate pairs [i, j] (i < j), sorted, from signatures cut into `bands` bands. */
export function lshCandidates(signatures: Uint32Array[], bands: number, maxBucket = 50): Array<[number, number]> {
  if (signatures.length === 0) return [];
  const rows = Math.floor(signatures[0]!.length / bands);
  const pairs = new Set<string>();
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      if (sig.every((v) => v === 0xffffffff)) return; // empty text: similar to nothing
      const key = Array.from(sig.subarray(band * rows, (band + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      // A huge bucket is boilerplate every page shares; skip it rather than go quadratic.
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) pairs.add(`${bucket[x]},${bucket[y]}`);
    }
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Probability that a pair with Jaccard `s` becomes a candidate. */
export function collisionProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}
