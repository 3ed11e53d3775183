/**
 * Social cards drawn on worker threads while the build goes on (see cardWorker.ts). There is one
 * worker per core: while this thread works they share the cores with it, and once it is done
 * they have them all, so no core idles until the last card.
 */
import os from 'node:os';
import { startTsWorker } from './tsWorker.ts';
import { groupCards, type CardJob, type CardGroup } from './cardCache.ts';

const ENTRY = new URL('./cardWorker.ts', import.meta.url);

export interface CardRun {
  /** Resolves with the number of cards drawn (not taken from the cache). */
  done: Promise<number>;
  /** Stop drawing (the build failed): resolves once the workers have exited. */
  cancel(): Promise<void>;
}

export function writeCardsOnWorkers(jobs: CardJob[], cacheDir: string, concurrency: number, onProgress?: (done: number, total: number) => void, workers = os.availableParallelism()): CardRun {
  // Identical cards are grouped before the split, so each is drawn once; groups are dealt out in
  // turn, so every worker gets a similar share.
  const groups = groupCards(jobs);
  const shares: CardGroup[][] = Array.from({ length: Math.max(1, Math.min(workers, groups.length)) }, () => []);
  groups.forEach((g, i) => shares[i % shares.length]!.push(g));
  const progress = shares.map(() => 0);
  const threads = shares.map((share, w) => {
    const worker = startTsWorker(ENTRY, { groups: share, cacheDir, concurrency });
    const done = new Promise<number>((resolve, reject) => {
      worker.on('message', (m: { progress?: [number, number]; drawn?: number; error?: string }) => {
        if (m.progress) {
          progress[w] = m.progress[0];
          onProgress?.(progress.reduce((a, b) => a + b, 0), jobs.length);
        } else if (m.error !== undefined) reject(new Error(`drawing social cards failed: ${m.error}`));
        else if (m.drawn !== undefined) resolve(m.drawn);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`a social card worker stopped (exit ${code})`)));
    });
    return { worker, done: done.finally(() => worker.terminate()) };
  });
  const all = Promise.all(threads.map((t) => t.done)).then((drawn) => drawn.reduce((a, b) => a + b, 0));
  const cancel = async () => { await Promise.all(threads.map((t) => t.worker.terminate())); };
  // One failing worker stops the others, so none keeps writing into a folder being removed.
  const settled = all.catch(async (e: unknown) => { await cancel(); throw e; });
  // Awaited at the end of the build; until then a failure must not count as an unhandled rejection.
  settled.catch(() => {});
  return { done: settled, cancel };
}
