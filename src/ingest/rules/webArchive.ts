/**
 * 'web-archive-toolbar': a page saved from a web archive's replay (the Wayback Machine) starts with the
 * archive's toolbar — 'The Wayback Machine - https://web.archive.org/web/2023…/https://…', the page's address,
 * 'Go', '17 captures', '14 Jun 2023 - 03 Feb 2025', the calendar, 'About this capture', the collection's
 * blurb, 'TIMESTAMPS', 'loading'. None of it is the page: its capture dates are not the story's date and its
 * first line is not the headline.
 */
import { decide, type Row } from './lineTable.ts';

/** The toolbar's first line: the archive's name, or a replay address with its 14-digit capture stamp. */
const TOOLBAR_START = /^(?:the wayback machine\s*[-–—:]?\s*)?https?:\/\/web\.archive\.org\/web\/\d{14}/iu;
/** The toolbar's last lines: the timestamps panel and its loading message. */
const TOOLBAR_END = /^(?:timestamps|loading(?:\.{3}|…)?)$/iu;
/** Lines of the toolbar that tell it apart when its end is not printed: the capture count and range, its panel labels. */
const TOOLBAR_LINE = /^(?:\d[\d,]* captures?|\d{1,2} [\p{L}]{3} \d{4} - \d{1,2} [\p{L}]{3} \d{4}|about this capture|collected by|go|success|fail)$/iu;

/** How far down the toolbar may reach (its blurb and calendar are some twenty lines). */
const TOOLBAR_REACH = 40;

/**
 * Drops the web archive's toolbar at the top of the page.
 * @example a dump opening 'The Wayback Machine - https://web.archive.org/web/20230614083512/https://…' loses every line to 'loading'.
 */
export function dropWebArchiveToolbar(rows: Row[]): void {
  const start = rows.slice(0, 3).find((r) => r.text.length <= 2000 && TOOLBAR_START.test(r.text));
  if (!start) return;
  let end = -1;
  for (let j = start.index + 1; j < rows.length && j <= start.index + TOOLBAR_REACH; j++) {
    if (rows[j]!.text.length > 12 || !TOOLBAR_END.test(rows[j]!.text)) continue;
    // 'TIMESTAMPS' / 'loading': the panel's message right under its label is the toolbar's too.
    const next = rows[j + 1];
    end = next && next.text.length <= 12 && TOOLBAR_END.test(next.text) ? j + 1 : j;
    break;
  }
  if (end >= 0) {
    for (const row of rows.slice(start.index, end + 1)) decide(row, 'dropped', 'chrome', 'web-archive-toolbar');
    return;
  }
  // Without its end, only the lines that are the toolbar's by shape (and the replayed address under its name) go.
  decide(start, 'dropped', 'chrome', 'web-archive-toolbar');
  for (const row of rows.slice(start.index + 1, start.index + TOOLBAR_REACH)) {
    if (row.text.length <= 60 && TOOLBAR_LINE.test(row.text)) decide(row, 'dropped', 'chrome', 'web-archive-toolbar');
  }
}
