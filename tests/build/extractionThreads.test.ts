import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractOnWorkers } from '../../src/build/extractionThreads.ts';
import { diskExtractionMemo } from '../../src/build/extractionCache.ts';
import { ingestArchive, ingestArchiveWith, type RawFile } from '../../src/ingest/ingestArchive.ts';
import { generateDocuments } from '../../src/bench/generateArchive.ts';
import { SAMPLES } from '../helpers/buildOnce.ts';

/** The samples and enough synthetic pages that extraction goes to the workers. */
function archive(): RawFile[] {
  const files = fs.readdirSync(SAMPLES).sort().map((f) => ({ input: f, bytes: fs.readFileSync(path.join(SAMPLES, f)) }));
  for (const doc of generateDocuments(450)) files.push({ input: doc.name, bytes: Buffer.from(doc.text) });
  return files;
}

test('ingest with extraction on two worker threads gives exactly what ingest on one thread gives', async () => {
  const files = archive();
  const progress: number[] = [];
  const threaded = await ingestArchiveWith(files, extractOnWorkers(2), { onProgress: (done) => progress.push(done) });
  assert.deepEqual(threaded, ingestArchive(files));
  assert.equal(threaded.articles.length, files.length);
  assert.equal(progress.at(-1), files.length, 'progress reaches the total');
});

test('pages in the extraction cache are not sent to the workers', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-memo-'));
  const files = archive();
  const options = { memo: diskExtractionMemo(dir), memoVersion: 'v1' };
  await ingestArchiveWith(files, extractOnWorkers(2), options);
  const sent: number[] = [];
  const again = await ingestArchiveWith(files, async (jobs, onProgress) => { sent.push(jobs.length); return extractOnWorkers(2)(jobs, onProgress); }, options);
  assert.deepEqual(sent, [0]);
  assert.deepEqual(again, ingestArchive(files));
  fs.rmSync(dir, { recursive: true, force: true });
});
