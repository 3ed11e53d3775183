#!/usr/bin/env node
/**
 * The Scale benchmark: generate a synthetic archive of N raw files, build it (full, no-op rebuild,
 * rebuild after one article changed) in a child process, measure output and search, print a table.
 * A tool, not a test: CI times nothing.
 *
 *   npm run bench -- --articles N [--json FILE] [--keep DIR] [--no-browser] [--no-images]
 *                    [--repeats K] [--timeout MINUTES]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { writeArchive } from './generateArchive.ts';
import { runBuildChild } from './buildChild.ts';
import { outputStats } from './outputStats.ts';
import { measureSearch } from './measureSearch.ts';
import { formatReport, type BenchResult, type BuildMeasure } from './report.ts';

/** The sentence appended to one article for the 'one changed' rebuild. */
export const CHANGE = '\nOfficials said on Friday that more details would be released later.\n';

const positive = (what: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be a whole number of at least 1.`);
  return n;
};

const program = new Command('bench')
  .description('Time the build and the search on a synthetic archive of N raw files.')
  .requiredOption('-n, --articles <n>', 'number of raw files to generate', positive('--articles'))
  .option('--json <file>', 'also write the results as JSON to this file')
  .option('--keep <dir>', 'work in this folder (archive, site, cache) and keep it afterwards')
  .option('--no-browser', 'skip the search measurement in Chromium')
  .option('--no-images', 'build without social cards (passes images: false to the build)')
  .option('--repeats <k>', 'warm search loads per query', positive('--repeats'), 5)
  .option('--timeout <minutes>', 'give up on a build after this long', positive('--timeout'), 30)
  .showHelpAfterError('(run with --help for the options)');

async function main(): Promise<void> {
  const o = program.parse().opts<{ articles: number; json?: string; keep?: string; browser: boolean; images: boolean; repeats: number; timeout: number }>();
  const log = (s: string) => console.error(s);
  let work: string;
  if (o.keep) {
    work = path.resolve(o.keep);
    if (fs.existsSync(work) && fs.readdirSync(work).length) throw new Error(`--keep ${o.keep}: the folder is not empty; give a new or empty folder`);
    fs.mkdirSync(work, { recursive: true });
  } else work = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-bench-'));
  const archive = path.join(work, 'articles');
  const site = path.join(work, 'site');
  const cacheDir = path.join(work, 'cache');
  try {
    log(`bench: generating ${o.articles} articles in ${archive}`);
    const stats = writeArchive(archive, o.articles);
    log(`bench: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.terms} terms in ${(stats.ms / 1000).toFixed(1)} s`);
    const result: BenchResult = {
      articles: o.articles, node: process.versions.node, cpus: os.cpus().length, startedAt: new Date().toISOString(),
      archive: stats, builds: [], search: null,
    };
    const build = async (name: string): Promise<BuildMeasure> => {
      log(`bench: ${name} build…`);
      const since = Date.now();
      const run = await runBuildChild({ input: archive, output: site, cacheDir, images: o.images, timeoutMs: o.timeout * 60_000 });
      log(`bench: ${name} build ${run.ok ? `took ${(run.wallMs / 1000).toFixed(1)} s` : `failed: ${run.failure}`}`);
      const m = { name, run, output: run.ok ? outputStats(site, since) : null };
      result.builds.push(m);
      return m;
    };
    const full = await build('full');
    if (full.run.ok) {
      await build('no-op');
      const files = fs.readdirSync(archive).filter((f) => f.endsWith('.txt')).sort();
      fs.appendFileSync(path.join(archive, files[Math.floor(files.length / 2)]!), CHANGE);
      await build('one changed');
    }
    if (!o.browser) result.searchSkipped = '--no-browser';
    else if (!full.run.ok) result.searchSkipped = 'the full build failed';
    else {
      log('bench: search in Chromium…');
      try {
        result.search = await measureSearch(site, stats.queries, { repeats: o.repeats, timeoutMs: 60_000, log });
      } catch (e) {
        result.searchSkipped = `the browser failed: ${(e as Error).message.split('\n')[0]}`;
      }
    }
    console.log(formatReport(result));
    if (o.json) {
      fs.writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
      log(`bench: wrote ${o.json}`);
    }
    if (result.builds.some((b) => !b.run.ok)) process.exitCode = 1;
  } finally {
    if (!o.keep) fs.rmSync(work, { recursive: true, force: true });
    else log(`bench: kept ${work}`);
  }
}

main().catch((e: Error) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
