/** `clippings ingest`: raw files → records (Markdown + front matter) and report.json, or --explain one file. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readInputs } from '../ingest/readInputs.ts';
import { ingestArchive } from '../ingest/ingestArchive.ts';
import { decode } from '../ingest/decode.ts';
import { splitFrontMatter } from '../ingest/frontMatter.ts';
import { extractArticle } from '../ingest/extract.ts';
import { buildArchiveContext } from '../ingest/archiveContext.ts';
import { explainExtraction } from '../ingest/explain.ts';
import { recordToMarkdown } from '../records/recordFile.ts';
import { formatProblems } from './summary.ts';
import { writeReportFile } from '../build/reportFile.ts';

export async function ingestToFolder(input: string, output: string): Promise<{ errors: number; text: string }> {
  const scan = await readInputs(input);
  const { articles, report } = ingestArchive(scan.files);
  const all = [...report, ...scan.refused].sort((a, b) => (a.input < b.input ? -1 : 1));
  await fs.mkdir(output, { recursive: true });
  for (const a of articles) await fs.writeFile(path.join(output, `${a.record.slug}.md`), recordToMarkdown(a.record));
  await writeReportFile(path.join(output, 'report.json'), all);
  const errors = all.filter((e) => e.status === 'error').length;
  const text = [`Ingested ${articles.length} of ${all.length} files into ${path.resolve(output)} (report.json beside them)`, ...formatProblems(all)].join('\n');
  return { errors, text };
}

/** The line-by-line decisions for one file, with its folder as the archive (as a build would see it). */
export async function explainFile(file: string): Promise<string> {
  const decoded = decode(await fs.readFile(file));
  if (!decoded.ok) return `${file}: ${decoded.error}`;
  const fm = splitFrontMatter(decoded.text);
  if (!fm.ok) return `${file}: ${fm.error}`;
  const scan = await readInputs(path.dirname(file));
  const pages = scan.files.map((f) => decode(f.bytes)).flatMap((d) => (d.ok ? [d.text] : []));
  const context = buildArchiveContext(pages.map((t) => { const s = splitFrontMatter(t); return s.ok ? s.text : t; }));
  const head = [`${file} (${decoded.encoding}${fm.bodyStartLine > 1 ? `, front matter on lines 1–${fm.bodyStartLine - 1}` : ''})`];
  if (Object.keys(fm.overrides).length) head.push(`front matter overrides: ${JSON.stringify(fm.overrides)}`);
  for (const w of [...decoded.warnings, ...fm.warnings]) head.push(`warning: ${w}`);
  return [...head, explainExtraction(extractArticle(fm.text, context))].join('\n');
}
