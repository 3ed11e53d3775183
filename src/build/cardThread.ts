/** Social cards drawn on a worker thread while the build goes on; see cardWorker.ts. */
import { Worker } from 'node:worker_threads';
import type { CardJob } from './cardCache.ts';

// Node 20 does not pass `--import tsx` loader hooks on to worker threads: the worker registers
// tsx itself before it loads the TypeScript entry.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./cardWorker.ts', import.meta.url).href)}); })
  .catch((e) => { require('node:worker_threads').parentPort.postMessage({ error: String(e && e.stack || e) }); });`;

export interface CardRun {
  /** Resolves with the number of cards drawn (not taken from the cache). */
  done: Promise<number>;
  /** Stop drawing (the build failed): resolves once the worker has exited. */
  cancel(): Promise<void>;
}

export function writeCardsOnWorker(jobs: CardJob[], cacheDir: string, concurrency: number, onProgress?: (done: number, total: number) => void): CardRun {
  const worker = new Worker(BOOT, { eval: true, workerData: { jobs, cacheDir, concurrency } });
  const done = new Promise<number>((resolve, reject) => {
    worker.on('message', (m: { progress?: [number, number]; drawn?: number; error?: string }) => {
      if (m.progress) onProgress?.(m.progress[0], m.progress[1]);
      else if (m.error !== undefined) reject(new Error(`drawing social cards failed: ${m.error}`));
      else if (m.drawn !== undefined) resolve(m.drawn);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the social card worker stopped (exit ${code})`)));
  });
  const settled = done.finally(() => worker.terminate());
  // Awaited at the end of the build; until then a failure must not count as an unhandled rejection.
  settled.catch(() => {});
  return {
    done: settled,
    cancel: async () => { await worker.terminate(); },
  };
}
