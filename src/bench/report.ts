/**
 * The benchmark's result: one JSON-able object, and the table printed from it.
 */
import type { ArchiveStats } from './generateArchive.ts';
import type { BuildRun } from './buildChild.ts';
import type { OutputStats } from './outputStats.ts';
import { percentile, type SearchMeasure } from './measureSearch.ts';

/** One build (full, no-op rebuild, rebuild after one change) and what it left behind. */
export interface BuildMeasure {
  name: string;
  run: BuildRun;
  output: OutputStats | null;
}

export interface BenchResult {
  articles: number;
  node: string;
  cpus: number;
  startedAt: string;
  archive: ArchiveStats;
  builds: BuildMeasure[];
  search: SearchMeasure | null;
  /** Why search was not measured, when it was not. */
  searchSkipped?: string;
}

const PHASE_ORDER = ['ingest', 'records', 'analysis', 'pages', 'writes (wait)', 'search (wait)', 'extras', 'images (wait)', 'search (total)', 'images (total)'];

const secs = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mb = (b: number) => (b < 1e6 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(1)} MB`);
const int = (n: number) => n.toLocaleString('en-GB');
const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)} ms`);

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

/** The human-readable report. */
export function formatReport(r: BenchResult): string {
  const a = r.archive;
  const lines = [
    `Clippings bench: ${int(r.articles)} articles · Node ${r.node} · ${r.cpus} CPUs · ${r.startedAt}`,
    `archive: ${int(a.files)} files, ${mb(a.bytes)}, ${int(a.terms)} distinct terms, ${a.kinds['near-duplicate']} near-duplicates, ` +
      `${a.kinds.republished} republished, ${a.undated} undated; generated in ${secs(a.ms)}`,
    '',
  ];
  const phases = [...new Set([...PHASE_ORDER.filter((p) => r.builds.some((b) => p in b.run.phases)), ...r.builds.flatMap((b) => Object.keys(b.run.phases))])];
  const col = (f: (b: BuildMeasure) => string) => r.builds.map((b) => (b.run.ok ? f(b) : 'failed'));
  const out = (f: (o: OutputStats) => string) => r.builds.map((b) => (b.output ? f(b.output) : '–'));
  lines.push(...table([
    ['', ...r.builds.map((b) => b.name)],
    ['wall (child process)', ...col((b) => secs(b.run.wallMs))],
    ['build total', ...col((b) => secs(b.run.buildMs))],
    ...phases.map((p) => [`  ${p}`, ...col((b) => (p in b.run.phases ? secs(b.run.phases[p]!) : '–'))]),
    ['peak RSS', ...col((b) => mb(b.run.peakRssBytes))],
    ['pages', ...col((b) => int(b.run.pages))],
    ['cards drawn', ...col((b) => int(b.run.cardsDrawn))],
    ['warnings / errors', ...col((b) => `${int(b.run.warnings)} / ${int(b.run.errors)}`)],
    ['files written', ...out((o) => int(o.filesWritten))],
    ['bytes written', ...out((o) => mb(o.bytesWritten))],
    ['output files', ...out((o) => int(o.files))],
    ['output bytes', ...out((o) => mb(o.bytes))],
    ['search/ files', ...out((o) => int(o.searchFiles))],
    ['search/ raw', ...out((o) => mb(o.searchBytes))],
    ['search/ gzip -6', ...out((o) => mb(o.searchGzipBytes))],
  ]));
  for (const b of r.builds) if (!b.run.ok) lines.push(`${b.name} failed: ${b.run.failure}`);
  lines.push('');
  if (!r.search) {
    lines.push(`search in Chromium: not measured (${r.searchSkipped ?? 'skipped'})`);
    return lines.join('\n');
  }
  lines.push('search in Chromium (served gzipped; cold = empty cache, time from navigation start to first result link):');
  lines.push(...table([
    ['query', 'q', 'docs', 'results', 'bytes to results', 'requests', 'cold', 'warm p50', 'warm p95'],
    ...r.search.queries.map((q) => [
      q.label, `"${q.q}"`, int(q.docs), q.ok ? int(q.results) : 'failed', q.ok ? mb(q.coldBytes) : '–', q.ok ? int(q.coldRequests) : '–',
      q.ok ? ms(q.coldMs) : '–', ms(percentile(q.warmMs, 50)), ms(percentile(q.warmMs, 95)),
    ]),
  ]));
  lines.push(`all warm loads: p50 ${ms(r.search.warmP50)}, p95 ${ms(r.search.warmP95)}; cold p50 ${ms(r.search.coldP50)}`);
  for (const q of r.search.queries) if (!q.ok) lines.push(`"${q.q}" failed: ${q.error}`);
  return lines.join('\n');
}
