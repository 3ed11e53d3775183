/**
 * The on-disk cache of version comparisons (renderVersionDiff), keyed by a hash of the two bodies:
 * a rebuild re-diffs only pairs whose text changed. One JSON-lines file per code fingerprint,
 * `<cacheDir>/version-diffs/<fingerprint>.jsonl`, lines ["<key>", "<html>", added, removed];
 * rewritten only when the set of pairs changed, keeping just the pairs of this build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { renderVersionDiff, type VersionDiff } from '../site/versionDiff.ts';
import { codeFingerprint } from './featureCache.ts';

const SOURCES = ['diffCache.ts', '../site/versionDiff.ts', 'nameCandidates.ts', '../site/renderBody.ts'];

export class DiffCache {
  private readonly file: string;
  private stored = new Map<string, string>();
  private used = new Map<string, string>();
  private changed = false;

  constructor(cacheDir: string) {
    const dir = path.join(cacheDir, 'version-diffs');
    const fingerprint = codeFingerprint('version diffs 1', SOURCES, ['diff']);
    this.file = path.join(dir, `${fingerprint}.jsonl`);
    let text = '';
    try { text = fs.readFileSync(this.file, 'utf8'); } catch { /* first build */ }
    for (const line of text.split('\n')) {
      const m = /^\["([0-9a-f]{64})",/.exec(line);
      if (m) this.stored.set(m[1]!, line);
      else if (line) this.changed = true;
    }
  }

  /** renderVersionDiff(from, to), from the cache when it has the pair. */
  diff = (from: string, to: string): VersionDiff => {
    const key = createHash('sha256').update(JSON.stringify([from, to])).digest('hex');
    const line = this.stored.get(key);
    if (line !== undefined) {
      try {
        const [, html, added, removed] = JSON.parse(line) as [string, string, number, number];
        if (typeof html === 'string' && Number.isInteger(added) && Number.isInteger(removed)) {
          this.used.set(key, line);
          return { html, added, removed };
        }
      } catch { /* damaged: diff again */ }
    }
    const d = renderVersionDiff(from, to);
    this.used.set(key, JSON.stringify([key, d.html, d.added, d.removed]));
    this.changed = true;
    return d;
  };

  /** Write the pairs used by this build, when they differ from those stored. */
  save(): void {
    if (!this.changed && this.used.size === this.stored.size) return;
    try {
      const dir = path.dirname(this.file);
      fs.mkdirSync(dir, { recursive: true });
      for (const f of fs.readdirSync(dir)) if (f !== path.basename(this.file)) fs.rmSync(path.join(dir, f), { force: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, [...this.used.keys()].sort().map((k) => this.used.get(k)! + '\n').join(''));
      fs.renameSync(tmp, this.file);
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }
}
