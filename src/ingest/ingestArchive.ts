/**
 * The ingest step over a whole archive: decode every file, learn the archive-wide line statistics,
 * extract each article, apply the user's front matter, and give each record a unique slug.
 * Pure: bytes in, records and report out; the CLI does the reading and writing.
 */
import { decode } from './decode.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { extractArticle } from './extract.ts';
import { buildArchiveContext, contextOfLineKeys, lineKeysOf, pageContext, pageContextOfKeys } from './archiveContext.ts';
import { createHash } from 'node:crypto';
import type { ArchiveContext, Extraction } from './Extraction.ts';
import type { IngestReportEntry } from './IngestReport.ts';
import type { ArticleRecord, RecordOverrides } from '../records/ArticleRecord.ts';
import { assignSlugs } from '../records/slug.ts';
import { countWords } from '../records/words.ts';

export interface RawFile {
  /** Path relative to the input folder, '/'-separated. */
  input: string;
  bytes: Uint8Array;
}

export interface IngestedArticle {
  record: ArticleRecord;
  /** The decoded raw text (front matter included), for the 'original' link. */
  text: string;
  extraction: Extraction;
}

/**
 * A store of earlier extractions (the build keeps one on disk). Keys cover the page text, the
 * archive-wide facts extraction used (which of its lines repeat across the archive) and the
 * code version, so a hit is always what extraction would return now.
 */
export interface ExtractionMemo {
  get(key: string, page: string): Extraction | undefined;
  set(key: string, page: string, extraction: Extraction): void;
}

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void;
  memo?: ExtractionMemo;
  /** Changes whenever the extraction code changes. */
  memoVersion?: string;
}

export interface IngestResult {
  articles: IngestedArticle[];
  report: IngestReportEntry[];
}

interface Prepared {
  file: RawFile;
  text: string;
  page: string;
  bodyStartLine: number;
  overrides: RecordOverrides;
  encoding: string;
  messages: string[];
}

const byInput = (a: { input: string }, b: { input: string }) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0);

/** A page to extract and the archive's facts about its lines (see `pageContext`). */
export interface ExtractionJob {
  page: string;
  context: ArchiveContext;
}

/** Extracts many pages, in order (the build spreads them over worker threads). */
export type ExtractMany = (jobs: ExtractionJob[], onProgress: (done: number) => void) => Promise<Extraction[]>;

/** Ingest all files; the result is independent of the order of `files`. */
export function ingestArchive(files: RawFile[], options: IngestOptions = {}): IngestResult {
  const { prepared, failed } = prepareArchive(files);
  // Each page's lines are folded twice (to count, then for its context) rather than all kept at once: memory.
  const context = buildArchiveContext(prepared.map((p) => p.page));
  const extractions = prepared.map((p, i) => {
    if (i % 100 === 0) options.onProgress?.(i, prepared.length);
    const job = { page: p.page, context: pageContext(p.page, context) };
    const key = keyOf(options, job);
    return (key !== null ? options.memo!.get(key, job.page) : undefined) ?? remember(options, key, job, extractArticle(job.page, job.context));
  });
  return finishArchive(prepared, extractions, failed);
}

/**
 * `ingestArchive` with the extraction of pages not in the memo handed to `extractMany`: the same
 * result, computed elsewhere.
 */
export async function ingestArchiveWith(files: RawFile[], extractMany: ExtractMany, options: IngestOptions = {}): Promise<IngestResult> {
  const { prepared, failed } = prepareArchive(files);
  // Each page's lines folded once, for the count and for its context (an archive this path takes fits in memory).
  const lineKeys = prepared.map((p) => lineKeysOf(p.page));
  const context = contextOfLineKeys(lineKeys);
  const jobs = prepared.map((p, i) => ({ page: p.page, context: pageContextOfKeys(lineKeys[i]!, context) }));
  lineKeys.length = 0;
  const keys = jobs.map((job) => keyOf(options, job));
  const extractions = jobs.map((job, i) => (keys[i] !== null ? options.memo!.get(keys[i]!, job.page) : undefined));
  const missing = jobs.flatMap((job, i) => (extractions[i] ? [] : [{ job, i }]));
  const hits = prepared.length - missing.length;
  options.onProgress?.(hits, prepared.length);
  const fresh = await extractMany(missing.map((m) => m.job), (done) => options.onProgress?.(hits + done, prepared.length));
  missing.forEach(({ job, i }, k) => { extractions[i] = remember(options, keys[i]!, job, fresh[k]!); });
  return finishArchive(prepared, extractions as Extraction[], failed);
}

/** Decode every file and split off its front matter; files that fail are reported here. */
function prepareArchive(files: RawFile[]): { prepared: Prepared[]; failed: IngestReportEntry[] } {
  const failed: IngestReportEntry[] = [];
  const prepared: Prepared[] = [];
  for (const file of [...files].sort(byInput)) {
    const decoded = decode(file.bytes);
    if (!decoded.ok) {
      failed.push({ input: file.input, status: 'error', messages: [`${file.input}: ${decoded.error}`] });
      continue;
    }
    const fm = splitFrontMatter(decoded.text);
    if (!fm.ok) {
      failed.push({ input: file.input, status: 'error', encoding: decoded.encoding, messages: [`${file.input}: ${fm.error}`] });
      continue;
    }
    const messages = [...decoded.warnings, ...fm.warnings].map((w) => `${file.input}: ${w}`);
    prepared.push({ file, text: decoded.text, page: fm.text, bodyStartLine: fm.bodyStartLine, overrides: fm.overrides, encoding: decoded.encoding, messages });
  }
  return { prepared, failed };
}

/** Records, report entries and unique slugs from the extractions of the prepared files. */
function finishArchive(prepared: Prepared[], extractions: Extraction[], failed: IngestReportEntry[]): IngestResult {
  const report = [...failed];
  const drafts: Array<{ p: Prepared; extraction: Extraction; record: Omit<ArticleRecord, 'slug'>; entry: IngestReportEntry }> = [];
  for (const [i, p] of prepared.entries()) {
    const extraction = extractions[i]!;
    const entry = describe(p, extraction);
    if (!extraction.body.trim()) {
      entry.status = 'error';
      entry.messages = entry.messages.filter((m) => !m.includes('no article text'));
      entry.messages.push(`${p.file.input}: no article text left after removing page furniture (${entry.lines?.dropped ?? 0} lines dropped)`);
      report.push(entry);
      continue;
    }
    const { record, fallbackTitle } = toRecord(p, extraction);
    if (fallbackTitle) entry.messages = entry.messages.filter((m) => !m.includes('no headline found'));
    if (fallbackTitle) entry.messages.push(`${p.file.input}: no headline found; used '${record.title}'`);
    entry.title = record.title;
    drafts.push({ p, extraction, record, entry });
  }

  const slugs = assignSlugs(drafts.map((d) => ({ input: d.p.file.input, title: d.record.title, wanted: d.p.overrides.slug })));
  const articles: IngestedArticle[] = [];
  for (const d of drafts) {
    const slug = slugs.get(d.p.file.input)!;
    if (d.p.overrides.slug && d.p.overrides.slug !== slug) d.entry.messages.push(`${d.p.file.input}: slug '${d.p.overrides.slug}' is taken; published as '${slug}'`);
    d.entry.slug = slug;
    d.entry.record = `${slug}.md`;
    d.entry.status = d.entry.messages.length ? 'warning' : 'ok';
    report.push(d.entry);
    articles.push({ record: { ...d.record, slug }, text: d.p.text, extraction: d.extraction });
  }
  report.sort(byInput);
  articles.sort((a, b) => byInput(a.record, b.record));
  return { articles, report };
}

function describe(p: Prepared, e: Extraction): IngestReportEntry {
  const offset = p.bodyStartLine - 1;
  const fields: Record<string, string> = {};
  for (const [k, rule] of Object.entries(e.fieldRules)) if (rule) fields[k] = rule;
  for (const k of Object.keys(p.overrides)) fields[k] = 'front-matter';
  const count = (fate: string) => e.lines.filter((l) => l.fate === fate).length;
  return {
    input: p.file.input,
    status: 'ok',
    messages: [...p.messages, ...e.warnings.map((w) => `${p.file.input}: ${w}`)],
    encoding: p.encoding,
    fields,
    lines: { kept: count('kept'), field: count('field'), dropped: count('dropped') },
    dropped: e.lines.filter((l) => l.fate === 'dropped').map((l) => ({ line: l.line + offset, text: l.text, rule: l.rule })),
  };
}

function toRecord(p: Prepared, e: Extraction): { record: Omit<ArticleRecord, 'slug'>; fallbackTitle: boolean } {
  const f = e.fields;
  const o = p.overrides;
  const extractedTitle = o.title ?? f.title;
  const title = extractedTitle ?? p.file.input.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  const pick = <K extends keyof RecordOverrides>(k: K, v: ArticleRecord[K]) => (k in o ? (o[k] as ArticleRecord[K]) : v);
  return {
    fallbackTitle: !extractedTitle,
    record: {
      title,
      date: pick('date', f.date),
      time: pick('time', f.time),
      timezone: pick('timezone', f.timezone),
      authors: pick('authors', f.authors),
      source: pick('source', f.source),
      input: p.file.input,
      kicker: pick('kicker', f.kicker),
      standfirst: pick('standfirst', f.standfirst),
      syndicated_from: pick('syndicated_from', f.syndicated_from),
      credit: pick('credit', f.credit),
      lang: pick('lang', f.lang),
      words: countWords(e.body),
      body: e.body,
    },
  };
}

/**
 * The memo's key: the code version, the page, and which of its lines repeat across the archive
 * (its page context: all the extraction takes from the archive).
 */
function memoKey(version: string, job: ExtractionJob): string {
  const repeated = [...job.context.lineFileCounts.keys()].sort().join('\n');
  return createHash('sha256').update(`${version}\0${repeated}\0`).update(job.page).digest('hex');
}

/** The memo's key for a job, or null without a memo. */
function keyOf({ memo, memoVersion = '' }: IngestOptions, job: ExtractionJob): string | null {
  return memo ? memoKey(memoVersion, job) : null;
}

function remember({ memo }: IngestOptions, key: string | null, job: ExtractionJob, extraction: Extraction): Extraction {
  if (key !== null) memo?.set(key, job.page, extraction);
  return extraction;
}
