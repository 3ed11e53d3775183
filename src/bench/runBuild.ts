/**
 * Runs one build in this process and prints its summary as a single JSON line, for the benchmark's
 * parent process (`buildChild.ts`), which needs the phases and this process's own peak memory.
 *
 *   node --import tsx src/bench/runBuild.ts --input DIR --output DIR --cache-dir DIR [--no-images]
 */
import { parseArgs } from 'node:util';
import { buildArchive } from '../build/buildArchive.ts';

/** Prefix of the line that carries the result on stdout. */
export const SUMMARY_MARK = 'BENCH_SUMMARY ';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' }, output: { type: 'string' }, 'cache-dir': { type: 'string' }, 'no-images': { type: 'boolean', default: false },
    },
  });
  if (!values.input || !values.output || !values['cache-dir']) throw new Error('runBuild: --input, --output and --cache-dir are required');
  const started = performance.now();
  const summary = await buildArchive({ input: values.input, output: values.output, cacheDir: values['cache-dir'], images: !values['no-images'] });
  const { problems: _problems, ...rest } = summary;
  const result = {
    ...rest,
    inProcessMs: performance.now() - started,
    // resourceUsage().maxRSS is in kilobytes: the peak resident set of this process over its whole life.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`\n${SUMMARY_MARK}${JSON.stringify(result)}\n`);
}

// Only when run as a script, so the parent can import SUMMARY_MARK without running a build.
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: Error) => {
    console.error(`runBuild: ${e.stack ?? e.message}`);
    process.exitCode = 1;
  });
}
