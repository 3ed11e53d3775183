/**
 * Social cards, cached by content hash: a card is redrawn only when what it shows changes
 * (headline, source, date or site name), never because the build ran again.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { cardLayout, renderCard, CARD_ENCODING, type CardText } from '../images/socialCard.ts';
import { GlyphAtlas } from '../images/glyphAtlas.ts';
import { linkOrCopy } from './pageReuse.ts';

export interface CardJob {
  file: string;
  text: CardText;
}

/**
 * Write every card, drawing at most `concurrency` at once; returns how many were drawn (not cached).
 * Cards with the same content (two versions of one story under one headline) are drawn once.
 */
export async function writeCards(jobs: CardJob[], cacheDir: string, concurrency = 4, onProgress?: (done: number, total: number) => void): Promise<number> {
  const dir = path.join(cacheDir, 'cards');
  await fs.mkdir(dir, { recursive: true });
  const byCard = new Map<string, { text: CardText; files: string[] }>();
  for (const job of jobs) {
    const key = createHash('sha256').update(CARD_ENCODING).update('\0').update(JSON.stringify(cardLayout(job.text))).digest('hex');
    const entry = byCard.get(key);
    if (entry) entry.files.push(job.file);
    else byCard.set(key, { text: job.text, files: [job.file] });
  }
  const atlas = new GlyphAtlas();
  const cards = [...byCard];
  let drawn = 0;
  let next = 0;
  let finished = 0;
  async function worker() {
    while (next < cards.length) {
      const [key, { text, files }] = cards[next++]!;
      const cached = path.join(dir, `${key}.png`);
      try {
        await fs.access(cached);
      } catch {
        // Write under a temporary name and rename, so an interrupted build never leaves half a card in the cache.
        const tmp = `${cached}.${process.pid}.tmp`;
        await fs.writeFile(tmp, await renderCard(text, atlas));
        await fs.rename(tmp, cached);
        drawn++;
      }
      for (const file of files) {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await linkOrCopy(cached, file);
        onProgress?.(++finished, jobs.length);
      }
    }
  }
  // allSettled first: a failing card must not leave other workers writing into a folder being removed.
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, cards.length) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return drawn;
}
