/**
 * Subheadings inside the body: short title-case (or all-caps) lines without final punctuation,
 * standing alone between paragraphs ('Russians on the Run', '‘Showing Their Backs’').
 */
import { isAllCapsLabel, isStrongProse, isTitleCase, upperRatio, wordCount } from './lineShape.ts';
import { decide, isOpen, nextLive, prevLive, type Row } from './lineTable.ts';

/** Shape of a subheading line, regardless of its neighbours. */
export function isSubheadingShaped(text: string): boolean {
  const n = wordCount(text);
  if (n < 1 || n > 12 || text.length > 90) return false;
  if (/[.,;:…]["'”’)]*$/u.test(text) || /^[-•*·]/u.test(text)) return false;
  if (isTitleCase(text) || (isAllCapsLabel(text, 8) && upperRatio(text) > 0.9 && n >= 2)) return true;
  // Sentence-case subheadings ('The speed of the advance'): short, capitalised.
  return n <= 8 && /^[\p{Lu}‘“"']/u.test(text);
}

/** Marks subheadings: alone in their block, a body row before, prose after. */
export function markSubheadings(rows: Row[], bodyStart: number): void {
  for (const row of rows) {
    if (!isOpen(row) || row.index <= bodyStart || !row.blankBefore || !row.blankAfter) continue;
    if (!isSubheadingShaped(row.text)) continue;
    const prev = prevLive(rows, row.index);
    const next = nextLive(rows, row.index);
    const prevIsBody = !!prev && (isOpen(prev) ? isStrongProse(prev.text) || /[.!?”"’]$/u.test(prev.text) : prev.decision?.fate === 'kept');
    const nextIsBody = !!next && isOpen(next) && isStrongProse(next.text);
    if (prevIsBody && nextIsBody) decide(row, 'kept', 'subheading', 'subheading-between-paragraphs');
  }
}
