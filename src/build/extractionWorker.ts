/**
 * The worker-thread side of `extractOnWorkers`: extracts the batches of pages it is sent, each
 * with its page's archive context, and posts the extractions back (compact: without the texts
 * of the page's own lines) with the batch's position.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../ingest/extract.ts';
import type { ExtractionJob } from '../ingest/ingestArchive.ts';
import { compactExtraction } from './compactExtraction.ts';

parentPort!.on('message', ({ from, jobs }: { from: number; jobs: ExtractionJob[] }) => {
  parentPort!.postMessage({ from, extractions: jobs.map((j) => compactExtraction(j.page, extractArticle(j.page, j.context))) });
});
