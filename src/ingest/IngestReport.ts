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
