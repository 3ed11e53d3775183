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
  if (s.upToDate) {
    return [`Nothing changed since the last build of ${s.output}; it was left as it was (${secs(s.ms)}).`,
      `  ${s.articles} of ${s.inputs} articles published · ${s.warnings} with warnings · ${s.errors} failed`, ...problemLines(s)].join('\n');
  }
  const lines = [
    `Built ${s.articles} of ${s.inputs} articles into ${s.output} in ${secs(s.ms)}`,
    `  ${s.articles} published · ${s.warnings} with warnings · ${s.errors} failed · ${s.pages} pages rendered, ${s.pagesReused} unchanged · ${s.cardsDrawn} cards drawn`,
    ...s.phases.map((p) => `  ${p.name.padEnd(14)} ${secs(p.ms).padStart(8)}`),
  ];
  return [...lines, ...problemLines(s)].join('\n');
}

function problemLines(s: BuildSummary): string[] {
  const problems = formatProblems(s.problems);
  return problems.length ? ['Problems (also in report.json):', ...problems] : [];
}
