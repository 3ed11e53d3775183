/**
 * Social cards, cached by content hash: a card is redrawn only when its SVG changes
 * (headline, source, date or site name), never because the build ran again.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { cardSvg, renderCardPng, type CardText } from '../images/socialCard.ts';
import { linkOrCopy } from './pageReuse.ts';

export interface CardJob {
  file: string;
  text: CardText;
}

/** Write every card, drawing at most `concurrency` at once; returns how many were drawn (not cached). */
export async function writeCards(jobs: CardJob[], cacheDir: string, concurrency = 4, onProgress?: (done: number, total: number) => void): Promise<number> {
  const dir = path.join(cacheDir, 'cards');
  await fs.mkdir(dir, { recursive: true });
  let drawn = 0;
  let next = 0;
  let finished = 0;
  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const svg = cardSvg(job.text);
      const cached = path.join(dir, createHash('sha256').update(svg).digest('hex') + '.png');
      try {
        await fs.access(cached);
      } catch {
        // Write under a temporary name and rename, so an interrupted build never leaves half a card in the cache.
        const tmp = `${cached}.${process.pid}.tmp`;
        await fs.writeFile(tmp, await renderCardPng(svg));
        await fs.rename(tmp, cached);
        drawn++;
      }
      await fs.mkdir(path.dirname(job.file), { recursive: true });
      await linkOrCopy(cached, job.file);
      onProgress?.(++finished, jobs.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return drawn;
}
