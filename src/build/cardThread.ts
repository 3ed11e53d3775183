/**
 * Social cards drawn on worker threads while the build goes on (see cardWorker.ts). While this
 * thread analyses the archive and renders pages, cards keep one core fewer than the machine has
 * (one worker on two cores), so this thread keeps a core of its own; once it has nothing left but
 * to wait, `useAllCores` adds workers until every core draws. Batches are dealt out as workers
 * ask for them, so workers started late take their share of what is left.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { groupCards, clearOtherCardVersions, type CardJob, type CardGroup } from './cardCache.ts';
import { startTsWorker } from './tsWorker.ts';

const ENTRY = new URL('./cardWorker.ts', import.meta.url);
/** Cards a message: a fraction of a second of drawing. */
const BATCH = 64;

export interface CardRun {
  /** Resolves with the number of cards drawn (not taken from the cache). */
  done: Promise<number>;
  /** Draw on every core from now on: the caller has nothing left to do but wait. */
  useAllCores(): void;
  /** Stop drawing (the build failed): resolves once the workers have exited. */
  cancel(): Promise<void>;
}

export function writeCardsOnWorkers(jobs: CardJob[], cacheDir: string, concurrency: number, onProgress?: (done: number, total: number) => void, cores = os.availableParallelism()): CardRun {
  clearOtherCardVersions(cacheDir);
  // Identical cards are grouped first, so each is drawn once.
  const queue: CardGroup[][] = [];
  const groups = groupCards(jobs);
  for (let i = 0; i < groups.length; i += BATCH) queue.push(groups.slice(i, i + BATCH));
  const workers: Worker[] = [];
  let inFlight = 0;
  let drawn = 0;
  let finished = 0;
  let settle!: { resolve: (n: number) => void; reject: (e: Error) => void };
  const all = new Promise<number>((resolve, reject) => { settle = { resolve, reject }; });

  const send = (worker: Worker) => {
    const batch = queue.shift();
    if (batch) {
      inFlight++;
      worker.postMessage({ groups: batch });
    } else if (inFlight === 0) settle.resolve(drawn);
  };
  const start = () => {
    const worker = startTsWorker(ENTRY, { cacheDir, concurrency });
    workers.push(worker);
    worker.on('message', (m: { drawn?: number; files?: number; error?: string }) => {
      if (m.error !== undefined) return settle.reject(new Error(`drawing social cards failed: ${m.error}`));
      inFlight--;
      drawn += m.drawn!;
      finished += m.files!;
      onProgress?.(finished, jobs.length);
      send(worker);
    });
    worker.on('error', (e) => settle.reject(e));
    worker.on('exit', (code) => settle.reject(new Error(`a social card worker stopped (exit ${code})`)));
    // Two batches in flight, so a worker never waits for its next one.
    send(worker);
    send(worker);
  };

  onProgress?.(0, jobs.length);
  if (queue.length === 0) settle.resolve(0);
  else start();
  for (let i = 1; i < Math.max(1, cores - 1) && queue.length; i++) start();
  const cancel = async () => { await Promise.all(workers.map((w) => w.terminate())); };
  // One failing worker stops the others, so none keeps writing into a folder being removed.
  const done = all.then(
    async (n) => { await cancel(); return n; },
    async (e: unknown) => { await cancel(); throw e; },
  );
  // Awaited at the end of the build; until then a failure must not count as an unhandled rejection.
  done.catch(() => {});
  return {
    done,
    useAllCores: () => { while (workers.length < cores && queue.length) start(); },
    cancel,
  };
}
