/**
 * The V8 heap limit builds run with (node --max-old-space-size, in MB; package.json's build and
 * start scripts and the benchmark's build process pass it). Node's default on a large machine is
 * about 4.3 GB, and V8 lets garbage pile up close to whatever the limit is: a 100,000-article
 * build peaked above 4 GB resident while holding under half of that in live objects. With this
 * limit V8 collects sooner and the process stays under 4 GB. Raise it (CLIPPINGS_HEAP_MB) only for
 * archives well past 100,000 articles.
 */
export const BUILD_HEAP_MB = Number(process.env.CLIPPINGS_HEAP_MB) || 3072;
export const heapFlag = () => `--max-old-space-size=${BUILD_HEAP_MB}`;
