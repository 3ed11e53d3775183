/**
 * Extractions cached on disk by content hash, so a rebuild re-reads only the articles that changed.
 * An entry stores the decisions without repeating the text of each line (it is recovered from the
 * page the key was made from); a torn or foreign entry is treated as missing.
 *
 * With `deferWrites`, new entries are kept until `flush()`: the build flushes once the card
 * workers are busy, so ten thousand small writes do not hold up the cores in between.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../ingest/Extraction.ts';
import type { ExtractionMemo } from '../ingest/ingestArchive.ts';
import type { FileWriter, FileToWrite } from './fileWriter.ts';
import { compactExtraction, restoreExtraction, type CompactExtraction } from './compactExtraction.ts';
import { Folders, writeFileAtomicSync } from './syncFiles.ts';

/** Entries serialised at a time when flushing, so they are never all in memory as JSON at once. */
const FLUSH_CHUNK = 2000;

export function diskExtractionMemo(dir: string, { deferWrites = false } = {}): ExtractionMemo & { flush(writer?: FileWriter): Promise<void> } {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  const pending: Array<[key: string, page: string, e: Extraction]> = [];
  const folders = new Folders();
  const entry = (key: string, page: string, e: Extraction): FileToWrite => ({ path: fileOf(key), data: JSON.stringify(compactExtraction(page, e)) });
  const write = ({ path: file, data }: FileToWrite) => {
    folders.forFile(file);
    writeFileAtomicSync(file, data);
  };
  return {
    /** Write the deferred entries, here or (atomically) on a file-writer thread. */
    async flush(writer) {
      const entries = pending.splice(0);
      for (let i = 0; i < entries.length; i += FLUSH_CHUNK) {
        const files = entries.slice(i, i + FLUSH_CHUNK).map(([key, page, e]) => entry(key, page, e));
        if (writer) await writer.write(files, true);
        else files.forEach(write);
      }
    },
    get(key, page) {
      try {
        return restoreExtraction(page, JSON.parse(fs.readFileSync(fileOf(key), 'utf8')) as CompactExtraction);
      } catch {
        return undefined;
      }
    },
    set(key, page, e) {
      if (deferWrites) pending.push([key, page, e]);
      else write(entry(key, page, e));
    },
  };
}
