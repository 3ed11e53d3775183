/** The worker-thread side of `startFileWriter`: unpacks each batch it is sent and writes it, in order. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

const made = new Set<string>();
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
      const dir = path.dirname(file);
      if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
      if (atomic) {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, file);
      } else fs.writeFileSync(file, data);
    }
    parentPort!.postMessage({ written: count, bytes: packed.byteLength });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
