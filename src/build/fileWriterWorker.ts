/** The worker-thread side of `startFileWriter`: writes each batch it is sent, in order. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { FileToWrite } from './fileWriter.ts';

const made = new Set<string>();
parentPort!.on('message', ({ files, atomic }: { files: FileToWrite[]; atomic: boolean }) => {
  try {
    for (const f of files) {
      const dir = path.dirname(f.path);
      if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
      if (atomic) {
        const tmp = `${f.path}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, f.data);
        fs.renameSync(tmp, f.path);
      } else fs.writeFileSync(f.path, f.data);
    }
    parentPort!.postMessage({ written: files.length });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
