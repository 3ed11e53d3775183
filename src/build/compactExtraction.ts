/**
 * An extraction without the text of each line, which is the page's own line in nearly every case:
 * the form in which extractions are cached on disk and sent back from worker threads. Restoring
 * takes the texts from the page again (as slices of it), so a restored extraction costs the memory
 * of its decisions only, not a second copy of the page.
 */
import type { Extraction, LineDecision } from '../ingest/Extraction.ts';

export type CompactLine = [line: number, fate: LineDecision['fate'], role: string, rule: string, text?: string];
export interface CompactExtraction extends Omit<Extraction, 'lines'> { lines: CompactLine[] }

export function compactExtraction(page: string, e: Extraction): CompactExtraction {
  const pageLines = page.split('\n');
  const lines = e.lines.map((l): CompactLine => (pageLines[l.line - 1] === l.text ? [l.line, l.fate, l.role, l.rule] : [l.line, l.fate, l.role, l.rule, l.text]));
  return { ...e, lines };
}

export function restoreExtraction(page: string, c: CompactExtraction): Extraction {
  const pageLines = page.split('\n');
  const lines = c.lines.map(([line, fate, role, rule, text]) => ({ line, fate, role, rule, text: text ?? pageLines[line - 1] ?? '' }));
  return { ...c, lines };
}
