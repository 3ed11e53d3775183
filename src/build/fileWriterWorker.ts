/** The worker-thread side of `startFileWriter`: unpacks each batch it is sent and writes (or links) it, in order. */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Folders, linkFiles, writeCacheEntrySync } from './syncFiles.ts';

const folders = new Folders();
const decoder = new TextDecoder();

interface Batch {
  packed?: Uint8Array;
  atomic?: boolean;
  link?: { files: string[]; from: string; to: string };
}

parentPort!.on('message', ({ packed, atomic, link }: Batch) => {
  try {
    if (link) {
      linkFiles(link.files, link.from, link.to, folders);
      parentPort!.postMessage({ written: link.files.length, bytes: 0 });
      return;
    }
    if (!packed) return;
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
      if (atomic) writeCacheEntrySync(file, data, folders);
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
