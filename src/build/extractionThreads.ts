/**
 * Extraction spread over worker threads, one per core. Nothing else can start while ingest runs
 * (everything after it needs the records), so this thread only deals out batches and waits.
 * Pages are extracted with their own page context (see `pageContext`), so the result is the one
 * `ingestArchive` computes on a single thread.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { extractArticle } from '../ingest/extract.ts';
import type { Extraction } from '../ingest/Extraction.ts';
import type { ExtractMany, ExtractionJob } from '../ingest/ingestArchive.ts';
import { startTsWorker } from './tsWorker.ts';
import { restoreExtraction, type CompactExtraction } from './compactExtraction.ts';

const ENTRY = new URL('./extractionWorker.ts', import.meta.url);
/** Pages a message: few enough that the workers end together, enough that messages cost little. */
const BATCH = 100;
/** Below this many pages, starting the workers (~0.5 s) costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 400;

export function extractOnWorkers(workers = os.availableParallelism()): ExtractMany {
  return async (jobs, onProgress) => {
    if (workers < 2 || jobs.length < MIN_PAGES_FOR_WORKERS) return extractHere(jobs, onProgress);
    const results = new Array<Extraction>(jobs.length);
    let next = 0;
    let done = 0;
    const threads: Worker[] = [];
    const work = (worker: Worker) => new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = () => {
        if (next >= jobs.length) {
          if (inFlight === 0) resolve();
          return;
        }
        const from = next;
        next = Math.min(jobs.length, next + BATCH);
        inFlight++;
        worker.postMessage({ from, jobs: jobs.slice(from, next) });
      };
      worker.on('message', (m: { from?: number; extractions?: CompactExtraction[]; error?: string }) => {
        if (m.error !== undefined) return reject(new Error(`extraction worker failed: ${m.error}`));
        // Line texts come back as slices of the page held here, not as copies.
        m.extractions!.forEach((e, k) => { results[m.from! + k] = restoreExtraction(jobs[m.from! + k]!.page, e); });
        inFlight--;
        done += m.extractions!.length;
        onProgress(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`an extraction worker stopped (exit ${code})`)));
      // Two batches in flight, so a worker never waits for its next one.
      send();
      send();
    });
    try {
      for (let i = 0; i < workers; i++) threads.push(startTsWorker(ENTRY));
      await Promise.all(threads.map(work));
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
    return results;
  };
}

function extractHere(jobs: ExtractionJob[], onProgress: (done: number) => void): Promise<Extraction[]> {
  return Promise.resolve(jobs.map((j, i) => {
    if (i % 100 === 0) onProgress(i);
    return extractArticle(j.page, j.context);
  }));
}
