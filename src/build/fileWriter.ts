/**
 * A worker thread that writes files. The build makes tens of thousands of small files (pages,
 * originals, records, cache entries); each costs a few hundred microseconds of system calls that
 * need no JavaScript, so they go to this thread while the build thread goes on computing.
 *
 * Files travel as one packed buffer per call, transferred rather than copied, so the texts exist
 * once (as UTF-8) while they wait; and `write` waits while more than BACKLOG_BYTES (64 MB) are queued, so
 * a 100,000-article build does not hold all its records in memory at once.
 *
 * It also hard-links what a build reuses from the previous output: tens of thousands of links
 * and folders that the build thread need not wait for.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from './tsWorker.ts';

const ENTRY = new URL('./fileWriterWorker.ts', import.meta.url);
const BACKLOG_BYTES = 64 * 1024 * 1024;

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

export interface FileWriter {
  /**
   * Queue files to write (folders are made as needed); resolves once the queue is short enough to
   * take more. With `atomic` (cache entries), each is written under a temporary name and renamed,
   * so a reader never sees half a file, and one that cannot be written is skipped: a cache entry
   * missing costs time, never the build.
   */
  write(files: FileToWrite[], atomic?: boolean): Promise<void>;
  /**
   * Queue hard links (or copies, across devices) of `files`, given relative to `from`, to the same
   * places under `to`; they count as written files.
   */
  link(files: string[], from: string, to: string): void;
  /** Resolves with the number of files written once every queued file is on disk; rejects on the first failure. */
  close(): Promise<number>;
  /** Stop writing (the build failed). */
  cancel(): Promise<void>;
}

/** [count][path length, path, data length, data]…, lengths as 32-bit little-endian. */
export function packFiles(files: FileToWrite[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts = files.map((f) => [encoder.encode(f.path), typeof f.data === 'string' ? encoder.encode(f.data) : f.data] as const);
  const out = new Uint8Array(4 + parts.reduce((n, [p, d]) => n + 8 + p.length + d.length, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, files.length, true);
  let at = 4;
  for (const [p, d] of parts) {
    view.setUint32(at, p.length, true);
    out.set(p, at + 4);
    at += 4 + p.length;
    view.setUint32(at, d.length, true);
    out.set(d, at + 4);
    at += 4 + d.length;
  }
  return out;
}

export function startFileWriter(): FileWriter {
  const worker: Worker = startTsWorker(ENTRY);
  let queued = 0;
  let written = 0;
  let backlog = 0;
  let failure: Error | null = null;
  const waiters: Array<{ ready: () => boolean; resolve: () => void; reject: (e: Error) => void }> = [];
  const wake = () => {
    for (const w of [...waiters]) {
      if (!failure && !w.ready()) continue;
      waiters.splice(waiters.indexOf(w), 1);
      if (failure) w.reject(failure);
      else w.resolve();
    }
  };
  const until = (ready: () => boolean) => new Promise<void>((resolve, reject) => { waiters.push({ ready, resolve, reject }); wake(); });
  const fail = (e: Error) => { failure ??= e; wake(); };
  worker.on('message', (m: { written?: number; bytes?: number; error?: string }) => {
    if (m.error !== undefined) return fail(new Error(`writing files failed: ${m.error}`));
    written += m.written!;
    backlog -= m.bytes!;
    wake();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the file writer stopped (exit ${code})`)));
  return {
    async write(files, atomic = false) {
      if (failure) throw failure;
      if (!files.length) return;
      const packed = packFiles(files);
      queued += files.length;
      backlog += packed.byteLength;
      worker.postMessage({ packed, atomic }, [packed.buffer]);
      await until(() => backlog <= BACKLOG_BYTES);
    },
    link(files, from, to) {
      if (failure) throw failure;
      if (!files.length) return;
      queued += files.length;
      worker.postMessage({ link: { files, from, to } });
    },
    async close() {
      try {
        await until(() => written === queued);
        return written;
      } finally {
        await worker.terminate();
      }
    },
    async cancel() { await worker.terminate(); },
  };
}
