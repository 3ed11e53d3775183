/**
 * Pull quotes: a sentence of the article printed again on its own, in quotation marks, as a
 * display element ('“For years the industry’s answer was basically a shrug.”'), sometimes with
 * the speaker under it ('— Ray Dumas, former utility inspector'). The words are already in the
 * body, so the copy is dropped.
 */
import { endsSentence, looseKey, wordCount } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';

/** Opens with a quotation mark of any language (German and Danish open with '»'). */
const QUOTED = /^[“"«„‘'‹»›「『]/u;
/** '— Ray Dumas, former utility inspector': a speaker's credit under a quote. */
const SPEAKER = /^[—–-]\s*\p{Lu}[^.!?]{2,80}$/u;
/** Rows looked at; pull quotes sit in the article, never thousands of lines down. */
const MAX_ROWS = 2000;

/**
 * 'pull-quote-repeat': a quoted line of 6–40 words whose words (letters and digits, case and
 * punctuation folded) occur a second time in the page's text, across hard-wrapped lines too.
 */
export function dropPullQuotes(rows: Row[]): void {
  const scan = rows.slice(0, MAX_ROWS);
  const keys = scan.map((r) => (r.decision?.fate === 'dropped' ? '' : looseKey(r.text)));
  const page = keys.join('');
  const kept = new Set<string>();
  for (const row of scan) {
    if (!isOpen(row) || !QUOTED.test(row.text)) continue;
    const n = wordCount(row.text);
    if (n < 6 || n > 40 || opensWrappedParagraph(rows, row)) continue;
    const key = keys[row.index] ?? '';
    if (key.length < 20) continue;
    // Punctuation is folded away: the body's copy goes on ('… a shrug," says …') and may be hard-wrapped.
    const inPage = occurrences(page, key);
    if (inPage < 2) continue;
    // When every copy is a line of its own (a page printed twice), the first copy is the article's.
    const standalone = keys.filter((k) => k === key).length;
    if (inPage <= standalone && !kept.has(key)) {
      kept.add(key);
      continue;
    }
    decide(row, 'dropped', 'pull-quote', 'pull-quote-repeat');
    const below = rows[row.index + 1];
    if (below && isOpen(below) && !row.blankAfter && SPEAKER.test(below.text)) decide(below, 'dropped', 'pull-quote', 'pull-quote-repeat');
  }
}

/**
 * '"Um professor … não consegue pagar' / '800 euros por um quarto …", sublinha.': a quoted line that runs on into the
 * next line of its block, mid-sentence, is the first line of a hard-wrapped paragraph, not a display quote.
 */
function opensWrappedParagraph(rows: Row[], row: Row): boolean {
  const next = rows[row.index + 1];
  return !row.blankAfter && !!next && isOpen(next) && !endsSentence(row.text) && /^[\p{Ll}\p{N}]/u.test(next.text);
}

/** How many times key occurs in text (at most 3 counted). */
function occurrences(text: string, key: string): number {
  let n = 0;
  for (let at = text.indexOf(key); at >= 0 && n < 3; at = text.indexOf(key, at + key.length)) n++;
  return n;
}
