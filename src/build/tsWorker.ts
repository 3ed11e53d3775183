/**
 * Worker threads that run TypeScript modules. Node 20 does not pass `--import tsx` loader hooks on
 * to worker threads, so the worker registers tsx itself before it loads its entry module. A
 * failure to start is posted as `{ error }`, like the errors the entry modules post.
 */
import { Worker } from 'node:worker_threads';

export function startTsWorker(entry: URL, workerData?: unknown): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })
  .catch((e) => { require('node:worker_threads').parentPort.postMessage({ error: String(e && e.stack || e) }); });`;
  return new Worker(boot, { eval: true, workerData });
}
