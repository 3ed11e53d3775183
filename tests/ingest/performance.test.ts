/**
 * A guard against pathological regular expressions, not a speed test (speed is measured by the
 * benchmark): a 2 MB single line must not stall extraction. Linear work takes ~30 ms here, so the
 * bound only trips on super-linear backtracking. Files over the decode size limit never reach extraction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/extract.ts';

function timed(text: string): number {
  const t0 = performance.now();
  extractArticle(text);
  return performance.now() - t0;
}

test('a 2 MB single line of any shape does not stall extraction', () => {
  for (const unit of ['a', 'word ', 'By A, ', '12 ', '“', ' ', 'Credit: x ', 'Sep 2022 ', '(((', 'ON THE RUN ']) {
    const ms = timed(unit.repeat(Math.ceil(2_000_000 / unit.length)));
    assert.ok(ms < 5000, `${JSON.stringify(unit)} took ${ms.toFixed(0)} ms`);
  }
});
