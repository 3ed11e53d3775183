/** Extraction stays linear: pathological and huge inputs finish quickly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../../src/ingest/extract.ts';
import { buildArchiveContext } from '../../src/ingest/archiveContext.ts';

const DIR = new URL('../../articles/', import.meta.url).pathname;
const SAMPLE = readFileSync(DIR + readdirSync(DIR).find((f) => f.startsWith('002'))!, 'utf8');

function timed(text: string): number {
  const t0 = performance.now();
  extractArticle(text);
  return performance.now() - t0;
}

test('a 2 MB single line of each shape is extracted in well under a second', () => {
  for (const unit of ['a', 'word ', 'By A, ', '12 ', '“', ' ', 'Credit: x ', 'Sep 2022 ', '(((', 'ON THE RUN ']) {
    const ms = timed(unit.repeat(Math.ceil(2_000_000 / unit.length)));
    assert.ok(ms < 1000, `${JSON.stringify(unit)} took ${ms.toFixed(0)} ms`);
  }
});

test('20 MB of article text is extracted in a few seconds, not minutes', () => {
  const ms = timed(SAMPLE.repeat(Math.ceil(20_000_000 / SAMPLE.length)));
  assert.ok(ms < 15_000, `took ${ms.toFixed(0)} ms`);
});

test('archive statistics over 20 MB are built in a few seconds', () => {
  const t0 = performance.now();
  buildArchiveContext(Array.from({ length: 4000 }, () => SAMPLE));
  assert.ok(performance.now() - t0 < 10_000);
});
