/**
 * Social cards, cached by content hash: a card is redrawn only when what it shows changes
 * (headline, source, date or site name), never because the build ran again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { cardLayout, renderCard, CARD_ENCODING, type CardText } from '../images/socialCard.ts';
import { GlyphAtlas } from '../images/glyphAtlas.ts';
import { Folders, linkOrCopy, writeCacheEntrySync } from './syncFiles.ts';
import { versionFolder } from './cacheVersions.ts';

/** Cards drawn by this renderer and encoding live in a folder of their own under the cache's cards/. */
const CARD_VERSION = createHash('sha256').update(CARD_ENCODING).digest('hex');
const cardFolder = (cacheDir: string) => path.join(cacheDir, 'cards', CARD_VERSION.slice(0, 16));

/** Remove cached cards of other renderers or encodings (they can never be used again); once a build. */
export function clearOtherCardVersions(cacheDir: string): void {
  versionFolder(path.join(cacheDir, 'cards'), CARD_VERSION);
}

export interface CardJob {
  file: string;
  text: CardText;
}

/** One card to draw and every file that receives it. */
export interface CardGroup {
  key: string;
  text: CardText;
  files: string[];
}

/**
 * Cards with the same content (two versions of one story under one headline) share one group,
 * keyed by a hash of what the card shows and how it is encoded.
 */
export function groupCards(jobs: CardJob[]): CardGroup[] {
  const byCard = new Map<string, CardGroup>();
  for (const job of jobs) {
    const key = createHash('sha256').update(CARD_ENCODING).update('\0').update(JSON.stringify(cardLayout(job.text))).digest('hex');
    const entry = byCard.get(key);
    if (entry) entry.files.push(job.file);
    else byCard.set(key, { key, text: job.text, files: [job.file] });
  }
  return [...byCard.values()];
}

/** Write every card, drawing at most `concurrency` at once; returns how many were drawn (not cached). */
export function writeCards(jobs: CardJob[], cacheDir: string, concurrency = 4, onProgress?: (done: number, total: number) => void): Promise<number> {
  clearOtherCardVersions(cacheDir);
  return drawCards(groupCards(jobs), cacheDir, concurrency, onProgress);
}

/**
 * Draw (or take from the cache) each group's card and give it to the group's files. File work is
 * synchronous: this runs on a worker thread, and a card's five short system calls cost more as
 * promises than inline.
 */
export async function drawCards(groups: CardGroup[], cacheDir: string, concurrency = 4, onProgress?: (done: number, total: number) => void, atlas = new GlyphAtlas()): Promise<number> {
  const dir = cardFolder(cacheDir);
  fs.mkdirSync(dir, { recursive: true });
  const total = groups.reduce((n, g) => n + g.files.length, 0);
  let drawn = 0;
  let next = 0;
  let finished = 0;
  const folders = new Folders();
  async function worker() {
    while (next < groups.length) {
      const { key, text, files } = groups[next++]!;
      const cached = path.join(dir, `${key}.png`);
      let png: Buffer | null = null;
      if (!fs.existsSync(cached)) {
        png = await renderCard(text, atlas);
        drawn++;
        writeCacheEntrySync(cached, png);
      }
      for (const file of files) {
        folders.forFile(file);
        try {
          linkOrCopy(cached, file);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
          fs.writeFileSync(file, (png ??= await renderCard(text, atlas))); // the cached card went meanwhile
        }
        onProgress?.(++finished, total);
      }
    }
  }
  // allSettled first: a failing card must not leave other workers writing into a folder being removed.
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return drawn;
}
