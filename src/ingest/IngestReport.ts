/** The ingest report: one entry per input file, so every input is accounted for. Written as report.json. */
export interface DroppedLine {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
  rule: string;
}

export interface IngestReportEntry {
  /** The raw file's path relative to the input folder. */
  input: string;
  status: 'ok' | 'warning' | 'error';
  /** What went wrong or looks doubtful, each naming the file. */
  messages: string[];
  /** The record file written for it, relative to the records folder (absent on error). */
  record?: string;
  slug?: string;
  title?: string;
  encoding?: string;
  /** Which rule (or 'front-matter') found each field. */
  fields?: Record<string, string>;
  /** Body lines kept / lines turned into fields / lines dropped as furniture. */
  lines?: { kept: number; field: number; dropped: number };
  /** Every line dropped as furniture, with the rule that dropped it. */
  dropped?: DroppedLine[];
}

/**
 * report.json as the text `JSON.stringify(entries, null, 2) + '\n'`, in parts of `perPart` entries:
 * at 100,000 files the whole text is ~185 MB, held twice over (UTF-16, then UTF-8) if made at once.
 */
export function* reportJsonParts(entries: readonly IngestReportEntry[], perPart = 1000): Generator<string> {
  if (entries.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < entries.length; i += perPart) {
    // `[a, b]` stringified with indent 2 is '[\n  a,\n  b\n]': drop the brackets, keep the entries' indent.
    const inner = JSON.stringify(entries.slice(i, i + perPart), null, 2).slice(2, -2);
    const last = i + perPart >= entries.length;
    yield (i === 0 ? '[\n' : ',\n') + inner + (last ? '\n]\n' : '');
  }
}
