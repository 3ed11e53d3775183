/**
 * 'drop-cap': long reads set the first letter of a section large, and a text dump prints it on a line of its
 * own — 'T' / 'he river runs under the car park …'. The letter goes back on its word ('The river runs …').
 */
import { decide, type Row } from './lineTable.ts';

/** One capital letter alone on its line. */
const LONE_CAPITAL = /^\p{Lu}$/u;
/** Letters that are words on their own in English ('I first went down …', 'A few days later …'). */
const ONE_LETTER_WORDS = new Set(['A', 'I']);

/**
 * Joins a lone capital letter to the lower-case line right under it (no blank line between them).
 * @example 'T\nhe river runs' → the second row reads 'The river runs', the first is dropped.
 */
export function joinDropCaps(rows: Row[]): void {
  let words: Set<string> | null = null;
  for (let i = 0; i + 1 < rows.length; i++) {
    const cap = rows[i]!;
    const rest = rows[i + 1]!;
    if (cap.text.length !== 1 || cap.blankAfter || cap.decision || rest.decision || !LONE_CAPITAL.test(cap.text) || !/^\p{Ll}/u.test(rest.text)) continue;
    // 'I' / 'first went down …' is a word of its own, 'A' / 'fter the storm …' the word's first letter: the page's
    // other lines tell which ('first' is written elsewhere, 'After' is, 'fter' never is).
    const first = /^\p{Ll}+/u.exec(rest.text)?.[0] ?? '';
    let apart = false;
    if (ONE_LETTER_WORDS.has(cap.text) && /^\p{Ll}+\s/u.test(rest.text)) {
      words ??= wordsOf(rows);
      apart = words.has(first) && !words.has((cap.text + first).toLowerCase());
    }
    rest.text = cap.text + (apart ? ' ' : '') + rest.text;
    decide(cap, 'dropped', 'chrome', 'drop-cap');
    // A drop cap opens a section: its paragraph never runs on from the caption or line above it.
    cap.blankAfter = true;
    rest.blankBefore = true;
  }
}

/** Every word of the page, in lower case (built only when a one-letter drop cap needs it). */
function wordsOf(rows: Row[]): Set<string> {
  const out = new Set<string>();
  for (const row of rows) for (const w of row.text.toLowerCase().match(/\p{L}+/gu) ?? []) out.add(w);
  return out;
}
