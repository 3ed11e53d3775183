/**
 * The whole build, stage by stage: ingest → corpus → pages → search → images, written into a
 * staging folder and swapped into place at the end. Per-file problems are collected in the report;
 * only a fatal error (bad settings, an unwritable output) rejects.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../ingest/readInputs.ts';
import { ingestArchive } from '../ingest/ingestArchive.ts';
import type { IngestReportEntry } from '../ingest/IngestReport.ts';
import { buildCorpus } from '../analysis/corpus.ts';
import { recordToMarkdown } from '../records/recordFile.ts';
import { loadSettings } from '../site/settings.ts';
import { normalisePrefix } from '../site/links.ts';
import { writeSearch } from '../search/writeSearch.ts';
import { writeSiteExtras } from '../site/writeSiteExtras.ts';
import { renderPages } from './renderPages.ts';
import { writeCards } from './cardCache.ts';
import { makeStaging, swapIntoPlace, discardStaging } from './outputDir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildOptions {
  input: string;
  output: string;
  pathPrefix?: string;
  /** Public origin, e.g. 'https://you.github.io'; overrides site.config.json's url. */
  baseUrl?: string;
  settingsFile?: string;
  cacheDir?: string;
  images?: boolean;
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
  report: IngestReportEntry[];
  phases: Array<{ name: string; ms: number }>;
  pages: number;
  cardsDrawn: number;
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

  const { articles, report } = await timed('ingest', async () => {
    const scan = await readInputs(o.input);
    const result = ingestArchive(scan.files, (done, total) => o.onProgress?.('ingest', done, total));
    const report = [...result.report, ...scan.refused].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    return { articles: result.articles, report };
  });
  const corpus = await timed('analysis', () => buildCorpus(articles.map((a) => a.record), settings));

  const staging = await makeStaging(o.output);
  try {
    const pages = await timed('pages', async () => {
      const n = await renderPages({ corpus, settings, outDir: staging, pathPrefix });
      await fs.cp(path.join(ROOT, 'public'), staging, { recursive: true });
      await fs.writeFile(path.join(staging, 'report.json'), JSON.stringify(report, null, 2) + '\n');
      for (const a of articles) {
        const dir = path.join(staging, 'articles', a.record.slug);
        await fs.writeFile(path.join(dir, 'original.txt'), a.text);
        await fs.writeFile(path.join(dir, 'record.md'), recordToMarkdown(a.record));
      }
      return n;
    });
    await timed('search', () => writeSearch({ outDir: staging, corpus, settings, pathPrefix, cacheDir }));
    // Icons, manifest and the dataset are linked from every page, so they are written even without images.
    await timed('extras', () => writeSiteExtras({ outDir: staging, corpus, settings, pathPrefix, cacheDir, input: o.input, articleImages: o.images !== false }));
    const cardsDrawn = o.images === false ? 0 : await timed('images', () => writeCards(
      corpus.articles.map((a) => ({
        file: path.join(staging, a.cardUrl),
        text: { title: a.record.title, source: a.record.source, dateLabel: a.dateLabel, siteName: settings.title },
      })),
      cacheDir,
      4,
      (done, total) => o.onProgress?.('images', done, total),
    ));
    await swapIntoPlace(staging, o.output);
    const count = (s: string) => report.filter((e) => e.status === s).length;
    return {
      inputs: report.length, articles: articles.length, warnings: count('warning'), errors: count('error'),
      report, phases, pages, cardsDrawn, output: path.resolve(o.output), ms: performance.now() - started,
    };
  } catch (e) {
    await discardStaging(staging);
    throw e;
  }
}
