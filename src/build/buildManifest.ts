/**
 * What the last build of an output folder was made from, kept in the cache (never in the site):
 * the fingerprint of all its inputs, and a key per page and per article file, so that the next
 * build can tell what it may reuse from the output it is about to replace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export interface BuildManifest {
  /** Everything the build read: code, settings, options, every input file. */
  fingerprint: string;
  /** Output path (relative to the site) → key of what it was rendered from. */
  outputs: Record<string, string>;
  /** Number of files in the output folder when the build finished. */
  files: number;
}

const fileFor = (cacheDir: string, output: string) =>
  path.join(cacheDir, 'builds', createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 24) + '.json');

export function readManifest(cacheDir: string, output: string): BuildManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(fileFor(cacheDir, output), 'utf8')) as BuildManifest;
    return typeof m.fingerprint === 'string' && m.outputs && typeof m.files === 'number' ? m : null;
  } catch {
    return null;
  }
}

export function writeManifest(cacheDir: string, output: string, m: BuildManifest): void {
  const file = fileFor(cacheDir, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(m));
}

/** Count the files under a folder (0 when it does not exist). */
export function countFiles(dir: string): number {
  try {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}
