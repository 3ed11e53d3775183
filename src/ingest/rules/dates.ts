/**
 * Absolute publication dates, times and time zones as printed on a page.
 *
 * Understands ISO dates, 'September 12, 2022', '12 Sep 2022 14:05 BST', 'Mon 12 Sep 2022 14.05 BST',
 * 'Published 12/09/2022' (day first unless impossible), '12. September 2022', '12 septembre 2022'.
 * Relative stamps ('Updated 3 hours ago') give no date: the extractor never reads the clock.
 */
import { ALL_MONTHS, REGEXPS } from './patterns.ts';
import { MAX_PATTERN_LINE, wordCount, words } from './lineShape.ts';
import { JALALI_MONTHS, jalaliToGregorian } from './persianCalendar.ts';

export interface FoundDate {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM', 24-hour, when printed next to the date. */
  time: string | null;
  timezone: string | null;
  /** Where the date starts and ends in the text. */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function calendar(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function monthNumber(name: string): number | undefined {
  return ALL_MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/** Arabic-Indic, Persian, Devanagari and Bengali digits: '٣ سبتمبر ٢٠٢٤', '۲ سپتامبر ۲۰۲۴', '০৩ সেপ্টেম্বর ২০২৪'. */
const NATIVE_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/gu;
const NATIVE_DIGIT_BASES = [0x0660, 0x06f0, 0x0966, 0x09e6];

/**
 * Native digits read as ASCII ones, one character for one, so positions in the text stay the same.
 * @example asciiDigits('٣ سبتمبر ٢٠٢٤') // '3 سبتمبر 2024'
 */
export function asciiDigits(text: string): string {
  // Cheap test first: most lines have only ASCII digits, and they come back as they are.
  if (!/[\u0660-\u09EF]/u.test(text)) return text;
  return text.replace(NATIVE_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const base = NATIVE_DIGIT_BASES.find((b) => code >= b && code <= b + 9) ?? code;
    return String(code - base);
  });
}

/**
 * 'Posted 6 Mar 20236 Mar 2023Mon 6 Mar 2023 at 5:01am': a page printing one date in several forms (short, medium,
 * long; the widths a stylesheet switches between) copies as all of them glued together; the shorter forms go.
 */
const GLUED_SHORTER_FORMS = /\b\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d{2}(?=\d{1,2}\s+\p{L}|\p{Lu}\p{Ll}{1,8},?\s+\d)/gu;

/** Day, month and four-digit year with slashes: '09/11/2022'. */
const SLASHED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

/**
 * Which way a page writes its slashed dates: 'mdy' when one of them can only be month first ('09/13/2022'), 'dmy'
 * when one can only be day first; when none can tell, the reading that puts the page's dates closer together (the
 * story's, its update's, the related stories' under it: '09/11/2022', '09/10/2022', '09/08/2022' are days apart month
 * first, months apart day first). Null when nothing on the page says.
 */
export function slashedDateOrder(lines: string[]): 'mdy' | 'dmy' | null {
  let dayFirst = false;
  let monthFirst = false;
  const ambiguous: Array<[number, number, number]> = [];
  for (const line of lines) {
    if (line.length > 400 || !line.includes('/')) continue;
    for (const m of line.matchAll(SLASHED_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dayFirst = true;
      else if (b > 12 && a <= 12) monthFirst = true;
      else if (a !== b && a <= 12) ambiguous.push([a, b, Number(m[3])]);
    }
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  if (dayFirst || new Set(ambiguous.map((d) => d.join('/'))).size < 2) return null;
  // (A loop, not Math.max(...days): a huge page's thousands of dates would overflow the call's arguments.)
  const spread = (first: boolean): number => {
    let min = Infinity;
    let max = -Infinity;
    for (const [a, b, y] of ambiguous) {
      const day = Date.UTC(y, (first ? a : b) - 1, first ? b : a) / 86_400_000;
      min = Math.min(min, day);
      max = Math.max(max, day);
    }
    return max - min;
  };
  const mdy = spread(true);
  const dmy = spread(false);
  return mdy < dmy ? 'mdy' : dmy < mdy ? 'dmy' : null;
}

/**
 * The same date read the other way round ('09/11/2022' as 11 September instead of 9 November) when `line` prints it
 * with slashes, both numbers could be the month, and `order` says the page reads it so; else `found` as it was.
 */
export function rereadSlashedDate(found: FoundDate, line: string, order: 'mdy' | 'dmy'): FoundDate {
  for (const m of line.matchAll(SLASHED_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a === b || a > 12 || b > 12) continue;
    const y = Number(m[3]);
    const asRead = order === 'mdy' ? calendar(y, b, a) : calendar(y, a, b);
    if (asRead !== found.date) continue;
    const date = order === 'mdy' ? calendar(y, a, b) : calendar(y, b, a);
    return date ? { ...found, date } : found;
  }
  return found;
}

/**
 * 'By Ellie Carrow On 9/12/22 at 10:13 AM EDT', '04-02-25, 14:12': a two-digit year is a date only with a clock
 * time right after it (alone, '9/12/22' may be a score or a version).
 */
const SHORT_YEAR_WITH_CLOCK = /(?<![\d./·-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./·-])(?=,?\s*(?:at\s+|@\s*|um\s+|à\s+|alle\s+|om\s+|kl\.?\s+)?\d{1,2}[:.h]\d{2})/iu;

/**
 * 'a/b/y' as a date: day first (most of the world) unless the second number cannot be a month, or the line reads
 * American ('9/12/2022 6:45 PM', '… ET') with slashes: then month first.
 */
function numericDate(y: number, a: number, b: number, slashed: boolean, line: string): string | null {
  return b > 12 || (slashed && REGEXPS.usClockHint.test(line)) ? calendar(y, a, b) : calendar(y, b, a);
}

/** '12.mar.2024': a day, a month's short name and a year joined by dots. */
const DOTTED_DAY_MONTH_YEAR = /\b(\d{1,2})\.(\p{L}{3,4})\.(\d{4})\b/gu;

/** Finds the first absolute date in a (short) text, with the time and zone printed after it. */
export function findDate(text: string): FoundDate | null {
  const digits = asciiDigits(text.slice(0, MAX_PATTERN_LINE));
  // (Cheap tests first: findDate runs on many lines, and the patterns below scan at every position.)
  const short = /\d[./-]\d{1,2}[./-]\d\d/.test(digits) ? SHORT_YEAR_WITH_CLOCK.exec(digits) : null;
  // Every other absolute date in running text has a four-digit year.
  if (!short && !/\d{4}/.test(digits)) return null;
  // '12.mar.2024 às 19h23': a day, a short month and a year joined by dots read as if spaced (same length, same positions).
  const t = digits.includes('.') ? digits.replace(DOTTED_DAY_MONTH_YEAR, '$1 $2 $3') : digits;
  const candidates: FoundDate[] = [];
  if (short) {
    const date = numericDate(2000 + Number(short[4]), Number(short[1]), Number(short[3]), short[2] === '/', t);
    if (date) candidates.push({ date, time: null, timezone: null, start: short.index, end: short.index + short[0].length });
  }
  const iso = REGEXPS.isoDate.exec(t);
  if (iso) {
    const date = calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) {
      const time = iso[4] !== undefined && iso[5] !== undefined ? `${pad(Number(iso[4]))}:${iso[5]}` : null;
      const zone = iso[6] === 'Z' ? 'UTC' : (iso[6] ?? null);
      candidates.push({ date, time, timezone: zone, start: iso.index, end: iso.index + iso[0].length });
    }
  }
  const dmy = REGEXPS.dayMonthYear.exec(t);
  if (dmy) {
    const m = monthNumber(dmy[2] ?? '');
    const date = m ? calendar(Number(dmy[3]), m, Number(dmy[1])) : null;
    if (date) candidates.push({ date, time: null, timezone: null, start: dmy.index, end: dmy.index + dmy[0].length });
  }
  const ymd = REGEXPS.yearMonthDay.exec(t);
  if (ymd) {
    const m = monthNumber(ymd[2] ?? '');
    const date = m ? calendar(Number(ymd[1]), m, Number(ymd[3])) : null;
    if (date) candidates.push({ date, time: null, timezone: null, start: ymd.index, end: ymd.index + ymd[0].length });
  }
  const mdy = REGEXPS.monthDayYear.exec(t);
  if (mdy) {
    const m = monthNumber(mdy[1] ?? '');
    const date = m ? calendar(Number(mdy[3]), m, Number(mdy[2])) : null;
    if (date) candidates.push({ date, time: null, timezone: null, start: mdy.index, end: mdy.index + mdy[0].length });
  }
  // (The Persian calendar only on lines in the Arabic script: a cheap test before the pattern.)
  const jalali = /[\u0600-\u06FF]/u.test(t) ? REGEXPS.jalaliDate.exec(t) : null;
  if (jalali) {
    const g = jalaliToGregorian(Number(jalali[3]), JALALI_MONTHS.indexOf(jalali[2] ?? '') + 1, Number(jalali[1]));
    const date = g ? calendar(g[0], g[1], g[2]) : null;
    if (date) candidates.push({ date, time: null, timezone: null, start: jalali.index, end: jalali.index + jalali[0].length });
  }
  const cjk = REGEXPS.cjkDate.exec(t);
  if (cjk) {
    const date = calendar(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
    if (date) candidates.push({ date, time: null, timezone: null, start: cjk.index, end: cjk.index + cjk[0].length });
  }
  const num = REGEXPS.numericDate.exec(t);
  if (num) {
    const date = numericDate(Number(num[3]), Number(num[1]), Number(num[2]), num[0].includes('/'), t);
    if (date) candidates.push({ date, time: null, timezone: null, start: num.index, end: num.index + num[0].length });
  }
  if (candidates.length === 0) return null;
  candidates.sort((x, y) => x.start - y.start);
  const best = candidates[0]!;
  if (!best.time) {
    const clock = findTime(t.slice(best.end), t.slice(0, best.start));
    if (clock) {
      best.time = clock.time;
      best.timezone = clock.timezone;
    }
  }
  return best;
}

/**
 * The date of a year, month and day read apart (a yearless stamp and a copyright's year, a run's first day), with the
 * clock time and zone printed in `clockText`; null when no such day exists.
 */
export function dateFromParts(year: number, month: number, day: number, clockText = ''): FoundDate | null {
  const date = calendar(year, month, day);
  if (!date) return null;
  const clock = clockText ? findTime(clockText, '') : null;
  return { date, time: clock?.time ?? null, timezone: clock?.timezone ?? null, start: 0, end: clockText.length };
}

/** A clock time after the date (or before it: '14:05 12 Sep 2022'), with its zone. */
function findTime(after: string, before: string): { time: string; timezone: string | null } | null {
  for (const part of [after.slice(0, 40), before.slice(-25)]) {
    const m = REGEXPS.time.exec(part);
    if (!m) continue;
    let h = Number(m[1]);
    // Arabic prints 'ص' (morning) and 'م' (evening) where English prints am and pm.
    const suffix = m[3] === 'ص' ? 'am' : m[3] === 'م' ? 'pm' : (m[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
    if (suffix === 'pm' && h < 12) h += 12;
    if (suffix === 'am' && h === 12) h = 0;
    const rest = part.slice(m.index + m[0].length);
    const z = REGEXPS.timezone.exec(rest);
    return { time: `${pad(h)}:${m[2]}`, timezone: z ? (z[0].replace(/[()\s]/g, '') || null) : null };
  }
  return null;
}

/** The line up to a second, 'updated' stamp after a separator (bar, comma, semicolon or space). */
function beforeUpdateStamp(line: string): string {
  const m = REGEXPS.updatedWord.exec(line);
  if (!m || m.index === 0) return line;
  const head = line.slice(0, m.index).replace(/\s*\blast\s*$/i, '');
  if (/[\s|·•,;]$/u.test(head)) return head.replace(/[\s|·•,;]+$/u, '');
  // 'June 3, 20254:41 PM GMT+2Updated 6 hours ago': the stamp glued on after a clock or a zone.
  return /^\p{Lu}/u.test(m[0]) && /(?:\d|\b[AP]M|\b[A-Z]{2,5}(?:[+-]\d{1,2})?)$/.test(head) ? head : line;
}

/**
 * A line that is about the date and little else ('Published 12 September 2022',
 * 'Mon 12 Sep 2022 14.05 BST', 'Updated: 2022-09-12 10:00'). Returns the date or null.
 */
export function parseDateLine(printed: string): FoundDate | null {
  if (printed.length > 160) return null;
  const line = asciiDigits(printed).replace(GLUED_SHORTER_FORMS, '');
  if (!/\d{4}/.test(line)) return parseShortYearLine(line);
  const whole = parseOneDateLine(line);
  if (whole) return whole;
  const labelled = parseLabelledStamps(line);
  if (labelled) return labelled;
  // A source or a paper named after the stamp: the date is what comes before it.
  for (const tail of NAME_AFTER_STAMP) {
    const named = tail.exec(line);
    const before = named ? parseOneDateLine(line.slice(0, named.index)) : null;
    if (before) return before;
  }
  // '12.09.2022, 17.05 Uhr • aus DER SPIEGEL 37/2022', 'Sat, September 10, 2022 at 4:05 AM·3 min read',
  // '12 settembre 2022 (modifica il …)': the date is the first segment, the rest is its own small note.
  // ('TOI.in / Updated: …', 'ALONA MAZURENKO — SUNDAY, 11 SEPTEMBER 2022, 12:47': a slash or a dash may part them too.)
  const cut = /\s*[•·|]\s*|\s+\(|\s+[/—–]\s+/u.exec(line);
  if (!cut || cut.index === 0) return parseBeforeDashLink(line);
  const head = line.slice(0, cut.index);
  const rest = line.slice(cut.index + cut[0].length);
  const at = (found: FoundDate | null, offset: number): FoundDate | null => found && { ...found, start: found.start + offset, end: found.end + offset };
  // 'Bengaluru | Updated: November 14, 2024 08:45 IST': a place name (an outlet's, a writer's), then the date.
  if (wordCount(head) <= 3 && !/\d/.test(head) && /^\p{Lu}/u.test(head)) return at(parseOneDateLine(rest), cut.index + cut[0].length);
  const first = parseOneDateLine(head);
  // 'Updated September 11, 2022 at 7:04 p.m. EDT|Published September 11, 2022 at 6:12 a.m. EDT': two stamps, the
  // publication's the page's date.
  if (first && REGEXPS.updatedPrefix.test(head)) {
    const second = at(parseOneDateLine(rest), cut.index + cut[0].length);
    if (second && !REGEXPS.updatedPrefix.test(rest)) return second;
  }
  return wordCount(rest) <= 8 || REGEXPS.updatedPrefix.test(rest) ? first : null;
}

const NAME_AFTER_STAMP = [
  // '2022-09-11 14:05:12 来源：新华网', '… Source: Reuters': the source's label and name.
  /\s+(?:来源|來源|出处|出處|source|fuente|quelle|fonte|źródło|джерело|источник)\s*[:：]\s*\S.{0,30}$/iu,
  // 'Sunday September 11 2022, 6.00pm, The Sunday Times': capitalised words closing the line, after a comma.
  /,\s+(?:The\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,4}$/u,
];

/** 'Giriş Tarihi: ', 'Datum objave: ', 'Publ. dato: ': a label of one to three words and a colon, right before a digit. */
const STAMP_LABEL = /^(?:[\p{L}\p{M}][\p{L}\p{M}.]*\s+){0,2}[\p{L}\p{M}][\p{L}\p{M}.]*\s*:\s*(?=\d)/u;
/** Where a second labelled stamp starts: ' Güncelleme Tarihi: 17…'. */
const SECOND_STAMP_LABEL = /\s+(?:[\p{L}\p{M}][\p{L}\p{M}.]*\s+){0,2}[\p{L}\p{M}][\p{L}\p{M}.]*\s*:\s*\d/u;

/**
 * 'date-labelled-stamps': 'Giriş Tarihi: 17.03.2025 - 10:12 Güncelleme Tarihi: 17.03.2025 - 11:40' — in any language, a
 * short label and a colon, the date, and maybe a second labelled stamp (the update) after it: the first stamp's date.
 * (A first label that says 'updated' leaves the line to the rules that know which stamp is which.)
 */
function parseLabelledStamps(line: string): FoundDate | null {
  const label = STAMP_LABEL.exec(line);
  if (!label || REGEXPS.updatedPrefix.test(line)) return null;
  const body = line.slice(label[0].length);
  const second = SECOND_STAMP_LABEL.exec(body);
  const first = second ? body.slice(0, second.index) : body;
  const found = parseOneDateLine(first);
  return found ? { ...found, start: found.start + label[0].length, end: found.end + label[0].length } : null;
}

/**
 * '14 September 2022 — See all updates', 'Last updated 14 September 2022 + show all updates': the date, a dash (or a plus), and a link of a few words without a digit
 * or a sentence's end (an update history's 'See all updates').
 */
function parseBeforeDashLink(line: string): FoundDate | null {
  const cut = /\s+[—–+]\s+/u.exec(line);
  if (!cut || cut.index === 0) return null;
  const rest = line.slice(cut.index + cut[0].length);
  if (wordCount(rest) > 4 || /[\d.!?,;:]/u.test(rest)) return null;
  return parseOneDateLine(line.slice(0, cut.index));
}

/**
 * 'date-short-year': '04-02-25, 14:12', 'Laatste update: 04.02.25 16:40' — day, month and a
 * two-digit year on a line about the date alone; day first (as `findDate` reads 12/09/2022)
 * unless the second number cannot be a month.
 */
function parseShortYearLine(line: string): FoundDate | null {
  const m = REGEXPS.shortYearDate.exec(line);
  if (!m) return null;
  const date = numericDate(2000 + Number(m[4]), Number(m[1]), Number(m[3]), m[2] === '/', line);
  if (!date) return null;
  const found: FoundDate = { date, time: null, timezone: null, start: m.index, end: m.index + m[0].length };
  const clock = findTime(line.slice(found.end), '');
  if (clock) {
    found.time = clock.time;
    found.timezone = clock.timezone;
  }
  const rest = (line.slice(0, found.start) + ' ' + line.slice(found.end)).replace(REGEXPS.time, ' ').replace(/\buhr\b/iu, ' ').trim().replace(REGEXPS.datePrefix, '');
  return words(rest).filter((w) => /\p{L}/u.test(w)).length <= 1 ? found : null;
}

/** Arabic pages print the Hijri date and the era letters beside the Gregorian date: they are not a note of their own. */
function withoutHijri(rest: string): string {
  return /[\u0600-\u06FF]/u.test(rest) ? rest.replace(REGEXPS.hijriBeside, ' ') : rest;
}

function parseOneDateLine(printed: string): FoundDate | null {
  // 'and last updated 9:02 AM, Jun 19, 2025': the second half of a 'Posted … and last updated …' pair.
  // 'Updated November 12, 2025 — 7.45pm, first published at 5.30pm': the first stamp gives only a clock, so the date is the line's.
  const line = printed.replace(REGEXPS.leadingAnd, '').replace(REGEXPS.firstPublishedClock, '');
  // 'Published 12 Sep 2022 | Updated 13 Sep 2022': the first stamp is the line's date, the rest is an update.
  const text = REGEXPS.updatedPrefix.test(line) ? line : beforeUpdateStamp(line);
  const found = findDate(text);
  if (!found) return null;
  let rest = withoutHijri(text.slice(0, found.start) + ' ' + text.slice(found.end))
    .replace(REGEXPS.time, ' ')
    .replace(/\b(?:UTC|GMT|BST|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|AEST|AEDT|WIB|SAST|WAT|EAT|HKT|JST|KST|MYT|SGT|PHT|ICT|PKT|NZST|NZDT|UK)\b/g, ' ')
    .replace(/[+-]\d{2}:?\d{2}/g, ' ')
    .trim();
  rest = rest.replace(REGEXPS.datePrefix, '').replace(REGEXPS.weekday, '').replace(REGEXPS.datePrefix, '').replace(/(?<![\p{L}])(?:at|um|à|a las|alle|om|on|le|am|el|il|h|kl|klo|saat|às)(?![\p{L}])/giu, ' ');
  const leftover = words(rest).filter((w) => /\p{L}/u.test(w));
  return leftover.length <= 1 ? found : null;
}
