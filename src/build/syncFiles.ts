/**
 * Synchronous file helpers for the build's threads that write many small files: each folder is
 * made once, and cache entries are written whole or not at all.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Makes each file's folder the first time it is asked for, so a folder costs one mkdir. */
export class Folders {
  private readonly made = new Set<string>();

  forFile(file: string): void {
    const dir = path.dirname(file);
    if (this.made.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}

/** Write under a temporary name and rename, so a reader (or an interrupted build) never sees half a file. */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * A cache entry, whole or not at all. Another build may have removed its folder meanwhile (an older
 * version's cache going, see cacheVersions.ts): then the folder is made again, and an entry that
 * still cannot be written is left out — a missing entry costs the next build time, never this one.
 */
export function writeCacheEntrySync(file: string, data: string | Uint8Array, folders?: Folders): void {
  try {
    folders?.forFile(file);
    writeFileAtomicSync(file, data);
  } catch {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomicSync(file, data);
    } catch {
      // left out: the next build computes it again
    }
  }
}
