/**
 * The fingerprint of one build's inputs: the code version, the settings and options, every raw
 * file's path and bytes, and the other files beside them (pictures: path, size and time, which is
 * enough to notice a change without reading every photo). Same fingerprint, same site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { RawFile } from '../ingest/ingestArchive.ts';

export function otherInputFiles(inputDir: string): string[] {
  try {
    return fs.readdirSync(inputDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !/\.txt$/i.test(e.name))
      .map((e) => {
        const p = path.join(e.parentPath, e.name);
        const st = fs.statSync(p);
        return `${path.relative(inputDir, p)}\0${st.size}\0${st.mtimeMs}`;
      })
      .sort();
  } catch {
    return [];
  }
}

export function buildFingerprint(parts: { code: string; settings: unknown; options: unknown; files: RawFile[]; others: string[] }): string {
  const h = createHash('sha256');
  h.update(parts.code).update('\0').update(JSON.stringify(parts.settings)).update('\0').update(JSON.stringify(parts.options)).update('\0');
  for (const f of [...parts.files].sort((a, b) => (a.input < b.input ? -1 : 1))) {
    h.update(f.input).update('\0').update(createHash('sha256').update(f.bytes).digest()).update('\0');
  }
  for (const o of parts.others) h.update(o).update('\0');
  return h.digest('hex');
}
