/**
 * The working table the rules fill in: one row per non-blank input line, each waiting for a
 * decision (fate, role, rule). Rules run as a cascade; a row once decided is not decided again
 * unless a rule says so explicitly (`force`).
 */
import type { LineDecision } from '../Extraction.ts';

export type Fate = LineDecision['fate'];

export interface Decision {
  fate: Fate;
  role: string;
  rule: string;
}

export interface Row {
  /** Position in the table (0-based, non-blank lines only). */
  index: number;
  /** 1-based line number in the input text. */
  line: number;
  /** The line with surrounding whitespace removed. */
  text: string;
  /** A blank line (or the start of the text) comes right before this line. */
  blankBefore: boolean;
  /** A blank line (or the end of the text) comes right after this line. */
  blankAfter: boolean;
  decision: Decision | null;
  /** For captions: the caption text and credit, split apart. */
  caption?: { text: string; credit: string | null };
  /** For list items: the item text without its bullet. */
  item?: string;
  /** For numbered list items: the number printed before the item. */
  ordinal?: number;
}

/** Splits text into rows; never throws, linear in the text's length. */
export function buildTable(text: string): Row[] {
  const rows: Row[] = [];
  let lineNo = 0;
  let blankBefore = true;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const trimmed = text.slice(start, end).trim();
    if (trimmed === '') {
      const last = rows[rows.length - 1];
      if (last) last.blankAfter = true;
      blankBefore = true;
    } else {
      rows.push({ index: rows.length, line: lineNo, text: trimmed, blankBefore, blankAfter: false, decision: null });
      blankBefore = false;
    }
    start = end + 1;
  }
  const last = rows[rows.length - 1];
  if (last) last.blankAfter = true;
  return rows;
}

/** Records a decision unless the row is already decided (or `force` is set). Returns whether it did. */
export function decide(row: Row | undefined, fate: Fate, role: string, rule: string, force = false): boolean {
  if (!row || (row.decision && !force)) return false;
  row.decision = { fate, role, rule };
  return true;
}

export const isOpen = (row: Row | undefined): boolean => !!row && row.decision === null;
export const isDropped = (row: Row | undefined): boolean => row?.decision?.fate === 'dropped';

/** The next row after `i` that is not dropped (undecided, kept or field). */
export function nextLive(rows: Row[], i: number): Row | undefined {
  for (let j = i + 1; j < rows.length; j++) if (!isDropped(rows[j])) return rows[j];
  return undefined;
}

/** The previous row before `i` that is not dropped. */
export function prevLive(rows: Row[], i: number): Row | undefined {
  for (let j = i - 1; j >= 0; j--) if (!isDropped(rows[j])) return rows[j];
  return undefined;
}

/** The page's blocks, in order: runs of rows with no blank line between them. */
export function blocksOf(rows: Row[]): Row[][] {
  const blocks: Row[][] = [];
  let block: Row[] = [];
  for (const row of rows) {
    block.push(row);
    if (row.blankAfter) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** True when rows a and b (a before b) sit in one block: no blank line between them. */
export function sameBlock(rows: Row[], a: Row, b: Row): boolean {
  for (let j = a.index; j < b.index; j++) if (rows[j]?.blankAfter) return false;
  return true;
}

/**
 * Whether the page was saved hard-wrapped (Firefox's 'Save Page As > Text', mail, print views): its long lines all
 * stop short of about a hundred characters, where a browser's copy keeps each paragraph on one line.
 */
export function isHardWrappedPage(rows: Row[]): boolean {
  // (Asked by several rules of the same page: counted once. A row's text never changes, only its decision.)
  let wrapped = hardWrapped.get(rows);
  if (wrapped !== undefined) return wrapped;
  let long = 0;
  let over = 0;
  for (const row of rows) {
    if (row.text.length < 40) continue;
    long++;
    if (row.text.length > 100) over++;
  }
  // (A long address or a table row may pass the width: one line in twenty.)
  wrapped = long >= 10 && over * 20 <= long;
  hardWrapped.set(rows, wrapped);
  return wrapped;
}
const hardWrapped = new WeakMap<Row[], boolean>();
