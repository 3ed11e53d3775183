/** Cards drawn on several worker threads: each distinct card once, every article gets its card. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { writeCardsOnWorkers } from '../../src/build/cardThread.ts';

test('cards split over two workers are each drawn once and reach every file, with progress up to the total', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-card-workers-'));
  const texts = ['Storm closes coastal road', 'Ferry service resumes', 'Council approves budget'].map((title) => ({ title, source: 'The Courier', dateLabel: '3 May 2024', siteName: 'Clippings' }));
  // Seven articles, three distinct cards: the two copies of each headline must not be drawn twice.
  const jobs = [0, 1, 2, 0, 1, 2, 0].map((t, i) => ({ file: path.join(dir, 'out', `${i}.png`), text: texts[t]! }));
  let last = 0;
  const run = writeCardsOnWorkers(jobs, path.join(dir, 'cache'), 2, (done, total) => { assert.equal(total, 7); last = Math.max(last, done); }, 3);
  assert.equal(await run.done, 3);
  assert.equal(last, 7);
  for (const j of jobs) assert.equal((await sharp(j.file).metadata()).width, 1200);
  // The same card for the same headline, a different one for another.
  assert.deepEqual(fs.readFileSync(jobs[0]!.file), fs.readFileSync(jobs[3]!.file));
  assert.notDeepEqual(fs.readFileSync(jobs[0]!.file), fs.readFileSync(jobs[1]!.file));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a run started on one worker takes more when asked to use every core, and every card is still drawn once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-card-workers-'));
  // 200 distinct cards: several batches, so workers started late still find work.
  const jobs = Array.from({ length: 200 }, (_, i) => ({ file: path.join(dir, 'out', `${i}.png`), text: { title: `Headline number ${i}`, source: null, dateLabel: null, siteName: 'Clippings' } }));
  const run = writeCardsOnWorkers(jobs, path.join(dir, 'cache'), 2, undefined, 2);
  run.useAllCores();
  assert.equal(await run.done, 200);
  assert.equal(fs.readdirSync(path.join(dir, 'out')).length, 200);
  const cached = fs.readdirSync(path.join(dir, 'cache', 'cards'), { recursive: true }) as string[];
  assert.equal(cached.filter((f) => f.endsWith('.png')).length, 200);
  fs.rmSync(dir, { recursive: true, force: true });
});
