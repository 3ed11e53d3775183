/** The one-screen summary a build ends with: counts, time per phase, and every problem by file. */
import type { BuildSummary } from '../build/buildArchive.ts';
import type { IngestReportEntry } from '../ingest/IngestReport.ts';

const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** Problems by file, errors first, at most `limit` lines (the rest are in report.json). */
export function formatProblems(report: IngestReportEntry[], limit = 20): string[] {
  const rows = report
    .filter((e) => e.status !== 'ok')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'error' ? -1 : 1))
    .flatMap((e) => e.messages.map((m) => `  ${e.status === 'error' ? 'error  ' : 'warning'}  ${m}`));
  if (rows.length <= limit) return rows;
  return [...rows.slice(0, limit), `  … and ${rows.length - limit} more (see report.json)`];
}

export function formatSummary(s: BuildSummary): string {
  const lines = [
    `Built ${s.articles} of ${s.inputs} articles into ${s.output} in ${secs(s.ms)}`,
    `  ${s.articles} published · ${s.warnings} with warnings · ${s.errors} failed · ${s.pages} pages · ${s.cardsDrawn} cards drawn`,
    ...s.phases.map((p) => `  ${p.name.padEnd(9)} ${secs(p.ms).padStart(8)}`),
  ];
  const problems = formatProblems(s.report);
  if (problems.length) lines.push('Problems (also in report.json):', ...problems);
  return lines.join('\n');
}
