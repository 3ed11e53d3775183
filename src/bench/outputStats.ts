/**
 * What a build left in its output folder: files and bytes (all, and those written since a moment),
 * and the search index's size raw and gzipped (zlib level 6, as a static host would serve it).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface OutputStats {
  files: number;
  bytes: number;
  /** Files whose modification time is at or after `since` (what this build wrote or rewrote). */
  filesWritten: number;
  bytesWritten: number;
  searchFiles: number;
  searchBytes: number;
  searchGzipBytes: number;
}

/** Walk `dir`; `since` is a Date.now() value taken before the build started. */
export function outputStats(dir: string, since: number): OutputStats {
  const s: OutputStats = { files: 0, bytes: 0, filesWritten: 0, bytesWritten: 0, searchFiles: 0, searchBytes: 0, searchGzipBytes: 0 };
  const searchDir = path.join(dir, 'search') + path.sep;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const st = fs.statSync(file);
    s.files++;
    s.bytes += st.size;
    // Whole-second file systems round mtimes down: allow one second of slack.
    if (st.mtimeMs >= since - 1000) {
      s.filesWritten++;
      s.bytesWritten += st.size;
    }
    if (file.startsWith(searchDir)) {
      s.searchFiles++;
      s.searchBytes += st.size;
      s.searchGzipBytes += zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
    }
  }
  return s;
}
