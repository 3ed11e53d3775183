/**
 * Subheadings inside the body: short title-case (or all-caps) lines without final punctuation,
 * standing alone between paragraphs ('Russians on the Run', '‘Showing Their Backs’').
 */
import { endsSentence, isAllCapsLabel, isStrongProse, isTitleCase, upperRatio, wordCount } from './lineShape.ts';
import { decide, isOpen, nextLive, prevLive, type Row } from './lineTable.ts';

/** A line opening in a script without capitals: Devanagari, Bengali, Arabic, Hebrew, Thai. */
const UNCASED = /^[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]/u;

/** Shape of a subheading line, regardless of its neighbours. */
export function isSubheadingShaped(text: string): boolean {
  const n = wordCount(text);
  if (n < 1 || n > 12 || text.length > 90) return false;
  if (/[.,;:…]["'”’)]*$/u.test(text) || /^[-•*·]/u.test(text)) return false;
  if (isTitleCase(text) || (isAllCapsLabel(text, 8) && upperRatio(text) > 0.9 && n >= 2)) return true;
  // Chinese, Japanese, Korean subheadings ('审批流程进一步简化', '高齢者「病院に行けなくなる」'): no capitals, so
  // short and without a sentence's or a clause's punctuation.
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『“]/u.test(text)) return text.length <= 30 && !/[。！？、，,.!?]/u.test(text);
  // Scripts without capitals ('दिल्ली में भी होगी चर्चा'): short and without a sentence's or a clause's punctuation.
  if (UNCASED.test(text)) return n <= 8 && !/[।.!?:,]["'”’)]*$/u.test(text);
  // Sentence-case subheadings ('The speed of the advance'): short, capitalised.
  return n <= 8 && /^[\p{Lu}‘“"']/u.test(text);
}

/**
 * On pages with one paragraph per line and no blank lines, a subheading has no block of its own:
 * it is a short line after a line that ends a sentence, before a long line that starts one.
 * (Hard-wrapped text has short lines too, but its next line is no longer than the wrap width.)
 */
function standsBetweenParagraphLines(rows: Row[], row: Row, next: Row | undefined): boolean {
  const before = rows[row.index - 1];
  const opensSentence = !!next && (/^[\p{Lu}\p{N}‘“"'«„]/u.test(next.text) || UNCASED.test(next.text));
  // A short line ('A Week of Uncertainty', 'What the council is voting on') over a short but whole sentence ('The path …
  // was anything but smooth.', '… it does three things:') heads it too: in hard-wrapped text a line that does not end
  // its sentence is as long as the others.
  // (A wrapping program would have put the next line's first word on this line if it fitted: when it would have, the break
  // is the writer's, not the wrap's.)
  const lastLine = prevLive(rows, row.index);
  const width = Math.max(lastLine?.text.length ?? 0, next?.text.length ?? 0);
  const notWrapped = !!next && row.text.length + 1 + (next.text.split(/\s/u)[0] ?? '').length < width;
  const afterStartsSentence = opensSentence && (next!.text.length > 90 ||
    (notWrapped && wordCount(row.text) >= 2 && /^\p{Lu}(?:\p{Ll}|\s)/u.test(row.text) && (endsSentence(next!.text) || /:$/u.test(next!.text)) && wordCount(next!.text) >= 5));
  const beforeEnds = row.blankBefore || !before || before.decision?.fate === 'dropped' || endsSentence(before.text);
  // '… that's a punishment."' / 'What happens next' / blank / a hard-wrapped paragraph: the short line
  // closing a block after a finished sentence heads the block under it.
  const lastLive = prevLive(rows, row.index);
  if (row.blankAfter && !row.blankBefore && !!lastLive && !lastLive.blankAfter && endsSentence(lastLive.text) && !row.text.includes('/') && !!next && isStrongProse(blockFrom(rows, next.index))) return true;
  return beforeEnds && afterStartsSentence;
}

/** '17.46 BST', '9:05am', '14:32 Uhr': a live blog's entry time, alone on its line. */
const ENTRY_TIME = /^(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:uhr|[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/iu;

/**
 * 'live-blog-entry-time': on a page with several entry times alone on their lines, each one heads
 * the entry under it, as a subheading does.
 */
function markEntryTimes(rows: Row[], bodyStart: number): void {
  const times = rows.filter((r) => isOpen(r) && r.index > bodyStart && ENTRY_TIME.test(r.text.trim()));
  if (times.length < 2) return;
  for (const row of times) {
    const next = nextLive(rows, row.index);
    if (next && isOpen(next)) decide(row, 'kept', 'subheading', 'live-blog-entry-time');
  }
}

/** Marks subheadings: alone in their block (or between one-line paragraphs), a body row before, prose after. */
export function markSubheadings(rows: Row[], bodyStart: number): void {
  markEntryTimes(rows, bodyStart);
  for (const row of rows) {
    if (!isOpen(row) || row.index <= bodyStart) continue;
    if (!isSubheadingShaped(row.text)) continue;
    const prev = prevLive(rows, row.index);
    const next = nextLive(rows, row.index);
    if (!(row.blankBefore && row.blankAfter) && !standsBetweenParagraphLines(rows, row, next)) continue;
    const prevIsBody = !!prev && (isOpen(prev) ? isStrongProse(prev.text) || /[.!?”"’]$/u.test(prev.text) : prev.decision?.fate === 'kept');
    // A hard-wrapped paragraph counts by its whole block ('The undercount was not a secret … In 2017, an' / …).
    const nextIsBody = !!next && isOpen(next) && (isStrongProse(next.text) || isStrongProse(blockFrom(rows, next.index)));
    if (prevIsBody && nextIsBody) decide(row, 'kept', 'subheading', 'subheading-between-paragraphs');
  }
}

/** The text of the block (up to the next blank line, at most 12 rows) that starts at row i. */
function blockFrom(rows: Row[], i: number): string {
  const parts: string[] = [];
  for (let j = i; j < rows.length && parts.length < 12; j++) {
    const r = rows[j]!;
    if (!isOpen(r)) break;
    parts.push(r.text);
    if (r.blankAfter) break;
  }
  return parts.join(' ');
}
