/**
 * Meta lines anywhere on the page: bylines ('By …') and date lines ('Published 12 September 2022').
 * They become fields, never body text. When a page prints several dates, the first publication
 * wins ('First published on …' beats a top 'Updated' stamp); the first plain date line otherwise.
 */
import { ALL_MONTHS, REGEXPS } from './patterns.ts';
import { parseBareName, parseByline, parseBylineContinuation, parseWireCredits } from './byline.ts';
import { dateFromParts, findDate, parseDateLine, rereadSlashedDate, slashedDateOrder, type FoundDate } from './dates.ts';
import { decide, isHardWrappedPage, isOpen, type Row } from './lineTable.ts';
import { endsOnLowerCaseWord, endsWithPeriod, isStrongProse, looseKey, wordCount } from './lineShape.ts';

export interface MetaFound {
  authors: string[];
  authorsRule: string | null;
  bylineOutlet: string | null;
  date: FoundDate | null;
  dateRule: string | null;
  /** Writers from a wire footer, used only when there is no byline. */
  wireAuthors: string[];
  /** Publishers named on 'Source: X' / 'From: X' lines. */
  attributions: string[];
  /** Every date line found, for `preferDateBelow` once the headline is known. */
  dates: DateCandidate[];
}

export interface DateCandidate {
  found: FoundDate;
  rank: number;
  rule: string;
  index: number;
}

/**
 * 'date-nearest-body': a date printed far above the article (the masthead's date, the day the page
 * was saved) is not the article's. Among date lines of the best rank, the one under the headline and
 * nearest above the first paragraph wins; dates after the body keep their rank ('First published …').
 */
export function preferDateBelow(rows: Row[], out: MetaFound, headlineIndex: number): void {
  if (headlineIndex < 0 || out.dates.length < 2) return;
  let firstProse = rows.length;
  for (let i = headlineIndex + 1; i < rows.length; i++) {
    if (isOpen(rows[i]) && isStrongProse(rows[i]!.text)) {
      firstProse = i;
      break;
    }
  }
  const best = [...out.dates].sort((a, b) => a.rank - b.rank)[0]!;
  const header = out.dates.filter((d) => d.rank === best.rank && d.index < firstProse && d.index > headlineIndex);
  // 'Thời sự' / 'Thứ hai, 3/3/2025, 08:00 (GMT+7)' / headline: with no date under the headline, the date line right
  // above it (within three rows) beats a masthead's date further up.
  if (!header.length) header.push(...out.dates.filter((d) => d.rank === best.rank && d.index < headlineIndex && d.index >= headlineIndex - 3));
  const pick = header[header.length - 1];
  if (pick && pick.found !== out.date) {
    out.date = pick.found;
    out.dateRule = pick.rule;
  }
}

/**
 * 'date-slashed-page-order': '09/11/2022' under the headline is 11 September on a page whose other slashed dates read
 * month first (see `slashedDateOrder`), though a slashed date alone is read day first.
 */
export function readSlashedDateInPageOrder(rows: Row[], out: MetaFound): void {
  if (!out.date) return;
  const line = out.dates.find((d) => d.found === out.date)?.index;
  const text = line === undefined ? null : rows[line]?.text;
  if (!text || !text.includes('/')) return;
  const order = slashedDateOrder(rows.map((r) => r.text));
  if (!order) return;
  const reread = rereadSlashedDate(out.date, text, order);
  if (reread !== out.date) {
    out.date = reread;
    out.dateRule = 'date-slashed-page-order';
  }
}

/**
 * 'date-yearless-with-copyright-year': a report series stamps its pages 'September 11, 9:15 pm ET' under the headline,
 * without a year; when the page prints no dated line at all, the year of its one copyright notice ('© 2022 …') completes it.
 */
export function readYearlessDate(rows: Row[], out: MetaFound, headlineIndex: number): void {
  if (headlineIndex < 0) return;
  // (A full date lower on the page than the stamp under the headline belongs to a related story's card.)
  const dateRow = out.date ? out.dates.find((d) => d.found === out.date)?.index ?? -1 : Infinity;
  if (dateRow <= headlineIndex + 1) return;
  let year: number | null = null;
  let rule = 'date-yearless-with-copyright-year';
  for (const row of rows) {
    if (row.text.length > 300 || !/(?:©|\(c\)|copyright)/iu.test(row.text)) continue;
    const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(\d{4})(?!\s*[-–]\s*\d)/iu.exec(row.text);
    if (!m) continue;
    if (year !== null && year !== Number(m[1])) return;
    year = Number(m[1]);
  }
  // 'date-yearless-with-page-year': '11.9. 14:05' (a Finnish or German site leaves out the current year), and every
  // full date on the page (related stories' '10.9.2022', '11.9.2022') in one year: that year.
  const years = new Set(out.dates.map((d) => d.found.date.slice(0, 4)));
  if (year === null && years.size === 1) {
    year = Number([...years][0]);
    rule = 'date-yearless-with-page-year';
  }
  if (year === null) return;
  for (const row of rows.slice(headlineIndex + 1, Math.min(headlineIndex + 6, dateRow))) {
    const text = row.text.trim();
    if (text.length > 40 || row.decision?.fate === 'kept') continue;
    const numeric = YEARLESS_NUMERIC_STAMP.exec(text);
    const m = numeric ? null : REGEXPS.yearlessMonthDay.exec(text);
    if (!m && !numeric) continue;
    const month = numeric ? Number(numeric[2]) : ALL_MONTHS.get((m![1] ?? m![4] ?? '').toLowerCase().replace(/\.$/, ''));
    const day = Number(numeric ? numeric[1] : m![2] ?? m![3]);
    // (The clock alone: '9. 14' in '11.9. 14:05' is no time.)
    const found = month ? dateFromParts(year, month, day, numeric ? text.slice(text.lastIndexOf(' ') + 1) : text) : null;
    if (!found) continue;
    // (The zone such a stamp prints, 'ET', is the series' habit, not the copyright's: left out.)
    out.date = { ...found, timezone: null };
    out.dateRule = rule;
    decide(row, 'field', 'date', rule, true);
    return;
  }
}

/** '11.9. 14:05': a day and a month, each closed by a full stop, and the time. */
const YEARLESS_NUMERIC_STAMP = /^(\d{1,2})\.(\d{1,2})\.\s+\d{1,2}[:.]\d{2}$/u;

/** Two full dates joined by a dash, ten years apart or more: a birth and a death ('September 4, 1938 – February 6, 2024'). */
function isLifeSpan(text: string): boolean {
  if (text.length > 80 || !/\d{4}.*[-–—].*\d{4}/su.test(text)) return false;
  const a = findDate(text);
  if (!a) return false;
  const b = findDate(text.slice(a.end));
  if (!b || !/^\s*[-–—]\s*$/u.test(text.slice(a.end, a.end + b.start))) return false;
  return Number(b.date.slice(0, 4)) - Number(a.date.slice(0, 4)) >= 10;
}

/** `rows` are the byline, naming `authors`; the row under the last may carry a role or an outlet. */
function takeByline(rows: Row[], authors: string[], rule: string, below: Row | undefined, out: MetaFound): void {
  for (const a of authors) if (!out.authors.includes(a)) out.authors.push(a);
  out.authorsRule ??= rule;
  for (const r of rows) decide(r, 'field', 'byline', rule);
  readContinuation(below, out);
}

/** 'byline-next-writer-line': 'and Serhii Kovalchuk' under a byline: the next writer, taken. Returns whether it was. */
function readNextWriterLine(next: Row | undefined, out: MetaFound): boolean {
  const joined = next && isOpen(next) ? /^(?:and|&|und|et|y|e|en|i)\s+(\S.{2,80})$/u.exec(next.text.trim()) : null;
  const writers = joined ? parseBareName(joined[1] ?? '') : null;
  if (!writers || writers.withPlace) return false;
  for (const a of writers.authors) if (!out.authors.includes(a)) out.authors.push(a);
  decide(next!, 'field', 'byline', 'byline-next-writer-line');
  return true;
}

/** The row right under a byline: a role line or 'BBC News, Kyiv'. */
function readContinuation(next: Row | undefined, out: MetaFound): void {
  if (!next || !isOpen(next)) return;
  const cont = parseBylineContinuation(next.text);
  if (!cont) return;
  if (cont.outlet) out.bylineOutlet ??= cont.outlet;
  decide(next, 'field', 'byline', cont.outlet ? 'byline-outlet-line' : 'byline-role-line');
}

/** 'The Marlow Ledger' and 'Marlow Ledger': a masthead printed with and without its article. */
const sameMasthead = (a: string, b: string): boolean => {
  const x = looseKey(a);
  const y = looseKey(b);
  return x === y || x === `the${y}` || y === `the${x}`;
};

/**
 * Bare names between headline and body ('Dan Sabbagh in Kyiv', 'Olivia Grant' over a role or a
 * date line): bylines without 'By'. Only looked for when no 'By' line was found.
 */
export function readBareNameBylines(rows: Row[], headlineIndex: number, bodyStart: number, out: MetaFound): void {
  if (out.authors.length || headlineIndex < 0) return;
  // A one-paragraph standfirst may come before the name, so the window may pass the body's start by one paragraph.
  let paragraphs = 0;
  // 'byline-bare-name-over-headline': '17 травня 2025, 11:40' / 'Олена Коваленко' / 'Час читання: 4 хв' over
  // the headline — a name between a date line and a reading time or the headline itself.
  for (const row of rows.slice(Math.max(0, headlineIndex - 3), headlineIndex)) {
    if (!isOpen(row) && row.decision?.rule !== 'before-headline') continue;
    const bare = parseBareName(row.text);
    const prev = rows[row.index - 1];
    const next = rows[row.index + 1];
    if (!bare || prev?.decision?.role !== 'date') continue;
    if (!(next && (next.index === headlineIndex || next.decision?.rule === 'reading-time' || next.decision?.role === 'stamp'))) continue;
    out.authors.push(...bare.authors);
    out.authorsRule = 'byline-bare-name-over-headline';
    decide(row, 'field', 'byline', 'byline-bare-name-over-headline', true);
  }
  if (out.authors.length) return;
  if (readNameOverEmail(rows, headlineIndex, out)) return;
  if (readNamesStackedOverDate(rows, headlineIndex, out)) return;
  for (const row of rows.slice(headlineIndex + 1, headlineIndex + 12)) {
    // ('Ukraine has recaptured …' / two more summary points / 'Lena Hartwig' / 'Sep 11, 2022' / 'Tobias Marsh': short points
    // right over the date line are the standfirst's, however many.)
    const summaryPoint = wordCount(row.text) <= 20 && rows.slice(row.index + 1, row.index + 5).some((r) => r.decision?.role === 'date');
    if (row.index >= bodyStart && isOpen(row) && isStrongProse(row.text) && !summaryPoint && ++paragraphs > 1) break;
    // (A name the header's chrome rule took with the buttons around it is looked at too: 'Tobias Renwick' / '4-Minute Listen'.)
    if (!isOpen(row) && row.decision?.rule !== 'header-chrome') continue;
    const bare = parseBareName(row.text);
    if (!bare) continue;
    // 'The Editorial Board' / 'Carver Valley Sentinel' / 'Published …': the site's own name, printed in the masthead
    // above the headline, is the outlet under an unsigned piece, never a writer.
    // (The masthead is among the page's first lines: a columnist's name printed as a kicker over the headline is no masthead.)
    if (!bare.withPlace && rows.slice(0, Math.min(headlineIndex, 5)).some((r) => sameMasthead(r.text, row.text))) {
      out.bylineOutlet ??= row.text.trim();
      decide(row, 'field', 'byline', 'byline-outlet-line');
      continue;
    }
    // 'Eleanor Ruth Whitcombe' / '1938 – 2024' / 'September 4, 1938 – February 6, 2024': the name over a life's dates is the deceased.
    if (rows.slice(row.index + 1, row.index + 4).some((r) => r.decision?.rule === 'life-span-dates')) continue;
    let next = rows[row.index + 1];
    // 'byline-doubled-name': the name printed twice (an avatar's alt text, then the name), the role under both.
    if (next && isOpen(next) && next.text.trim() === row.text.trim()) {
      decide(next, 'field', 'byline', 'byline-doubled-name');
      next = rows[row.index + 2];
    }
    const prev = rows[row.index - 1];
    // 'News provided by' / 'Halvorsen Robotics AS': the company that issued a press release.
    if (prev && REGEXPS.providedBy.test(prev.text)) {
      decide(row, 'dropped', 'credits', 'provided-by-company');
      continue;
    }
    // A reading time or a '2h ago' stamp under the name marks the byline block as much as a date does.
    // So does a 'Follow' button right after the name (blog platforms).
    const nextIsMeta = !!next && (parseBylineContinuation(next.text) !== null || next.decision?.role === 'date' ||
      next.decision?.role === 'stamp' || next.decision?.rule === 'reading-time' || /^follow$/iu.test(next.text));
    const prevIsDate = prev?.decision?.role === 'date';
    // 'Zoe Williams' right under the headline (or under its one-paragraph standfirst), with the date a standfirst further down.
    const between = rows.slice(headlineIndex + 1, row.index).filter((r) => r.decision?.fate !== 'dropped');
    const underHeadline = between.length === 0 || (between.length === 1 && isOpen(between[0]) && wordCount(between[0]!.text) >= 8 && !between[0]!.blankAfter);
    const dateSoon = rows.slice(row.index + 1, row.index + 4).some((r) => r.decision?.role === 'date');
    // 'Ana Luiza Prado' / 'Rafael Menezes' / 'São Paulo' / '12.mar.2024 às 19h23': the writers one a line, the place
    // they filed from over the date; a 'name' the page's own text puts after 'em', 'in', 'en' is that place.
    if (!bare.withPlace && isPlaceOnPage(rows, row.text.trim())) continue;
    // ('DALLA NOSTRA INVIATA' / 'Giulia Brunetti' / 'KIEV' / '11 Settembre 2022': a role line over the name is the byline's label.)
    const underByline = (prev?.decision?.role === 'byline' || (!!prev && prev.text.length <= 40 && !!parseBylineContinuation(prev.text))) && !prev.blankAfter;
    // 'Jane Roe' / 'The Millbrook Herald' / 'Published …': the name over the site's own name (printed again from
    // the masthead above the headline) over the date is a byline block.
    // (The masthead may spell it with 'The' and a photo's caption and credit may come before the date.)
    const dateNear = rows.slice(row.index + 1, row.index + 8).some((r) => r.decision?.role === 'date');
    const nextIsSiteName = !!next && isOpen(next) && dateNear && wordCount(next.text) <= 6 &&
      rows.slice(0, headlineIndex).some((r) => sameMasthead(r.text, next!.text));
    if (!bare.withPlace && !nextIsMeta && !prevIsDate && !nextIsSiteName && !((underHeadline || underByline) && dateSoon)) continue;
    out.authors.push(...bare.authors);
    out.authorsRule = 'byline-bare-name';
    decide(row, 'field', 'byline', 'byline-bare-name');
    // 'Laila Haddad' / 'and Peter Kovalenko': the list goes on under the first name.
    if (readNextWriterLine(next, out)) continue;
    if (nextIsSiteName && next) {
      out.bylineOutlet ??= next.text.trim();
      decide(next, 'field', 'byline', 'byline-outlet-line');
    } else readContinuation(next, out);
  }
}

/**
 * Whether `row`, on a hard-wrapped page, goes on with the sentence of the line above it: a long line without a blank
 * line under it, cut after a lower-case word (a browser's copy puts a standfirst without a full stop right over the
 * byline, which is why the page must be hard-wrapped).
 */
function continuesWrappedSentence(row: Row, above: Row | undefined): boolean {
  return !!above && isOpen(above) && !above.blankAfter && above.index === row.index - 1 && wordCount(above.text) >= 8 && endsOnLowerCaseWord(above.text);
}

/**
 * 'byline-names-stacked-over-date': 'Johanna Berglöf' / 'Erik Sandahl' / 'Publicerad 2024-03-12 06.00' — two or more
 * writers one a line right over the header's date line, with no blank line between, wherever the standfirst and a photo leave them
 * (a caption's credit above them may have taken the first name for a caption of its own).
 */
function readNamesStackedOverDate(rows: Row[], headlineIndex: number, out: MetaFound): boolean {
  const date = rows.slice(headlineIndex + 1, headlineIndex + 15).find((r) => r.decision?.role === 'date');
  if (!date) return false;
  const names: Row[] = [];
  for (let i = date.index - 1; i > headlineIndex && names.length < 4; i--) {
    const row = rows[i]!;
    if (row.blankAfter || !(isOpen(row) || row.decision?.rule === 'caption-under-credit')) break;
    const bare = parseBareName(row.text);
    if (!bare || bare.withPlace || bare.authors.length !== 1 || isPlaceOnPage(rows, row.text.trim())) break;
    names.unshift(row);
  }
  // ('News provided by' / 'Halvorsen Robotics AS' / the date: the company that issued a press release.)
  // (Two names at least: one name alone over a date may be the site's own, or the deceased over a life's dates, and is
  // left to the rules below, which know those.)
  const label = names.length ? rows[names[0]!.index - 1] : undefined;
  if (names.length < 2 || (label && REGEXPS.providedBy.test(label.text)) || date.decision?.rule === 'life-span-dates') return false;
  for (const row of names) {
    out.authors.push(...parseBareName(row.text)!.authors);
    decide(row, 'field', 'byline', 'byline-names-stacked-over-date', true);
  }
  out.authorsRule = 'byline-names-stacked-over-date';
  return true;
}

/**
 * 'byline-cjk-dateline': '新华社基辅9月11日电（记者李明 赵磊）乌克兰…' — a Chinese wire story names its reporters in brackets
 * in the dateline that opens the first paragraph; the paragraph stays the body.
 */
export function readCjkDatelineReporters(rows: Row[], headlineIndex: number, out: MetaFound): void {
  if (out.authors.length || headlineIndex < 0) return;
  for (const row of rows.slice(headlineIndex + 1, headlineIndex + 30)) {
    if (row.decision?.fate === 'dropped') continue;
    const m = CJK_DATELINE_REPORTERS.exec(row.text.slice(0, 80));
    if (!m) continue;
    out.authors.push(...(m[1] ?? '').split(/[\s\u3000、，,]+/u).filter(Boolean));
    out.authorsRule = 'byline-cjk-dateline';
    return;
  }
}
const CJK_DATELINE_REPORTERS = /^[\s\u3000]*[\p{Script=Han}\d]{2,20}电[（(](?:记者|記者)\s*([\p{Script=Han}]{2,4}(?:[\s\u3000、，,]+[\p{Script=Han}]{2,4}){0,5})[）)]/u;

/** Whether the page's text names `name` as a place: after a preposition of place ('em São Paulo', 'in Kyiv', 'en Madrid'). */
function isPlaceOnPage(rows: Row[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const placed = new RegExp(`(?:^|\\s)(?:in|em|en|na|no|nel|nella|im|à|au|w|в|у)\\s+${escaped}(?![\\p{L}])`, 'u');
  return rows.some((r) => r.text.length <= 2000 && r.text.includes(name) && placed.test(r.text));
}

/** 'linnea.holmqvist@aftonekot.se' alone on its line. */
const EMAIL_LINE = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u;

/** Lower case without accents: 'Holmqvist' and 'Mägi' as an e-mail address spells them. */
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * 'byline-name-over-email': 'Linnea Holmqvist' / 'linnea.holmqvist@paper.se' — a name over an e-mail address that
 * spells the same name is the writer's contact line, wherever the standfirst ends; taken from the first half of the page.
 */
function readNameOverEmail(rows: Row[], headlineIndex: number, out: MetaFound): boolean {
  for (const row of rows.slice(headlineIndex + 1, headlineIndex + 1 + Math.ceil(rows.length / 2))) {
    const next = rows[row.index + 1];
    if (!isOpen(row) || !next || row.text.length > 60 || !EMAIL_LINE.test(next.text.trim())) continue;
    const bare = parseBareName(row.text);
    if (!bare || bare.withPlace || bare.authors.length !== 1) continue;
    const local = plain(next.text.trim().split('@')[0] ?? '');
    const surname = plain(bare.authors[0]!.split(/\s+/).pop() ?? '');
    if (surname.length < 3 || !local.includes(surname)) continue;
    out.authors.push(...bare.authors);
    out.authorsRule = 'byline-name-over-email';
    decide(row, 'field', 'byline', 'byline-name-over-email', true);
    decide(next, 'field', 'byline', 'byline-name-over-email', true);
    return true;
  }
  return false;
}

/** '【ワシントン=佐伯健一】', '【北京＝田中美穂、林健】': a Japanese paper's dateline, the place, '=' and the writers. */
const BRACKET_DATELINE = /^【[^【】=＝]{1,16}[=＝]([\p{Script=Han}]{2,5}(?:[、・][\p{Script=Han}]{2,5}){0,3})】/u;

/**
 * 'byline-bracket-dateline': '【ワシントン=佐伯健一】米調査会社…' — a Japanese story opens its first paragraph with the place
 * and the writer in lenticular brackets; only a Han name (two to five characters) is a writer ('【ロンドン=ロイター】' is a wire).
 */
export function readBracketDateline(rows: Row[], headlineIndex: number, out: MetaFound): void {
  if (out.authors.length || headlineIndex < 0) return;
  let paragraphs = 0;
  for (const row of rows.slice(headlineIndex + 1)) {
    if (row.decision?.fate === 'dropped') continue;
    const m = row.text.startsWith('【') ? BRACKET_DATELINE.exec(row.text) : null;
    const names = (m?.[1] ?? '').split(/[、・]/u).filter((n) => n !== '' && !/[市区區県縣町村省都府道州局社部]$/u.test(n));
    if (names.length) {
      out.authors.push(...names);
      out.authorsRule = 'byline-bracket-dateline';
      return;
    }
    // Only the first paragraphs: a bracket further down opens a quoted story or a box.
    if (isStrongProse(row.text) && ++paragraphs >= 3) return;
  }
}

/**
 * 'byline-name-after-body': 'Hoàng Nam' alone on its line right after the last paragraph, with page furniture
 * (or nothing) after it — papers that sign their stories at the foot. Only looked for when no byline was found;
 * a name followed by prose (a subheading, a bio) is not a signature.
 */
export function readClosingName(rows: Row[], headlineIndex: number, out: MetaFound): void {
  if (out.authors.length || headlineIndex < 0) return;
  let paragraphs = 0;
  let lastProse: Row | null = null;
  for (const row of rows.slice(headlineIndex + 1)) {
    if (row.decision?.fate === 'dropped') continue;
    if (isOpen(row) && isStrongProse(row.text)) {
      paragraphs++;
      lastProse = row;
      continue;
    }
    if (!lastProse || paragraphs < 3 || !isOpen(row) || !row.blankBefore || row.text.length > 60 || row.index - lastProse.index > 3) {
      if (isOpen(row)) lastProse = null;
      continue;
    }
    const bare = parseBareName(row.text);
    lastProse = null;
    if (!bare || bare.withPlace || bare.authors.length > 2) continue;
    const after = rows.slice(row.index + 1, row.index + 4).filter((r) => r.decision?.fate !== 'dropped');
    if (after.some((r) => isStrongProse(r.text))) continue;
    out.authors.push(...bare.authors);
    out.authorsRule = 'byline-name-after-body';
    decide(row, 'field', 'byline', 'byline-name-after-body');
    return;
  }
}

/** Byline shapes recognised by the shape of the name alone, without 'By' or a date. */
const UNPREFIXED_SHAPES = new Set(['byline-name-handle', 'byline-name-at-venue', 'byline-name-bar-outlet', 'byline-name-bar-role', 'byline-name-with-agencies', 'byline-name-with-role', 'byline-name-and-outlet', 'byline-names-and-outlet']);

/**
 * 'chart-data-source': 'Ukraine’s Counteroffensive' / 'Areas recaptured …, Sept. 6-11' / 'Source: Institute for the Study of War'
 * between paragraphs of the story: the source of a chart's data, under its title, is no publisher of the page.
 */
function isUnderChart(rows: Row[], row: Row): boolean {
  const above = rows[row.index - 1];
  if (!above || !isOpen(above) || above.blankAfter || isStrongProse(above.text)) return false;
  return rows.slice(row.index + 1, row.index + 4).some((r) => isOpen(r) && isStrongProse(r.text));
}

/** A related-stories label ('Leggi anche', 'Read more', 'Related') among the three lines above the row. */
function underRelatedLabel(rows: Row[], row: Row): boolean {
  return rows.slice(Math.max(0, row.index - 3), row.index).some((r) => r.text.length <= 40 && (REGEXPS.teaserLabel.test(r.text) || REGEXPS.relatedLabel.test(r.text)));
}

/** Marks byline and date rows as fields and returns what they say. */
export function readMetaLines(rows: Row[]): MetaFound {
  const out: MetaFound = { authors: [], authorsRule: null, bylineOutlet: null, date: null, dateRule: null, wireAuthors: [], attributions: [], dates: [] };
  const dates = out.dates;
  const wrappedPage = isHardWrappedPage(rows);
  let firstSeen = false;
  let proseSinceByline = 0;
  let proseSeen = 0;
  for (const row of rows) {
    // 'date-yearless-stamp': '11.9. 14:05' has no letters, but it marks the byline block as a date line does.
    if (row.decision?.rule === 'no-letters' && YEARLESS_NUMERIC_STAMP.test(row.text)) decide(row, 'field', 'date', 'date-yearless-stamp', true);
    if (!isOpen(row)) continue;
    if (out.authors.length && isStrongProse(row.text)) proseSinceByline++;
    const wasSeen = firstSeen;
    if (isStrongProse(row.text)) proseSeen++;
    if (wordCount(row.text) >= 3) firstSeen = true;
    if (row.text.length > 200) continue;
    const text = row.text;
    if (REGEXPS.wireCredits.test(text)) {
      out.wireAuthors.push(...parseWireCredits(text));
      decide(row, 'field', 'credits', 'wire-credits-footer');
      continue;
    }
    // 'files-from-credit': 'With files from The Canadian Press', '— with reporting from Reuters': the sources that helped, under the
    // article; they are not its writers, and the note is no paragraph.
    if (wordCount(text) <= 20 && REGEXPS.filesFromCredit.test(text)) {
      decide(row, 'field', 'credits', 'files-from-credit');
      continue;
    }
    // 'Published in Transit Notebook': the publication a blog post appeared in.
    const publishedIn = REGEXPS.publishedIn.exec(text);
    if (publishedIn && wordCount(text) <= 8 && /^\p{Lu}/u.test(publishedIn[1] ?? '')) {
      out.attributions.push((publishedIn[1] ?? '').trim());
      decide(row, 'field', 'source', 'published-in-line');
      continue;
    }
    const attribution = REGEXPS.attributionLine.exec(text);
    if (attribution && wordCount(text) <= 8 && !/[.!?]$/.test(text) && proseSeen >= 2 && isUnderChart(rows, row)) {
      decide(row, 'dropped', 'credits', 'chart-data-source');
      continue;
    }
    if (attribution && wordCount(text) <= 8 && !/[.!?]$/.test(text)) {
      const named = (attribution[1] ?? attribution[2] ?? '').trim();
      // 'Source: News agencies', 'Fuente: agencias': the wires in general name no publisher.
      if (!/^(?:(?:news|wire|press) )?(?:agencies|agences|agencias|agenzie|agenturen|agências|wires?|wire services)\.?$/iu.test(named)) out.attributions.push(named);
      decide(row, 'field', 'source', 'source-line');
      continue;
    }
    // 'source-label-line': 'From:' alone, the department or publisher on the next line (a government press
    // release's 'From:' / 'Department of Infrastructure and Minister for …'): a meta pair, never the headline.
    if (REGEXPS.attributionLabel.test(text)) {
      const next = rows[row.index + 1];
      if (next && isOpen(next) && next.text.length <= 160 && wordCount(next.text) <= 16 && !/[.!?]$/.test(next.text) && /^\p{Lu}/u.test(next.text)) {
        if (wordCount(next.text) <= 8) out.attributions.push(next.text.trim());
        decide(row, 'field', 'source', 'source-label-line');
        decide(next, 'field', 'source', 'source-label-line');
        continue;
      }
    }
    if (REGEXPS.reviewerCredit.test(text) && wordCount(text) <= 15) {
      decide(row, 'dropped', 'credits', 'reviewer-credit');
      continue;
    }
    if (REGEXPS.editorCredit.test(text)) {
      decide(row, 'dropped', 'credits', 'editor-credit');
      continue;
    }
    // 'byline-doubled-name': a name printed twice (an avatar's alt text, then the link) with the writer's role
    // under both ('Geneviève Lapointe' / 'Geneviève Lapointe' / 'Journaliste').
    const twin = rows[row.index + 1];
    if (twin && isOpen(twin) && twin.text.trim() === text.trim() && parseBylineContinuation(rows[row.index + 2]?.text ?? '')) {
      const bare = parseBareName(text);
      if (bare && !bare.withPlace) {
        takeByline([row, twin], bare.authors, 'byline-doubled-name', rows[row.index + 2], out);
        continue;
      }
    }
    // 'byline-name-handle': 'Priya Menon' / '@PRIYAMENON_CNBC': a name over the writer's social handle.
    const handle = rows[row.index + 1];
    if (wasSeen && handle && isOpen(handle) && /^@[\w.]{2,30}$/u.test(handle.text.trim())) {
      const bare = parseBareName(text);
      if (bare && !bare.withPlace) {
        takeByline([row, handle], bare.authors, 'byline-name-handle', undefined, out);
        continue;
      }
    }
    let byline = parseByline(text);
    // 'Traders on the floor … on March 7, 2025.' / 'Brendan McDermid | Reuters': a name and an agency right under a
    // sentence, once the writers are known, credit the photo.
    const above = rows[row.index - 1];
    if (byline && UNPREFIXED_SHAPES.has(byline.rule) && out.authors.length && above && !above.blankAfter && endsWithPeriod(above.text) && wordCount(above.text) >= 6) byline = null;
    // '… serious harm to Tadhg Ó Murchú on' / 'Dame Street on June 18th, 2023.': a line under a hard-wrapped sentence cut
    // after a lower-case word goes on with that sentence; a place and a date there are no byline.
    if (byline && (UNPREFIXED_SHAPES.has(byline.rule) || byline.rule === 'byline-name-with-date') && wrappedPage && continuesWrappedSentence(row, above)) byline = null;
    // Bylines without a 'By' ('Queen Elizabeth Dies | The Guardian' looks like 'Jane Doe | Reuters') never
    // open the page: the first line of three words or more is the headline's place.
    if (byline && !wasSeen && UNPREFIXED_SHAPES.has(byline.rule)) byline = null;
    // 'Name at the Venue' is a byline only in the header (above it, at most the standfirst reads as prose): lower, a caption.
    if (byline?.rule === 'byline-name-at-venue' && proseSeen > 1) byline = null;
    // An agency's name alone is a byline only in the page's header, not a credit further down.
    if (byline?.rule === 'byline-agency' && (!wasSeen || row.index > rows.length * 0.4 || out.authors.length > 0)) byline = null;
    // 'byline-of-other-story': a byline several paragraphs below the article's own belongs to a
    // story card under the article ('By Marcus Lee' under a related headline).
    if (byline && out.authors.length && proseSinceByline >= 3 && byline.authors.some((a) => !out.authors.includes(a))) {
      decide(row, 'dropped', 'teaser', 'byline-of-other-story');
      continue;
    }
    // 'byline-of-teaser': a name beside a date with no byline label, first met after the body has begun,
    // is a related story's card ('Christoph Brunner 02.09.2024' under 'Mehr zum Thema').
    // So is any byline right under a related label and its headline ('Leggi anche' / 'Zelensky: «…»' / 'di Marco Ferrandi').
    if (byline && !out.authors.length && ((byline.rule === 'byline-name-with-date' && proseSeen >= 3) || (proseSeen >= 2 && underRelatedLabel(rows, row)))) {
      decide(row, 'dropped', 'teaser', 'byline-of-teaser');
      continue;
    }
    // 'byline-label-line': 'Reporter:' alone, the name on the next line.
    const label = REGEXPS.bylinePrefix.exec(text);
    if (!byline && label && label[0].trim() === text.trim() && /[:：]\s*$/u.test(text)) {
      const nextRow = rows[row.index + 1];
      const names = nextRow && isOpen(nextRow) ? parseBareName(nextRow.text) : null;
      if (names) {
        takeByline([row, nextRow!], names.authors, 'byline-label-line', rows[row.index + 2], out);
        continue;
      }
    }
    // 'byline-names-over-date': 'Thando Mokoena & Pieter van der Merwe' right over the date line — two or
    // more full names joined by '&', 'and' or commas, without a 'By', are the writers (a headline is not a list of names).
    if (!byline && wasSeen && !out.authors.length && text.length <= 120 && wordCount(text) <= 12 && REGEXPS.nameSplit.test(text)) {
      const next = rows[row.index + 1];
      const bare = next && isOpen(next) && parseDateLine(next.text) ? parseBareName(text) : null;
      if (bare && bare.authors.length >= 2 && !bare.withPlace) {
        takeByline([row], bare.authors, 'byline-names-over-date', undefined, out);
        continue;
      }
    }
    if (byline) {
      for (const a of byline.authors) if (!out.authors.includes(a)) out.authors.push(a);
      out.authorsRule ??= byline.rule;
      out.bylineOutlet ??= byline.outlet;
      decide(row, 'field', 'byline', byline.rule);
      const glued = findDate(text);
      if (glued) dates.push({ found: glued, rank: 1, rule: 'date-in-byline', index: row.index });
      // 'Geneviève Tremblay Ottawa Bureau' / 'Owen Pritchard Science Reporter': a second name-and-role line under the
      // first is the next writer, not the first one's role.
      const stacked = byline.rule === 'byline-name-with-role' && parseByline(rows[row.index + 1]?.text ?? '')?.rule === 'byline-name-with-role';
      // 'By Greta Lindqvist' / 'and Serhii Kovalchuk': the list goes on under the first line.
      const more = rows[row.index + 1];
      if (!(byline.authors.length > 0 && readNextWriterLine(more, out)) && !stacked) readContinuation(more, out);
      // 'byline-name-under-byline': 'Lim Wei Ling Political Correspondent' / 'Ng Jun Hao' / 'UPDATED Apr 15, 2025': a bare
      // full name between a byline and the date line is the next writer (the byline box lists one writer a line).
      const under = rows[row.index + 1];
      const dated = rows[row.index + 2];
      if (byline.authors.length > 0 && under && isOpen(under) && dated && isOpen(dated) && parseDateLine(dated.text)) {
        const bare = parseBareName(under.text);
        if (bare && !bare.withPlace) takeByline([under], bare.authors, 'byline-name-under-byline', undefined, out);
      }
      continue;
    }
    // 'date-published-range': 'Published in X from Feb. 9 to Feb. 11, 2024' — a paid notice's run; it first appeared on the first day.
    const range = /^(?:published|appeared|ran)\b/iu.test(text) ? REGEXPS.publishedRange.exec(text) : null;
    if (range) {
      const m1 = ALL_MONTHS.get((range[1] ?? '').toLowerCase());
      const m2 = ALL_MONTHS.get((range[3] ?? range[1] ?? '').toLowerCase());
      // (A run over New Year: 'from Dec. 30 to Jan. 2, 2025' began the year before.)
      const year = Number(range[4]) - (m1 && m2 && m1 > m2 ? 1 : 0);
      const started = m1 ? dateFromParts(year, m1, Number(range[2])) : null;
      if (started) {
        dates.push({ found: { ...started, end: text.length }, rank: 0, rule: 'date-published-range', index: row.index });
        decide(row, 'field', 'date', 'date-published-range');
        continue;
      }
    }
    // 'life-span-dates': 'September 4, 1938 – February 6, 2024' under an obituary's name is a life, not the page's date.
    if (isLifeSpan(text)) {
      decide(row, 'field', 'date', 'life-span-dates');
      continue;
    }
    const found = parseDateLine(text);
    if (found) {
      const first = REGEXPS.firstPublished.test(text);
      // 'Last updated' on its own line over the date: the date is the update's, as if printed after the label.
      const label = rows[row.index - 1];
      const underUpdateLabel = !!label && label.text.length <= 40 && !/\d/.test(label.text) && REGEXPS.updatedPrefix.test(label.text) && /^[\p{L}\s]+:?$/u.test(label.text);
      const updated = underUpdateLabel || REGEXPS.updatedPrefix.test(text.replace(REGEXPS.leadingAnd, ''));
      const rule = first ? 'date-first-published' : updated ? 'date-line-updated' : 'date-line';
      // 'date-line-after-body': a bare date without a label, met after three paragraphs, dates a story card under
      // the article ('Related Content' / a headline / 'Feb. 27, 2025') more often than the article: it ranks below
      // every date of the header, the 'Updated …' stamp included.
      const afterBody = !first && !updated && proseSeen >= 3 && !REGEXPS.datePrefix.test(text);
      dates.push({ found, rank: first ? 0 : updated ? 2 : afterBody ? 3 : 1, rule: afterBody ? 'date-line-after-body' : rule, index: row.index });
      decide(row, 'field', 'date', rule);
    }
  }
  // 'update-history-note': '14 September 2022' / 'Corrected the date of the meeting in notes to editors.' /
  // '12 September 2022' / 'First published.' — a page's change log at its foot: each note sits under its date.
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!.index;
    const b = dates[i]!.index;
    if (a < rows.length / 2 || b - a > 3) continue;
    // 'Other news' / 'Minister holds meeting …' / '13 September 2022, 18:45' / 'Rescuers …' / '13 September 2022, 11:02':
    // a list of dated story links, each title over its date; the title over the list's first date is one of them.
    // (Under a teaser label the teaser rules take the whole block, this title with it.)
    const label = rows[a - 2];
    const first = (i === 1 || a - dates[i - 2]!.index > 3) && !(label && label.text.length <= 60 && REGEXPS.teaserLabel.test(label.text.trim())) ? rows[a - 1] : undefined;
    const under = rows[a + 1];
    if (first && isOpen(first) && wordCount(first.text) <= 20 && !/[.!?]["”’]?$/u.test(first.text.trim()) && !isStrongProse(first.text) &&
      under && isOpen(under) && wordCount(under.text) <= 20 && !/[.!?]["”’]?$/u.test(under.text.trim())) {
      decide(first, 'dropped', 'teaser', 'dated-story-list');
    }
    for (const row of rows.slice(a + 1, b)) if (isOpen(row) && wordCount(row.text) <= 20) decide(row, 'dropped', 'notice', 'update-history-note');
    const last = rows[b + 1];
    if (i === dates.length - 1 && last && isOpen(last) && /^(?:first published|erstveröffentlichung|première publication|primera publicación)\.?$/iu.test(last.text.trim())) {
      decide(last, 'dropped', 'notice', 'update-history-note');
    }
  }
  const best = [...dates].sort((a, b) => a.rank - b.rank)[0];
  if (best) {
    out.date = best.found;
    out.dateRule = best.rule;
  }
  return out;
}
