/** The worker-thread side of `startFileWriter`: unpacks each batch it is sent and writes it, in order. */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Folders, writeCacheEntrySync } from './syncFiles.ts';

const folders = new Folders();
const decoder = new TextDecoder();

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
