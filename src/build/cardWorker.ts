/**
 * The worker-thread side of `writeCardsOnWorker`: draws the cards it is sent and reports progress.
 * Cards are drawn here so that they use the second core while the main thread renders pages and
 * the search index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, type CardGroup } from './cardCache.ts';

const { groups, cacheDir, concurrency } = workerData as { groups: CardGroup[]; cacheDir: string; concurrency: number };
let last = 0;
parentPort!.postMessage({ progress: [0, groups.reduce((n, g) => n + g.files.length, 0)] });
drawCards(groups, cacheDir, concurrency, (done, total) => {
  // Progress a few hundred times per build at most: messages are not free.
  if (done === total || done - last >= 50) { last = done; parentPort!.postMessage({ progress: [done, total] }); }
}).then(
  (drawn) => parentPort!.postMessage({ drawn }),
  (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) }),
);
