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

/**
 * Hard-link (or copy, across devices) files, given relative to `from`, to the same places under
 * `to`. Synchronous: tens of thousands of links, each a short system call, cost a few seconds as
 * promises (a thread-pool round trip each) and a fraction of that inline.
 */
export function linkFiles(files: string[], from: string, to: string, folders = new Folders()): void {
  for (const f of files) {
    const target = path.join(to, f);
    folders.forFile(target);
    linkOrCopy(path.join(from, f), target);
  }
}

export function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw e;
    fs.copyFileSync(from, to);
  }
}
