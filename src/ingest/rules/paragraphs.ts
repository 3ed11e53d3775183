/**
 * Turns the kept rows into Markdown: paragraphs re-joined where a line was hard-wrapped
 * mid-sentence, one paragraph per line where paragraphs have no blank lines between them,
 * `## subheadings`, `- list items`, and captions as emphasised lines with the credit apart.
 */
import { REGEXPS } from './patterns.ts';
import { endsSentence, isProse, wordCount } from './lineShape.ts';
import { escapeMarkdown } from './markdownEscape.ts';
import { decide, type Row } from './lineTable.ts';

/** ', siger borgmesteren', ', sier hun', ', säger han': the attribution that makes a dash-led line a quote. */
const SPEECH_VERB = /[,–—]\s+(?:siger|sagde|fortæller|udtaler|sier|sa|forteller|uttaler|säger|berättar|says|said|sagt|sagte|dit|dice|diz|zegt)(?![\p{L}])/iu;

/** An open row printed as a bullet. */
function isBulletRow(r: Row | undefined): boolean {
  return !!r && !r.decision && /^[-•·*]\s/u.test(r.text);
}

/** Marks the remaining open rows as list items or paragraphs. */
export function markBodyRows(rows: Row[]): void {
  markNumberedLists(rows);
  for (const row of rows) {
    if (row.decision) continue;
    const item = row.text.length <= 2000 ? REGEXPS.listItem.exec(row.text) : null;
    // '– Inflationen är för hög, säger …': a dialogue dash before a sentence is a quote, not a bullet.
    // So is '- Det er ikke sjove forslag, …, siger borgmester …' (Danish and Norwegian papers print a hyphen) when it stands
    // alone: a list has two items at least.
    const dialogue = (/^[–—]/u.test(row.text) || (/^-\s/u.test(row.text) && !isBulletRow(rows[row.index - 1]) && !isBulletRow(rows[row.index + 1]) && SPEECH_VERB.test(row.text))) && isProse(row.text);
    if (item && !/^\d/.test(row.text) && !dialogue) {
      row.item = item[1] ?? '';
      decide(row, 'kept', 'list-item', 'list-item-bullet');
    } else {
      decide(row, 'kept', 'paragraph', 'paragraph');
    }
  }
}

/**
 * 'numbered-list': two or more open lines in a row numbered 1., 2., 3. … (each one more than the last)
 * are an ordered list; a lone '2022. …' or '5) …' line is not.
 */
function markNumberedLists(rows: Row[]): void {
  const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/u;
  let i = 0;
  while (i < rows.length) {
    const run: { row: Row; n: number; text: string }[] = [];
    for (let j = i; j < rows.length; j++) {
      const row = rows[j]!;
      if (row.decision?.fate === 'dropped' && run.length) continue;
      const m = !row.decision && row.text.length <= 2000 ? NUMBERED.exec(row.text) : null;
      const n = m ? Number(m[1]) : NaN;
      if (!m || (run.length ? n !== run[run.length - 1]!.n + 1 : n > 1)) break;
      run.push({ row, n, text: m[2] ?? '' });
    }
    if (run.length >= 2) {
      for (const { row, n, text } of run) {
        row.item = text;
        row.ordinal = n;
        decide(row, 'kept', 'list-item', 'numbered-list');
      }
      i = run[run.length - 1]!.row.index + 1;
    } else {
      i++;
    }
  }
}

/** Kept rows, with nothing but dropped rows and no blank line between a and b. */
function adjacent(rows: Row[], a: Row, b: Row): boolean {
  for (let j = a.index; j < b.index; j++) {
    const r = rows[j]!;
    if (r.blankAfter) return false;
    if (j > a.index && r.decision?.fate !== 'dropped') return false;
  }
  return true;
}

/** 'Earnings per share: 62 cents adjusted', 'Revenue: $1.21 billion': a short label, a colon, its value. */
const LABEL_VALUE = /^[\p{L}\p{N}'’ -]{2,30}:\s+\S/u;

/** Whether the paragraph ending with `a` continues with `b`. */
function continues(rows: Row[], a: Row, b: Row, wrapWidth: number, footnotes = false): boolean {
  if (adjacent(rows, a, b)) {
    // 'Here's how the company did …:' / 'Earnings per share: 62 cents …' / 'Revenue: $1.21 billion …': a lead-in ending in
    // a colon, and label-and-value lines under it, are a list's lines, not one hard-wrapped paragraph.
    if ((/[:：]$/u.test(a.text) || LABEL_VALUE.test(a.text)) && LABEL_VALUE.test(b.text) && b.text.length < 100) return false;
    // '«Пелюстки» на узбіччях' / 'Окрему небезпеку становлять …': in text that is not hard-wrapped, a short line
    // without a sentence's end over a long line opening with a capital is a heading, not the start of its paragraph.
    if (wrapWidth === 0 && wordCount(a.text) <= 8 && b.text.length >= 3 * a.text.length && /^\p{Lu}/u.test(b.text) && !/[,;:–—-]$/u.test(a.text)) return false;
    // '… fixed by 1981.1' on a page with footnotes: the sentence ends before its note's number.
    if (!endsSentence(a.text) && !(footnotes && /[.!?]["”’)]?\d{1,2}$/u.test(a.text))) return true;
    // Hard-wrapped text: a full-width line that happens to end a sentence does not end the paragraph.
    return wrapWidth > 0 && a.text.length >= wrapWidth * 0.85;
  }
  // Split across a blank line or dropped furniture, but plainly mid-sentence: 'the\n\nAdvertisement\n\ncity'.
  return !endsSentence(a.text) && /^\p{Ll}/u.test(b.text) && b.index - a.index <= 4;
}

/** Width of hard wrapping in the block starting at row i (0 when the block is not hard-wrapped). */
function wrapWidthAt(rows: Row[], i: number): number {
  let max = 0;
  let n = 0;
  let open = 0;
  for (let j = i; j < rows.length; j++) {
    const r = rows[j]!;
    if (r.decision?.role === 'paragraph') {
      n++;
      max = Math.max(max, r.text.length);
      if (!endsSentence(r.text)) open++;
    }
    if (r.blankAfter || n > 400) break;
  }
  // Hard wrapping breaks lines mid-sentence; a block whose lines all end sentences is one paragraph per line.
  return n >= 3 && max <= 100 && open * 3 >= n - 1 ? max : 0;
}

/** Builds the Markdown body from the decided rows. */
export function renderBody(rows: Row[]): string {
  const blocks: string[] = [];
  let para: string[] = [];
  let list: string[] = [];
  let last: Row | null = null;
  let wrap = 0;
  const footnotes = rows.some((r) => r.decision?.rule === 'footnotes');
  const flushPara = (): void => {
    if (para.length) blocks.push(para.join(''));
    para = [];
  };
  const flushList = (): void => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const row of rows) {
    const d = row.decision;
    if (!d || d.fate !== 'kept') continue;
    if (d.role === 'paragraph') {
      flushList();
      if (last && last.decision?.role === 'paragraph' && para.length && continues(rows, last, row, wrap, footnotes)) {
        const hyphen = /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(row.text);
        para.push((hyphen ? '' : ' ') + escapeInline(row.text));
        if (d.rule === 'paragraph') d.rule = 'paragraph-rejoined';
      } else {
        flushPara();
        wrap = wrapWidthAt(rows, row.index);
        para.push(escapeMarkdown(row.text));
      }
    } else if (d.role === 'list-item') {
      flushPara();
      list.push(row.ordinal !== undefined ? `${row.ordinal}. ${escapeInline(row.item ?? row.text)}` : '- ' + escapeMarkdown(row.item ?? row.text));
    } else if (d.role === 'subheading') {
      flushPara();
      flushList();
      blocks.push('## ' + escapeInline(row.text));
    } else if (d.role === 'caption' && row.caption) {
      flushPara();
      flushList();
      const lines = [row.caption.text, row.caption.credit].filter((t): t is string => !!t);
      blocks.push(lines.map((t) => `*${escapeInline(t)}*`).join('\n'));
    }
    last = row;
  }
  flushPara();
  flushList();
  return blocks.join('\n\n');
}

/** Escaping for text that does not start a line. */
function escapeInline(text: string): string {
  return escapeMarkdown('x' + text).slice(1);
}
