/**
 * The worker-thread side of `writeCardsOnWorkers`: draws each batch of cards it is sent (with one
 * glyph atlas for all of them) and reports how many it drew.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, type CardGroup } from './cardCache.ts';
import { GlyphAtlas } from '../images/glyphAtlas.ts';

const { cacheDir, concurrency } = workerData as { cacheDir: string; concurrency: number };
const atlas = new GlyphAtlas();
parentPort!.on('message', ({ groups }: { groups: CardGroup[] }) => {
  drawCards(groups, cacheDir, concurrency, undefined, atlas).then(
    (drawn) => parentPort!.postMessage({ drawn, files: groups.reduce((n, g) => n + g.files.length, 0) }),
    (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) }),
  );
});
