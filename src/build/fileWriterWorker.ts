/** The worker-thread side of `startFileWriter`: unpacks each batch it is sent and writes it, in order. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Folders, writeFileAtomicSync } from './syncFiles.ts';

const folders = new Folders();
const decoder = new TextDecoder();

/**
 * A cache entry, whole or not at all. Another build may have removed its folder meanwhile (an older
 * version's cache going, see cacheVersions.ts): then the folder is made again, and an entry that
 * still cannot be written is left out.
 */
function writeCacheEntry(file: string, data: Uint8Array): void {
  try {
    folders.forFile(file);
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
parentPort!.on('message', ({ packed, atomic }: { packed: Uint8Array; atomic: boolean }) => {
  try {
    const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
    const count = view.getUint32(0, true);
    let at = 4;
    for (let i = 0; i < count; i++) {
      const pathLength = view.getUint32(at, true);
      const file = decoder.decode(packed.subarray(at + 4, at + 4 + pathLength));
      at += 4 + pathLength;
      const dataLength = view.getUint32(at, true);
      const data = packed.subarray(at + 4, at + 4 + dataLength);
      at += 4 + dataLength;
      if (atomic) writeCacheEntry(file, data);
      else {
        folders.forFile(file);
        fs.writeFileSync(file, data);
      }
    }
    parentPort!.postMessage({ written: count, bytes: packed.byteLength });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
