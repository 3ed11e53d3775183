/** Writes report.json part by part (see reportJsonParts), so no single text holds the whole report. */
import fs from 'node:fs/promises';
import { reportJsonParts, type IngestReportEntry } from '../ingest/IngestReport.ts';

export async function writeReportFile(file: string, entries: readonly IngestReportEntry[]): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    for (const part of reportJsonParts(entries)) await handle.write(part);
  } finally {
    await handle.close();
  }
}
