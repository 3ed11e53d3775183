#!/usr/bin/env node
/**
 * The clippings command: a thin shell over the pipeline.
 *
 *   clippings build  [--input articles] [--output _site] [--path-prefix /] [--base-url URL] [--strict] [--no-images]
 *   clippings ingest [--input articles] [--output records] | --explain FILE
 *   clippings serve  [--input articles] [--output _site] [--port 8080]
 */
import { Command, Option } from 'commander';
import { buildArchive } from '../build/buildArchive.ts';
import { formatSummary } from './summary.ts';
import { ingestToFolder, explainFile } from './ingestCommand.ts';
import { serve } from './serve.ts';
import { discardActiveStagingSync } from '../build/outputDir.ts';
import { progressFor } from './progress.ts';

// Ctrl-C mid-build: remove the half-written staging folder; the previous site was never touched.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    discardActiveStagingSync();
    console.error(`\nclippings: interrupted (${signal}); the previous output is left as it was`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const program = new Command('clippings')
  .description('Turn a folder of saved news pages into a searchable archive site.')
  .showHelpAfterError('(run with --help for the options)');

program.command('build')
  .description('ingest the raw files and build the site')
  .option('-i, --input <dir>', 'folder of raw .txt article files', 'articles')
  .option('-o, --output <dir>', 'folder to write the site into (replaced atomically)', '_site')
  .option('--path-prefix <path>', 'URL path the site is served under, e.g. /archive/ for a GitHub Pages project site', '/')
  .option('--base-url <url>', 'public origin for absolute links, e.g. https://you.github.io (default: site.config.json url)')
  .option('--strict', 'exit non-zero when any input file fails to ingest', false)
  .option('--no-images', 'skip social cards and image variants (a quicker look)')
  .action(async (opts) => {
    const progress = progressFor();
    const summary = await buildArchive({
      input: opts.input, output: opts.output, pathPrefix: opts.pathPrefix, baseUrl: opts.baseUrl, images: opts.images,
      onStage: progress.stage, onProgress: progress.tick,
    });
    progress.stop();
    console.log(formatSummary(summary));
    if (opts.strict && summary.errors > 0) {
      console.error(`--strict: ${summary.errors} input file(s) failed to ingest`);
      process.exitCode = 1;
    }
  });

program.command('ingest')
  .description('turn raw files into records (Markdown with front matter) and report.json, without building the site')
  .option('-i, --input <dir>', 'folder of raw .txt article files', 'articles')
  .option('-o, --output <dir>', 'folder to write the records into', 'records')
  .addOption(new Option('--explain <file>', 'print the line-by-line decisions for one raw file').conflicts('output'))
  .option('--strict', 'exit non-zero when any input file fails to ingest', false)
  .action(async (opts) => {
    if (opts.explain) {
      console.log(await explainFile(opts.explain));
      return;
    }
    const { errors, text } = await ingestToFolder(opts.input, opts.output);
    console.log(text);
    if (opts.strict && errors > 0) process.exitCode = 1;
  });

program.command('serve')
  .description('build, serve on localhost, and rebuild when articles or templates change')
  .option('-i, --input <dir>', 'folder of raw .txt article files', 'articles')
  .option('-o, --output <dir>', 'folder to write the site into', '_site')
  .option('-p, --port <n>', 'port to listen on', '8080')
  .action(async (opts) => serve({ input: opts.input, output: opts.output, port: Number(opts.port) }));

program.parseAsync().catch((e: Error) => {
  console.error(`clippings: ${e.message}`);
  process.exitCode = 1;
});
