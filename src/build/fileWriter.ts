/**
 * A worker thread that writes files. The build makes tens of thousands of small files (pages,
 * originals, records, cache entries); each costs a few hundred microseconds of system calls that
 * need no JavaScript, so they go to this thread while the build thread goes on computing.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from './tsWorker.ts';

const ENTRY = new URL('./fileWriterWorker.ts', import.meta.url);

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

export interface FileWriter {
  /**
   * Queue files to write (folders are made as needed). With `atomic`, each is written under a
   * temporary name and renamed, so a reader never sees half a file (for caches).
   */
  write(files: FileToWrite[], atomic?: boolean): void;
  /** Resolves with the number of files written once every queued file is on disk; rejects on the first failure. */
  close(): Promise<number>;
  /** Stop writing (the build failed). */
  cancel(): Promise<void>;
}

export function startFileWriter(): FileWriter {
  const worker: Worker = startTsWorker(ENTRY);
  let queued = 0;
  let written = 0;
  let failure: Error | null = null;
  let waiting: { resolve: (n: number) => void; reject: (e: Error) => void } | null = null;
  const settle = () => {
    if (!waiting) return;
    if (failure) waiting.reject(failure);
    else if (written === queued) waiting.resolve(written);
    else return;
    waiting = null;
  };
  const fail = (e: Error) => { failure ??= e; settle(); };
  worker.on('message', (m: { written?: number; error?: string }) => {
    if (m.error !== undefined) return fail(new Error(`writing files failed: ${m.error}`));
    written += m.written!;
    settle();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the file writer stopped (exit ${code})`)));
  return {
    write(files, atomic = false) {
      if (!files.length) return;
      queued += files.length;
      worker.postMessage({ files, atomic });
    },
    async close() {
      try {
        return await new Promise<number>((resolve, reject) => { waiting = { resolve, reject }; settle(); });
      } finally {
        await worker.terminate();
      }
    },
    async cancel() { await worker.terminate(); },
  };
}
