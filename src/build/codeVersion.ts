/**
 * A fingerprint of everything in the project that shapes the output: the pipeline's code, the
 * templates, the static assets and the locked dependency versions. Caches keyed with it are
 * invalidated by any change to Clippings itself, never by mistake kept across one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARTS = ['src', 'templates', 'public', '.eleventy.ts', 'package-lock.json'];

let memo: string | undefined;

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Hex digest over the relative path and bytes of every file that shapes a build (computed once). */
export function codeVersion(): string {
  if (memo) return memo;
  const h = createHash('sha256');
  for (const file of PARTS.flatMap((p) => filesUnder(path.join(ROOT, p))).sort()) {
    h.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  memo = h.digest('hex');
  return memo;
}
