/**
 * The on-disk cache of article features (articleFeatures.ts), so a rebuild computes them only for
 * new or changed articles. Entries live in SHARDS files of JSON lines under
 * `<cacheDir>/analysis/<fingerprint>/`, an article's shard chosen by its content hash:
 *
 *   ["<featureKey>", "<body HTML>", "<signature, base64>", "<word case>", "<candidates>"]
 *
 * A shard is rewritten (to a temporary file, then renamed) only when it gained or lost an entry,
 * so a no-op build writes nothing and a one-article change rewrites one or two shards; entries of
 * articles no longer in the archive go with that rewrite. The fingerprint is a hash of the code
 * that computes features (and of marked's version), so editing that code starts a fresh cache;
 * older fingerprints' folders are removed. A damaged line is a miss, never an error, and a cache
 * that cannot be written only costs time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { articleFeatures, featureKey, type ArticleFeatures, type FeatureInput } from './articleFeatures.ts';

/** Number of shard files: a few MB each at 100,000 articles, a handful of entries at 100. */
export const SHARDS = 64;
/** Bump when the line format changes. */
const FORMAT = 1;
const SIGNATURE_BYTES = 96 * 4;

/** The source files whose code decides the features; their text is part of the fingerprint. */
const SOURCES = [
  'articleFeatures.ts', 'nameCandidates.ts', 'topicRules.ts', 'topics.ts', 'shingles.ts', 'minhash.ts', 'relations.ts',
  '../site/renderBody.ts',
];

let fingerprintMemo: string | undefined;

/** A hash of the feature code and marked's version. */
export function featureFingerprint(): string {
  return (fingerprintMemo ??= codeFingerprint(`features ${FORMAT}`, SOURCES, ['marked']));
}

/**
 * A short hash of `label`, of source files (relative to src/analysis/) and of packages' versions:
 * it changes whenever that code does, so a cache keyed by it never serves another code's results.
 * Files that cannot be read (a bundled build) count as missing.
 */
export function codeFingerprint(label: string, sources: string[], packages: string[]): string {
  const h = createHash('sha256').update(`${label}\n`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const f of sources) {
    try { h.update(fs.readFileSync(path.join(here, f))); } catch { h.update(`missing ${f}`); }
  }
  const require = createRequire(import.meta.url);
  for (const name of packages) {
    try {
      for (let d = path.dirname(require.resolve(name)); d !== path.dirname(d); d = path.dirname(d)) {
        const pkg = path.join(d, 'package.json');
        if (fs.existsSync(pkg)) { h.update(`${name} ${JSON.parse(fs.readFileSync(pkg, 'utf8')).version}`); break; }
      }
    } catch { h.update(`${name} unknown`); }
  }
  return h.digest('hex').slice(0, 16);
}

const shardOf = (key: string) => parseInt(key.slice(0, 2), 16) % SHARDS;
const shardName = (s: number) => `${String(s).padStart(2, '0')}.jsonl`;

function encode(key: string, f: ArticleFeatures): string {
  const sig = Buffer.from(f.textSignature.buffer, f.textSignature.byteOffset, f.textSignature.byteLength).toString('base64');
  return JSON.stringify([key, f.bodyHtml, sig, f.topics.wordCase, f.topics.candidates]);
}

function decode(line: string): { key: string; features: ArticleFeatures } | null {
  try {
    const v: unknown = JSON.parse(line);
    if (!Array.isArray(v) || v.length !== 5 || !v.every((x) => typeof x === 'string')) return null;
    const [key, bodyHtml, sig64, wordCase, candidates] = v as string[];
    const bytes = Buffer.from(sig64!, 'base64');
    if (bytes.length !== SIGNATURE_BYTES) return null;
    const textSignature = new Uint32Array(SIGNATURE_BYTES / 4);
    new Uint8Array(textSignature.buffer).set(bytes);
    return { key: key!, features: { bodyHtml: bodyHtml!, textSignature, topics: { wordCase: wordCase!, candidates: candidates! } } };
  } catch {
    return null;
  }
}

export class FeatureCache {
  readonly dir: string;

  /** A cache under `cacheDir` (created on first write). */
  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'analysis', featureFingerprint());
  }

  /**
   * The features of every record, from the cache where it has them, computed otherwise; `take`
   * receives each (by index into `records`) once, shard by shard, so only one shard's lines are
   * held at a time.
   */
  features(records: FeatureInput[], take: (i: number, f: ArticleFeatures) => void): { hits: number; misses: number } {
    const byShard: Array<Array<{ i: number; key: string }>> = Array.from({ length: SHARDS }, () => []);
    records.forEach((r, i) => { const key = featureKey(r); byShard[shardOf(key)]!.push({ i, key }); });
    this.removeOtherFingerprints();
    let hits = 0, misses = 0;
    for (let s = 0; s < SHARDS; s++) {
      const file = path.join(this.dir, shardName(s));
      const stored = new Map<string, string>();
      let damaged = false;
      let text = '';
      try { text = fs.readFileSync(file, 'utf8'); } catch { /* no shard yet */ }
      for (const line of text.split('\n')) {
        if (!line) continue;
        // The key is the first field; the rest is parsed only for the articles asked for.
        const m = /^\["([0-9a-f]{64})",/.exec(line);
        if (m) stored.set(m[1]!, line);
        else damaged = true;
      }
      const wanted = byShard[s]!;
      const lines = new Map<string, string>();
      let changed = damaged;
      for (const { i, key } of wanted) {
        const line = stored.get(key);
        const hit = line !== undefined ? decode(line) : null;
        if (hit && hit.key === key) {
          hits++;
          take(i, hit.features);
          lines.set(key, line!);
        } else {
          misses++;
          const f = articleFeatures(records[i]!);
          take(i, f);
          lines.set(key, encode(key, f));
          changed = true;
        }
      }
      if (!changed && stored.size === lines.size) continue;
      this.writeShard(file, [...lines.keys()].sort().map((k) => lines.get(k)!));
    }
    return { hits, misses };
  }

  private writeShard(file: string, lines: string[]): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      if (!lines.length) { fs.rmSync(file, { force: true }); return; }
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, lines.join('\n') + '\n');
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  /** Folders of other fingerprints hold features computed by other code: never valid again. */
  private removeOtherFingerprints(): void {
    const parent = path.dirname(this.dir);
    let names: string[] = [];
    try { names = fs.readdirSync(parent); } catch { return; }
    for (const n of names) {
      if (/^[0-9a-f]{16}$/.test(n) && n !== path.basename(this.dir)) {
        try { fs.rmSync(path.join(parent, n), { recursive: true, force: true }); } catch { /* in use elsewhere; harmless */ }
      }
    }
  }
}
