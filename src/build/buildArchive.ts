/**
 * The whole build, stage by stage: ingest → corpus → pages → search → images, written into a
 * staging folder and swapped into place at the end. Per-file problems are collected in the report;
 * only a fatal error (bad settings, an unwritable output) rejects.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../ingest/readInputs.ts';
import { ingestArchive, ingestArchiveWith, type IngestResult } from '../ingest/ingestArchive.ts';
import { extractOnWorkers } from './extractionThreads.ts';
import { startFileWriter, type FileWriter } from './fileWriter.ts';
import { writeReportFile } from './reportFile.ts';
import type { IngestReportEntry } from '../ingest/IngestReport.ts';
import { buildCorpus, cardUrl, dateLabelOf, type ArticlePage } from '../analysis/corpus.ts';
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { loadSettings } from '../site/settings.ts';
import { normalisePrefix } from '../site/links.ts';
import { writeSearchClient } from '../search/writeSearch.ts';
import { startSearchWorker, writeSearchIndexHere, type SearchIndexRun } from './searchThread.ts';
import { writeSiteExtras } from '../site/writeSiteExtras.ts';
import { renderPages } from './renderPages.ts';
import { writeCardsOnWorkers, type CardRun } from './cardThread.ts';
import { makeStaging, swapIntoPlace, discardStaging } from './outputDir.ts';
import { codeVersion } from './codeVersion.ts';
import { diskExtractionMemo } from './extractionCache.ts';
import { versionFolder } from './cacheVersions.ts';
import { buildFingerprint, otherInputFiles } from './fingerprint.ts';
import { readManifest, writeManifest, countFiles } from './buildManifest.ts';
import { planRendering } from './pageReuse.ts';
import { planArticleFiles, articleFilesToWrite } from './articleFiles.ts';
import { createHash } from 'node:crypto';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** See the ingest phase in buildArchive. */
const WORKER_INGEST_MAX_FILES = 50_000;
/** See the analysis phase in buildArchive. */
const WORKER_SEARCH_MAX_ARTICLES = 50_000;

export interface BuildOptions {
  input: string;
  output: string;
  pathPrefix?: string;
  /** Public origin, e.g. 'https://you.github.io'; overrides site.config.json's url. */
  baseUrl?: string;
  settingsFile?: string;
  cacheDir?: string;
  images?: boolean;
  /** Pages per Eleventy run (memory is bounded by it); the default suits any archive size. */
  pagesPerBatch?: number;
  /** Threads for extraction (default: one per core). */
  workers?: number;
  /** Called when a stage starts, for progress output. */
  onStage?: (stage: string) => void;
  /** Called as a stage works through its items. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface BuildSummary {
  inputs: number;
  articles: number;
  warnings: number;
  errors: number;
  /** Report entries with warnings or errors; every entry is in the output's report.json. */
  problems: IngestReportEntry[];
  phases: Array<{ name: string; ms: number }>;
  pages: number;
  cardsDrawn: number;
  /** Pages linked unchanged from the previous build of this output instead of rendered. */
  pagesReused: number;
  /** True when nothing changed since the last build of this output, which was left as it was. */
  upToDate: boolean;
  output: string;
  ms: number;
}

export async function buildArchive(o: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const phases: BuildSummary['phases'] = [];
  const timed = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    o.onStage?.(name);
    const t = performance.now();
    const r = await fn();
    phases.push({ name, ms: performance.now() - t });
    return r;
  };
  const settings = loadSettings(o.settingsFile ?? path.join(ROOT, 'site.config.json'));
  if (o.baseUrl !== undefined) settings.url = o.baseUrl.replace(/\/+$/, '');
  const pathPrefix = normalisePrefix(o.pathPrefix);
  const cacheDir = o.cacheDir ?? path.join(process.cwd(), '.cache');

  const code = codeVersion();
  const previous = readManifest(cacheDir, o.output);
  // `let`, so the raw bytes of every input can be let go once they are ingested.
  let scan: Awaited<ReturnType<typeof readInputs>> | null = await timed('read', () => readInputs(o.input));
  const others = otherInputFiles(o.input);
  const fingerprint = buildFingerprint({ code, settings, options: { pathPrefix, images: o.images !== false }, files: scan.files, others });
  if (previous?.fingerprint === fingerprint && countFiles(o.output) === previous.files) {
    const unchanged = await upToDate(o.output, phases, started);
    if (unchanged) return unchanged;
  }

  const staging = await makeStaging(o.output);
  let cards: CardRun | null = null;
  let writer: FileWriter | null = null;
  let searchIndex = null as SearchIndexRun | null; // set from a callback: `as` keeps TypeScript from narrowing it to null
  // Started now, so that it has loaded by the time the articles are analysed (see the analysis phase).
  const searchWorker = scan.files.length <= WORKER_SEARCH_MAX_ARTICLES ? startSearchWorker(cacheDir) : null;
  try {
    // The build keeps only the records (as fresh strings, not slices of the raw text) and the
    // problems: memory then grows with the records alone (a 100,000-article report is ~0.5 GB of
    // objects). The report and each article's original and record go to disk right away.
    const memo = diskExtractionMemo(versionFolder(path.join(cacheDir, 'ingest'), code), { deferWrites: true });
    let ingested: { result: IngestResult; report: IngestReportEntry[] } | null = await timed('ingest', async () => {
      const options = { onProgress: (done: number, total: number) => o.onProgress?.('ingest', done, total), memo, memoVersion: code };
      // Worker extraction holds every page's context at once and adds two heaps; above this many
      // files it would take a 100,000-article build past 4 GB, so those extract on this thread.
      const result = scan!.files.length <= WORKER_INGEST_MAX_FILES
        ? await ingestArchiveWith(scan!.files, extractOnWorkers(o.workers), options)
        : ingestArchive(scan!.files, options);
      return { result, report: [...result.report, ...scan!.refused].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0)) };
    });
    scan = null;
    // One record at a time: a single JSON text of 100,000 records is itself half a gigabyte.
    const records = ingested.result.articles.map((a) => JSON.parse(JSON.stringify(a.record)) as ArticleRecord);
    const counts = reportCounts(ingested.report);
    const problems = ingested.report.filter((e) => e.status !== 'ok');
    // Cards need only the records: they are drawn on a worker thread from here on, while this
    // thread writes the records, analyses the archive and renders pages and the index.
    const cardsStarted = performance.now();
    if (o.images !== false) {
      cards = writeCardsOnWorkers(
        records.map((record) => ({
          file: path.join(staging, cardUrl(record.slug)),
          text: { title: record.title, source: record.source, dateLabel: dateLabelOf(record), siteName: settings.title },
        })),
        cacheDir,
        4,
        (done, total) => o.onProgress?.('images', done, total),
      );
    }
    writer = startFileWriter();
    const articleFiles = await timed('records', async () => {
      await writeReportFile(path.join(staging, 'report.json'), ingested!.report);
      const plan = planArticleFiles(ingested!.result.articles, code, previous?.outputs ?? null, o.output);
      for (let i = 0; i < plan.write.length; i += 2000) await writer!.write(articleFilesToWrite(staging, plan.write.slice(i, i + 2000)));
      await memo.flush(writer!);
      writer!.link(plan.reuse, o.output, staging);
      return { keys: plan.keys };
    });
    ingested = null;
    // The index is built beside the rest of the analysis and the pages (see searchThread.ts), from
    // the moment the articles' topics are known; above WORKER_SEARCH_MAX_ARTICLES on this thread
    // after the pages, since a worker would hold a second copy of every article.
    let searchStarted = 0;
    const startSearch = (articles: ArticlePage[]) => {
      searchStarted = performance.now();
      if (searchWorker) searchIndex = searchWorker.start(staging, articles, cacheDir);
    };
    const corpus = await timed('analysis', () => buildCorpus(records, settings, cacheDir, startSearch));
    // Pages depend on the code, the settings, the prefix and the pictures beside the raw files.
    const globals = createHash('sha256').update(JSON.stringify([code, settings, pathPrefix, others])).digest('hex');
    const plan = planRendering(corpus, globals, previous?.outputs ?? null, o.output);
    writer.link(plan.reuse, o.output, staging);
    const pages = await timed('pages', async () => {
      const n = await renderPages({ corpus, render: plan.render, settings, outDir: staging, pathPrefix, batchSize: o.pagesPerBatch, writer: writer!, onProgress: (d, t) => o.onProgress?.('pages', d, t) });
      await fs.cp(path.join(ROOT, 'public'), staging, { recursive: true });
      return n;
    });
    // The offline copy hashes pages the writer thread may still be writing: let it finish first.
    await timed('writes (wait)', () => writer!.close());
    await timed('search (wait)', async () => {
      const index = await (searchIndex ?? writeSearchIndexHere(staging, corpus.articles, cacheDir)).done;
      await writeSearchClient(staging, index);
    });
    if (searchIndex) phases.push({ name: 'search (total)', ms: performance.now() - searchStarted });
    // Icons, manifest and the dataset are linked from every page, so they are written even without images.
    await timed('extras', () => writeSiteExtras({ outDir: staging, corpus, settings, pathPrefix, cacheDir, input: o.input, articleImages: o.images !== false }));
    // Cards and the search index overlap other phases: '(wait)' is what they add to the build, '(total)' how long they took.
    cards?.useAllCores();
    const cardsDrawn = cards ? await timed('images (wait)', () => cards!.done) : 0;
    if (cards) phases.push({ name: 'images (total)', ms: performance.now() - cardsStarted });
    // The next build reads the search caches: they are kept by now, or will never be.
    await searchIndex?.kept;
    const files = countFiles(staging);
    await swapIntoPlace(staging, o.output);
    writeManifest(cacheDir, o.output, { fingerprint, outputs: { ...plan.keys, ...articleFiles.keys }, files });
    return {
      ...counts, articles: records.length,
      problems, phases, pages, cardsDrawn, pagesReused: plan.reuse.length, upToDate: false,
      output: path.resolve(o.output), ms: performance.now() - started,
    };
  } catch (e) {
    // The build's own error is the one to report, even if cleaning up fails too.
    await cards?.cancel().catch(() => {});
    await searchWorker?.cancel().catch(() => {});
    await writer?.cancel().catch(() => {});
    await discardStaging(staging).catch(() => {});
    throw e;
  }
}

function reportCounts(report: IngestReportEntry[]): { inputs: number; warnings: number; errors: number } {
  const count = (s: string) => report.filter((e) => e.status === s).length;
  return { inputs: report.length, warnings: count('warning'), errors: count('error') };
}

/**
 * The summary of a build that found nothing to do: the report is the one the last build wrote.
 * Null when that report cannot be read (the output was tampered with): then the build runs.
 */
async function upToDate(output: string, phases: BuildSummary['phases'], started: number): Promise<BuildSummary | null> {
  let report: IngestReportEntry[];
  try {
    report = JSON.parse(await fs.readFile(path.join(output, 'report.json'), 'utf8')) as IngestReportEntry[];
  } catch {
    return null;
  }
  return {
    ...reportCounts(report), articles: report.filter((e) => e.status !== 'error').length,
    problems: report.filter((e) => e.status !== 'ok'), phases, pages: 0, cardsDrawn: 0, pagesReused: 0, upToDate: true, output: path.resolve(output), ms: performance.now() - started,
  };
}
