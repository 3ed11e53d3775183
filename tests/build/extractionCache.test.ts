import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskExtractionMemo } from '../../src/build/extractionCache.ts';
import { ingestArchive, type ExtractionMemo, type RawFile } from '../../src/ingest/ingestArchive.ts';
import { SAMPLES } from '../helpers/buildOnce.ts';

const samples = (): RawFile[] => fs.readdirSync(SAMPLES).sort().map((f) => ({ input: f, bytes: fs.readFileSync(path.join(SAMPLES, f)) }));

function counting(memo: ExtractionMemo) {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    memo: {
      get(key: string, page: string) { const e = memo.get(key, page); if (e) stats.hits++; else stats.misses++; return e; },
      set: memo.set.bind(memo),
    } satisfies ExtractionMemo,
  };
}

test('ingest with the on-disk cache gives exactly what ingest without it gives', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-memo-'));
  const plain = ingestArchive(samples());
  const cold = ingestArchive(samples(), { memo: diskExtractionMemo(dir), memoVersion: 'v1' });
  const warm = ingestArchive(samples(), { memo: diskExtractionMemo(dir), memoVersion: 'v1' });
  assert.deepEqual(cold, plain);
  assert.deepEqual(warm, plain);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a rebuild extracts only the file that changed, and a new code version extracts all again', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-memo-'));
  ingestArchive(samples(), { memo: diskExtractionMemo(dir), memoVersion: 'v1' });
  const files = samples();
  files[2] = { ...files[2]!, bytes: Buffer.concat([files[2]!.bytes, Buffer.from('\nOne more sentence was added to this article today.\n')]) };
  const again = counting(diskExtractionMemo(dir));
  ingestArchive(files, { memo: again.memo, memoVersion: 'v1' });
  assert.deepEqual(again.stats, { hits: 4, misses: 1 });
  const newCode = counting(diskExtractionMemo(dir));
  ingestArchive(files, { memo: newCode.memo, memoVersion: 'v2' });
  assert.deepEqual(newCode.stats, { hits: 0, misses: 5 });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a torn cache entry is treated as missing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-memo-'));
  const memo = diskExtractionMemo(dir);
  ingestArchive(samples(), { memo, memoVersion: 'v1' });
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'))) fs.writeFileSync(path.join(dir, f), '{"lines": [');
  assert.deepEqual(ingestArchive(samples(), { memo, memoVersion: 'v1' }), ingestArchive(samples()));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('with deferred writes the cache stays empty until flushed, and then serves every article', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-memo-'));
  const memo = diskExtractionMemo(dir, { deferWrites: true });
  ingestArchive(samples(), { memo, memoVersion: 'v1' });
  assert.equal(fs.readdirSync(dir).length, 0, 'nothing written before flush');
  await memo.flush();
  const again = counting(diskExtractionMemo(dir));
  assert.deepEqual(ingestArchive(samples(), { memo: again.memo, memoVersion: 'v1' }), ingestArchive(samples()));
  assert.deepEqual(again.stats, { hits: 5, misses: 0 });
  fs.rmSync(dir, { recursive: true, force: true });
});
