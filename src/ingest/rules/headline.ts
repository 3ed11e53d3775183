/**
 * The headline: the first headline-shaped line at the top of the page, with what pages glue to it
 * taken off ('… | The Sun', '… - Reuters', ' date 2022-09-12 …'), and the kicker right above it.
 */
import { REGEXPS } from './patterns.ts';
import { endsLikeProse, endsSentence, endsWithPeriod, isAllCapsLabel, isStrongProse, isTitleCase, looseKey, wordCount, words } from './lineShape.ts';
import { isHardWrappedPage, isOpen, type Row } from './lineTable.ts';
import { isCreditUnderCaption, looksLikeCaption } from './captions.ts';
import { parseBareName, parseByline, parseBylineContinuation } from './byline.ts';
import { breadcrumbTitle, completesCrumb } from './furniture.ts';
import { asciiDigits } from './dates.ts';

export interface CleanHeadline {
  title: string;
  /** Outlet named in a suffix ('The Sun'), if any. */
  outlet: string | null;
  /** Date glued before the headline ('2022-09-12'), if any. */
  gluedDate: string | null;
  /** Rule names that changed the line. */
  rules: string[];
}

/** A suffix segment that names an outlet or a section: short, capitalised or a domain. */
function isOutletSegment(segment: string): boolean {
  const s = segment.trim();
  const n = wordCount(s);
  if (n === 0 || n > 5 || s.length > 40) return false;
  // '… – 14 skadade', '… - 3 dead': a number and a lower-case word finish the headline, they name no outlet.
  if (/^\p{N}+\s+\p{Ll}/u.test(s)) return false;
  if (isAttribution(s)) return false;
  return isTitleCase(s) || /^[\p{Lu}\p{N}]/u.test(s) && n <= 2 || REGEXPS.bareDomain.test(s);
}

/** Who said it, printed after a dash: a role or a body, never a publication ('commissioner', 'police', 'experts'). */
const ATTRIBUTION_WORDS = new Set(
  ('commissioner commissioners minister ministers ministry governor governors president presidency police official officials ' +
    'expert experts spokesman spokeswoman spokesperson senator senators lawmaker lawmakers mayor chief ceo chairman judge court ' +
    'residents witnesses survey study report govt government general command army military intelligence kremlin pentagon ' +
    'prosecutor prosecutors authorities analysts sources ombudsman ' +
    'ministro ministra ministre gouverneur gobernador governador polizei polícia policía polizia experten expertos especialistas ' +
    'comisario comissário commissaire sindicato syndicat gewerkschaft ' +
    // Ukrainian and Russian: the General Staff, the armed forces, ministries, the Kremlin, police, prosecutors, sources.
    'генштаб зсу всу міноборони минобороны мзс мид сбу фсб кремль поліція полиция мвс мвд прокуратура командування командование ' +
    'губернатор мер мэр експерти эксперты джерела источники розвідка разведка пентагон').split(' '),
);

/**
 * 'Cholera: Lagos records 15 deaths – Commissioner', '… – Police': a dash and who said it finish the headline
 * (Nigerian, Indian and Ghanaian papers attribute a headline this way); an outlet's name holds none of these words.
 * @example isAttribution('Commissioner') // true
 */
function isAttribution(segment: string): boolean {
  const ws = segment.toLowerCase().split(/\s+/u);
  // ('The Daily Report', 'The Chief': a title with its article is a publication's name; 'Government of Canada',
  // 'Ministry of Health': an institution's full name after a bar or dash is the site that published the page.)
  return ws.length <= 4 && ws[0] !== 'the' && !ws.includes('of') && ws.some((w) => ATTRIBUTION_WORDS.has(w.replace(/[^\p{L}]/gu, '')));
}

/**
 * Takes outlet suffixes and glued date prefixes off a headline line.
 * @example cleanHeadline("Putin's troops flee | The Sun").title // "Putin's troops flee"
 */
export function cleanHeadline(line: string): CleanHeadline {
  let title = line.trim();
  const rules: string[] = [];
  let gluedDate: string | null = null;
  // 'Home » Government » <headline>': the trail's last step is the headline.
  const crumb = breadcrumbTitle(title);
  if (crumb) {
    title = crumb;
    rules.push('headline-breadcrumb-trail');
  }
  const glued = REGEXPS.gluedDatePrefix.exec(title);
  if (glued) {
    gluedDate = glued[1] ?? null;
    title = title.slice(glued[0].length);
    rules.push('headline-glued-date-prefix');
  }
  // Peel '| Section | Outlet' segments; the outlet is the last one.
  let outlet: string | null = null;
  for (let i = 0; i < 3; i++) {
    const m = REGEXPS.pipeSuffix.exec(title) ?? REGEXPS.outletSuffix.exec(title);
    if (!m) break;
    const head = title.slice(0, m.index).trim();
    const seg = (m[1] ?? '').trim();
    const isPipe = m[0].includes('|');
    if (wordCount(head) < 3 || !(isPipe ? wordCount(seg) <= 6 : isOutletSegment(seg))) break;
    outlet ??= seg;
    title = head;
    if (!rules.includes('headline-outlet-suffix')) rules.push('headline-outlet-suffix');
  }
  // '…部队-新华网', '…と説明：朝日新聞デジタル': Chinese and Japanese titles glue the site's name on without spaces.
  const cjk = CJK_SITE_SUFFIX.exec(title);
  if (cjk && cjk.index >= 8) {
    outlet ??= cjk[1] ?? null;
    title = title.slice(0, cjk.index).trim();
    if (!rules.includes('headline-outlet-suffix')) rules.push('headline-outlet-suffix');
  }
  // '… brain injury –' / 'The Irish Times': a page title wrapped before its outlet leaves the separator behind.
  const dangling = DANGLING_SEPARATOR.exec(title);
  if (dangling && wordCount(title.slice(0, dangling.index)) >= 3) {
    title = title.slice(0, dangling.index).trim();
    if (!rules.includes('headline-outlet-suffix')) rules.push('headline-outlet-suffix');
  }
  return { title, outlet, gluedDate, rules };
}

const DANGLING_SEPARATOR = /\s+[|–—-]$/u;

/** '-新华网', '：朝日新聞デジタル', '_新浪新闻', ' | 연합뉴스': a CJK site's name (told by a word for news, paper or site) after a mark. */
const CJK_SITE_SUFFIX = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}」”』）)])\s*[-_|｜：:—]+\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z]{0,10}(?:网|網|新聞|新闻|日報|日报|时报|時報|通信|デジタル|新聞社|뉴스|신문|일보|电视台|電視台|在线|在線)[\p{Script=Han}\p{Script=Hangul}A-Za-z]{0,4})$/u;

/**
 * 'headline-wrapped': 'El alquiler en Madrid marca un nuevo récord y supera los 20 euros por' / 'metro cuadrado' — on a page saved
 * hard-wrapped, a headline near the wrap width that stops mid-phrase goes on in the short lower-case line under it.
 */
export function wrappedHeadlineTail(rows: Row[], headline: Row): Row | null {
  const next = rows[headline.index + 1];
  if (headline.blankAfter || !next || !isOpen(next) || !next.blankAfter || headline.text.length < 55 || endsSentence(headline.text)) return null;
  if (!/^\p{Ll}/u.test(next.text) || wordCount(next.text) > 8 || !isHardWrappedPage(rows)) return null;
  return next;
}

/**
 * 'Man jailed for … brain injury –' / 'The Irish Times': the outlet's name on the line under a headline that ends on a
 * separator is the title's suffix, wrapped onto a line of its own.
 */
export function outletOnNextLine(rows: Row[], headline: Row): Row | null {
  const next = rows[headline.index + 1];
  if (!DANGLING_SEPARATOR.test(headline.text.trim()) || headline.blankAfter || !next || !isOpen(next)) return null;
  return isOutletSegment(next.text) ? next : null;
}

/**
 * 'date-shaped-not-headline': 'வியாழன், 12 செப்டம்பர் 2024', 'Thursday, 12th of Sept., 2024' — a word, a day, a month and
 * a year (or a month, a day and a year) is a masthead's date even in a language whose month names we cannot read.
 */
const DATE_SHAPED = /^[\p{L}\p{M}]+\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th|er|e|\.)?\s+(?:of\s+|de\s+)?[\p{L}\p{M}.]+|[\p{L}\p{M}.]+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:de\s+)?\d{4}(?![\d])/u;

function isDateShaped(text: string): boolean {
  const t = asciiDigits(text);
  const m = /\d/.test(t) ? DATE_SHAPED.exec(t) : null;
  // (What may follow the year: a second calendar's date or the weather, a few words at most.)
  return !!m && wordCount(t.slice(m[0].length)) <= 4;
}

/**
 * 'Aangepast: vandaag, 08:10', 'Updated: today 6.42pm', 'Stand: gestern, 18:47': a label, a colon and a clock time
 * in a few words is a stamp, in whatever language its label and day word are.
 */
const LABELLED_STAMP = /^[\p{L}\p{M} ]{2,30}:\s*[^:]{0,30}?\b\d{1,2}[:.h]\d{2}\b/u;
const isLabelledStamp = (text: string): boolean => text.length <= 60 && wordCount(text) <= 6 && LABELLED_STAMP.test(text);

/**
 * 'url-not-headline': 'https://www.example.com/news/local/township-shuts-arena…/article_7c1e.html' — a print view or a
 * reader mode prints the page's address at the top; its slug spells the headline's words, but an address is never one.
 */
const URL_LINE = /^(?:[a-z][a-z0-9+.-]{1,10}:\/\/|www\.)\S+$/iu;
export const isUrlLine = (text: string): boolean => URL_LINE.test(text.trim());

/** Could this row be the headline? Short enough, not prose, at least a few words. */
export function isHeadlineShaped(text: string): boolean {
  const n = wordCount(text);
  if (n < 3 || isUrlLine(text) || n > 40 || text.length > 300 || REGEXPS.copyright.test(text) || isDateShaped(text) || isLabelledStamp(text)) return false;
  // 'lead-in-not-headline': 'Paywalled so pasting the text here for everyone:' — a line ending in a colon leads into
  // what follows; a headline never does.
  if (/[:：]\s*$/u.test(text)) return false;
  return !isStrongProse(text) || REGEXPS.pipeSuffix.test(text) || isTitleCaseSentences(text);
}

/** 'My Town Closed Its Library on Sundays. Here’s Who Noticed.': a headline may end with a full stop when it is written in title case. */
function isTitleCaseSentences(text: string): boolean {
  return wordCount(text) <= 20 && isTitleCase(text);
}

/**
 * Picks the headline row among the open rows before the first prose line, and the kicker row
 * (a short all-caps label right above it). Rows flagged by `skip` (repeated site chrome) are passed over.
 */
export function findHeadline(rows: Row[], skip: (row: Row) => boolean): Found | null {
  const picked = pickHeadline(rows, skip);
  const titled = picked ? obituaryTitleAbove(rows, picked.headline, skip) : null;
  const found = titled ? { headline: titled, kicker: null, rule: 'headline-name-obituary' } : picked;
  const whole = found ? wholeHeadlineBelow(rows, found.headline) : null;
  return found && whole ? { ...found, headline: whole, kicker: null, rule: 'headline-whole-below-first-sentence' } : found;
}

/** The word for an obituary in the languages we read. */
const OBITUARY_WORD = '(?:obituary|nachruf|nécrologie|necrologio|obituario)';
/** 'Eleanor Whitcombe Obituary', 'Obituary: Eleanor Whitcombe': a name and the word for an obituary. */
const OBITUARY_TITLE = new RegExp(`^(?:${OBITUARY_WORD}\\s*[:|–-]\\s*)?(\\p{Lu}[\\p{L}\\p{M}.'’-]*)(?:\\s+[\\p{Lu}(\\p{Ll}][\\p{L}\\p{M}.'’()-]*){1,5}?(?:\\s+${OBITUARY_WORD})?$`, 'iu');
/** 'Obituary: Name' or 'Name Obituary': the word opens the line before a separator or closes it. */
const OBITUARY_AT_EDGE = new RegExp(`^${OBITUARY_WORD}\\s*[:|–-]|\\s${OBITUARY_WORD}$`, 'iu');

/**
 * 'headline-name-obituary': an obituary page prints 'Eleanor Whitcombe Obituary' over the name in full
 * ('Eleanor Ruth (Baines) Whitcombe') and the years; the line that says it is an obituary is the title, the full name under it a heading.
 */
function obituaryTitleAbove(rows: Row[], headline: Row, skip: (row: Row) => boolean): Row | null {
  const text = headline.text.trim();
  if (text.length > 80 || wordCount(text) > 7 || /[.!?:]$/u.test(text) || !/^\p{Lu}/u.test(text)) return null;
  for (let i = headline.index - 1; i >= Math.max(0, headline.index - 6); i--) {
    const row = rows[i]!;
    const t = row.text.trim();
    // The word must open or close the line, and its name must start as the headline's does.
    if (t.length > 80 || skip(row) || !OBITUARY_AT_EDGE.test(t)) continue;
    const m = OBITUARY_TITLE.exec(t);
    if (m && m[1] && text.split(/\s+/)[0] === m[1] && (row.decision === null || row.decision.rule === 'before-headline')) return row;
  }
  return null;
}

/**
 * 'headline-whole-below-first-sentence': 'Masowy grób w Iziumie' (a breadcrumb's last step, a short title) right over
 * 'Masowy grób w Iziumie. Ukraińcy odkryli ponad 440 mogił …': the line that goes on after the same words is the
 * whole headline, the short one its first sentence printed on its own.
 */
function wholeHeadlineBelow(rows: Row[], headline: Row): Row | null {
  const next = nextOpenRow(rows, headline.index);
  if (!next || next.index - headline.index > 3 || next.text.length > 300) return null;
  const head = headline.text.trim();
  if (!next.text.startsWith(head) || !/^[.:!?]\s+\S/u.test(next.text.slice(head.length))) return null;
  const rest = next.text.slice(head.length + 1);
  // A headline's second sentence, not the first paragraph: a few words, without a closing full stop.
  return wordCount(rest) >= 3 && wordCount(next.text) <= 30 && !endsWithPeriod(next.text) ? next : null;
}

function pickHeadline(rows: Row[], skip: (row: Row) => boolean): Found | null {
  const crumbed = findHeadlineCompletingCrumb(rows, skip);
  if (crumbed) return crumbed;
  const found = findHeadlineAboveMeta(rows, skip) ?? findHeadlineBelowMeta(rows, skip) ?? findFirstHeadline(rows, skip);
  const titled = findHeadlineRepeatingPageTitle(rows, skip);
  // Only when the rules above picked some other line: either copy of the title will do.
  const same = !!found && !!titled && looseKey(cleanHeadline(found.headline.text).title) === looseKey(cleanHeadline(titled.headline.text).title);
  // 'headline-in-its-place': when the pick is the browser's title line at the top and the same title comes back
  // lower, before any paragraph, the lower copy is the headline in its place (with its kicker, under the menu).
  if (found && titled && same && titled.headline.index > found.headline.index && cleanHeadline(found.headline.text).outlet !== null &&
    rows.slice(found.headline.index + 1, titled.headline.index).every((r) => !isOpen(r) || !isStrongProse(r.text))) {
    return titled;
  }
  if (titled && !same) return titled;
  // The same headline found by another rule still has the outlet printed after the browser's title.
  return found && titled && same && !found.titleOutlet ? { ...found, titleOutlet: titled.titleOutlet ?? null } : found;
}

/**
 * 'headline-completes-breadcrumb': 'Home / War / «We waited half a year for this day»: how Balakliia greets…' — a trail
 * whose last step is the headline cut short; the line a few rows below that goes on from the cut is the whole headline,
 * whatever section name or tagline stands higher on the page.
 */
function findHeadlineCompletingCrumb(rows: Row[], skip: (row: Row) => boolean): Found | null {
  for (const row of rows.slice(0, 150)) {
    if (row.text.length > 300) continue;
    const step = breadcrumbTitle(row.text);
    if (!step) continue;
    // 'headline-repeats-breadcrumb': a trail ending in the whole headline ('Home / War / Balakliia after six months
    // of occupation: …') printed again a few rows below: that copy is the headline in its place, even under a date.
    const rule = /(?:\.{3}|…)$/u.test(step) ? 'headline-completes-breadcrumb' : 'headline-repeats-breadcrumb';
    for (const r of rows.slice(row.index + 1, row.index + 10)) {
      if (isOpen(r) && !skip(r) && completesCrumb(step, r.text) && isHeadlineShaped(r.text)) return { headline: r, kicker: null, rule };
    }
  }
  return null;
}

/**
 * 'headline-repeats-page-title': a dump that starts with the browser's title ('Boil-water advisory
 * lifted … | KQRT 7 News Now') names the headline; where that line comes back lower on the page,
 * the lower copy is the headline in its place (with its kicker), whatever banner sits above it.
 */
export function findHeadlineRepeatingPageTitle(rows: Row[], skip: (row: Row) => boolean): Found | null {
  const first = rows.find((r) => r.decision?.rule !== 'skip-link' && r.text.trim() !== '');
  if (!first) return null;
  return repeatedTitle(rows, first, skip) ?? repeatedTitleUnderMasthead(rows, first, skip);
}

/**
 * 'Ex-land office officer jailed … | The Daily Mirror Malaysia' under the menu, when the site's name stands
 * alone above it as the masthead: that line is the browser's title, set lower; its copy below is the headline.
 */
function repeatedTitleUnderMasthead(rows: Row[], first: Row, skip: (row: Row) => boolean): Found | null {
  const masthead = new Set<string>();
  let tries = 0;
  for (const row of rows.slice(first.index, first.index + 60)) {
    if (tries >= 3) break;
    const text = row.text.trim();
    if (text.length < 2 || text.length > 300) continue;
    if (text.length <= 60) masthead.add(text.toLowerCase());
    if (!/\s[|–—-]\s/u.test(text)) continue;
    const outlet = cleanHeadline(text).outlet;
    if (outlet && masthead.has(outlet.trim().toLowerCase()) && !(isOpen(row) && isStrongProse(text))) {
      tries++;
      const found = repeatedTitle(rows, row, skip);
      if (found) return found;
    }
  }
  return null;
}

function repeatedTitle(rows: Row[], first: Row, skip: (row: Row) => boolean): Found | null {
  if (!isOpen(first) || first.text.length > 300) return null;
  // A browser title carries the site after a bar or dash, or is a sentence-long line; a masthead
  // ('Il Giornale del Nordest') that comes back in the footer is neither.
  const cleaned = cleanHeadline(first.text);
  const key = looseKey(cleaned.title);
  if (key.length < 12 || (cleaned.outlet === null && wordCount(first.text) < 7)) return null;
  for (const row of rows.slice(first.index + 1, first.index + 150)) {
    if (!isOpen(row) || skip(row) || row.text.length > 300) continue;
    if (looseKey(cleanHeadline(row.text).title) !== key) continue;
    const above = prevOpen(rows, row.index);
    const kicker = above && isAllCapsLabel(above.text, 5) && /\p{L}{3}/u.test(above.text) ? above : null;
    return { headline: row, kicker, rule: 'headline-repeats-page-title', titleOutlet: cleaned.outlet };
  }
  return null;
}

export interface Found {
  headline: Row;
  kicker: Row | null;
  /** The rule that picked the headline row. */
  rule: string;
  /** The outlet after the page's title line, when the headline was found by repeating it. */
  titleOutlet?: string | null;
}

/**
 * 'masthead-date-no-anchor': 'The Bharat Ledger' / 'Journalism of trust since 1951' / 'Tuesday, Mar 21, 2023' / 'EPAPER' /
 * 'Sign In' / … — today's date in the masthead, with the menu under it, anchors no headline: the line above it is the
 * site's tagline.
 */
function isMastheadDate(rows: Row[], anchor: Row): boolean {
  // (Today's date alone: a story's date line has its time, a label or a reading time.)
  if (anchor.decision?.role !== 'date' || anchor.text.length > 40 || /\d[:.h]\d\d|\bread\b/iu.test(anchor.text) || REGEXPS.updatedPrefix.test(anchor.text)) return false;
  // (Eight lines and more: a share bar under a story's date has fewer.)
  const below = rows.slice(anchor.index + 1, anchor.index + 16).filter((r) => r.text.trim() !== '').slice(0, 8);
  return below.length === 8 && below.every((r) => wordCount(r.text) <= 3 && !isMetaRow(r));
}

/** '»Sie sind einfach weggerannt«', '“We ran for our lives”': a short line that is one quotation from end to end. */
function isWholeQuote(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 12 && /^[»«„“”"‘'‹›「『][^»«„“”"]{3,}[«»“”"’'‹›」』]$/u.test(t);
}

/** A line that ends mid-sentence, without a blank line under it. */
const cutMidSentence = (row: Row | undefined): boolean => !!row && !row.blankAfter && !endsSentence(row.text) && !/[:：]$/u.test(row.text);

/** A lower-case line right under a line cut mid-sentence: the rest of a hard-wrapped sentence. */
function isWrappedTail(rows: Row[], row: Row): boolean {
  const above = rows[row.index - 1];
  return /^\p{Ll}/u.test(row.text) && isOpen(above) && cutMidSentence(above);
}

/** The row's text with the rest of its sentence when a hard-wrapped page carried it onto the next line. */
function withWrappedTail(rows: Row[], row: Row): string {
  const next = rows[row.index + 1];
  return cutMidSentence(row) && next && isOpen(next) && /^\p{Ll}/u.test(next.text) ? `${row.text} ${next.text}` : row.text;
}

/** A meta row (byline or date line) that could sit right under a headline. */
const isMetaRow = (row: Row): boolean => row.decision?.fate === 'field' && (row.decision.role === 'byline' || row.decision.role === 'date');

/**
 * 'headline-above-meta': pages put the headline just above the byline and date, often with a
 * standfirst and a photo between them, and the navigation above it. Walking up from the first
 * meta row, the headline is the topmost headline-shaped line (at least four words) before a run of
 * short menu lines, a paragraph of prose, or the top of the page.
 */
export function findHeadlineAboveMeta(rows: Row[], skip: (row: Row) => boolean): Found | null {
  let anchors = 0;
  // 'prose-above-counted-once': a two-sentence title printed twice at the top (the share card's copy, then the heading)
  // is one line of prose above the byline, not two.
  const proseAbove = new Set<string>();
  const wrapped = isHardWrappedPage(rows);
  for (const anchor of rows.slice(0, 250)) {
    if (isOpen(anchor) && isStrongProse(anchor.text)) proseAbove.add(anchor.text.trim());
    if (!isMetaRow(anchor) || isMastheadDate(rows, anchor)) continue;
    // A date or byline under the article ('Published …' at the bottom) anchors no headline.
    // (A headline and a standfirst that both read as sentences come before the page's own byline.)
    if (proseAbove.size > 2 || ++anchors > 3) break;
    let best: Row | null = null;
    // The first candidate above the anchor.
    let nearest: Row | null = null;
    let pageTitleOutlet: string | null = null;
    let rule = 'headline-above-meta';
    let shortRun = 0;
    let walked = 0;
    let prose = 0;
    for (let i = anchor.index - 1; i >= 0 && walked < 15; i--) {
      const row = rows[i]!;
      const overShareRow: Row | null = best && i === best.index - 1 ? headlineOverShareRow(rows, best, skip) : null;
      if (overShareRow) {
        best = overShareRow;
        nearest = overShareRow;
        rule = 'headline-above-share-row';
        i = overShareRow.index;
        continue;
      }
      // Menu items already dropped as chrome still count towards a run of menu lines.
      if (best && row.decision?.fate === 'dropped' && wordCount(row.text) <= 3 && ++shortRun >= 2) break;
      if (!isOpen(row) || skip(row)) continue;
      // 'The change, which takes effect in September 2025, follows two years of' / 'debate over teen sleep, …
      // sports.': on a hard-wrapped page a standfirst runs over two lines; its first line is no headline, its
      // lower-case rest no line of its own.
      if (wrapped && isWrappedTail(rows, row)) continue;
      const text = wrapped ? withWrappedTail(rows, row) : row.text;
      walked++;
      if (isStrongProse(text) && !REGEXPS.pipeSuffix.test(text) && !isTitleCaseSentences(text)) {
        if (looksLikeCaption(row.text)) continue;
        if (best && (isLongHeadlineOverSummary(rows, row, best) || isProseTitleOverDeck(rows, row, best))) {
          best = row;
          break;
        }
        // One summary paragraph (the standfirst) may sit between headline and byline; more is body,
        // unless it opens the page under the chrome: 'I rode every route for a month. Here's what changed.'
        if (best) break;
        if (++prose > 1) {
          const above = prevOpen(rows, row.index);
          // Only a header block without blank lines (headline, standfirst, byline box): paragraphs
          // set apart by blank lines above a date at the foot of the page are the body.
          // And a byline box (a name, buttons, a reading time) between the standfirst and the anchor,
          // not a second paragraph right on top of a date line.
          const firstProse = nextOpenRow(rows, row.index);
          const headerBlock = rows.slice(row.index, anchor.index).every((r) => !r.blankAfter) && !!firstProse && anchor.index - firstProse.index > 1;
          if (prose === 2 && headerBlock && wordCount(row.text) <= 20 && !looksLikeCaption(row.text) && (above === undefined || wordCount(above.text) <= 3)) {
            best = row;
          }
          break;
        }
        continue;
      }
      // 'teaser-label-not-kicker': 'UP NEXT' / 'Related' right above the candidate labels a teaser for another story:
      // the candidate is not the headline, which is further up.
      if (best && prevOpen(rows, best.index) === row && isTeaserLabel(row.text)) {
        best = null;
        nearest = null;
        shortRun = 0;
        continue;
      }
      // A short label right above the candidate ('Guest Essay', 'Local News', 'Buried Pipes') is its
      // kicker when another headline-shaped line sits above the label: a banner or a tagline.
      // A two-word label may also be a writer's name ('Zoe Williams'); under a 'By' line it cannot be.
      if (best && isKickerLabel(row.text) && rows[row.index + 1] === best && hasHeadlineAbove(rows, row.index, skip) &&
        (anchor.decision?.role === 'byline' || !parseBareName(row.text))) break;
      if (parseBylineContinuation(row.text)) continue;
      // 'writer-over-date-not-headline': 'Lydia Tan Wei Ling' right over '14 Mar 2024 06:00AM' is the writer's name
      // printed without a 'By', however many words it has; the headline is further up.
      if (!best && anchor.decision?.role === 'date' && rows[row.index + 1] === anchor && wordCount(row.text) <= 5 && parseBareName(row.text)) continue;
      if (wordCount(row.text) <= 3) {
        // 'WEATHER' right above the candidate is its kicker: the headline starts there, and what is
        // above the kicker ('Weather Alert: Flash Flood Warning until 10 PM') is a bar of its own.
        if (best && isAllCapsLabel(row.text, 3) && prevOpen(rows, best.index) === row) break;

        if (best && ++shortRun >= 2) break;
        continue;
      }
      shortRun = 0;
      // 'IL RITORNO IN CLASSE' right above 'Scuola, primo giorno … Ma mancano ancora 60mila insegnanti': a kicker of
      // four or five words in capitals over a headline in mixed case is its kicker, not a headline further up.
      // (Only with a standfirst under the candidate, before the byline: an all-caps headline right over a standfirst is the headline.)
      if (best && prevOpen(rows, best.index) === row && isAllCapsLabel(row.text, 5) && /\p{Ll}/u.test(best.text) &&
        rows.slice(best.index + 1, anchor.index).some((r) => isOpen(r) && !skip(r) && wordCount(r.text) >= 8 && !looksLikeCaption(r.text))) break;
      if (isHeadlineShaped(row.text) && !looksLikeCaption(row.text) && wordCount(cleanHeadline(row.text).title) >= 4 && !isDeepInMenu(rows, row) &&
        !isImageAltText(rows, row) && !isCreditUnderCaption(rows, row) && !isSectionLabel(rows, row) &&
        !readsAsByline(row.text)) {
        if (best && hasStandfirstUnder(rows, best)) break;
        // (A kicker of a few ideographs, 'ウクライナ情勢', may have taken the place of the headline under it.)
        const titled = best && isPageTitleOf(row, best) ? best : nearest && isPageTitleOf(row, nearest) ? nearest : null;
        if (titled) {
          // The outlet after the browser's title names the publisher, as on the headline's own line.
          pageTitleOutlet = cleanHeadline(row.text).outlet;
          best = titled;
          break;
        }
        // '»Sie sind einfach weggerannt«' under 'Ukrainische Gegenoffensive bei Charkiw': a headline that is one quotation
        // throughout is the headline, and the line right over it its kicker.
        if (best && prevOpen(rows, best.index) === row && isWholeQuote(best.text) && !isWholeQuote(row.text)) break;
        best = row;
        nearest ??= row;
      }
    }
    if (!best) continue;
    const above = prevOpen(rows, best.index);
    // A kicker is a word or two ('ON THE RUN'), not a score ('HT: 13-7').
    const kicker = above && isAllCapsLabel(above.text, 5) && !REGEXPS.pipeSuffix.test(above.text) && /\p{L}{3}/u.test(above.text) ? above : null;
    return { headline: best, kicker, rule, titleOutlet: pageTitleOutlet };
  }
  return null;
}

/**
 * 'headline-above-share-row': 'Deel artikel: / Facebook / WhatsApp' stands under the headline, before the photo; a short
 * line without a full stop between those buttons and the byline or credit is the photo's caption, and the
 * headline-shaped line right over the buttons is the headline.
 */
function headlineOverShareRow(rows: Row[], candidate: Row, skip: (row: Row) => boolean): Row | null {
  if (wordCount(candidate.text) > 12 || /[.!?]$/u.test(candidate.text)) return null;
  let i = candidate.index - 1;
  let prompt = false;
  for (; i >= 0 && rows[i]!.decision?.fate === 'dropped' && rows[i]!.decision?.role === 'share'; i--) {
    prompt ||= REGEXPS.shareVerb.test(rows[i]!.text) || /^share this\b/iu.test(rows[i]!.text);
  }
  const above = rows[i];
  if (!prompt || !above || !isOpen(above) || skip(above) || looksLikeCaption(above.text)) return null;
  return isHeadlineShaped(above.text) && wordCount(cleanHeadline(above.text).title) >= 4 && !readsAsByline(above.text) ? above : null;
}

/**
 * 'byline-not-headline': a line that reads as a byline by its label or its bracketed parts ('Por A, B, n7 Campinas',
 * 'Door A en B·Vandaag, 14:35', 'A (Text), B (Bilder)') is never the headline, whatever rule left it open.
 * (Bylines told only by their shape — 'Name | Outlet' — are not trusted here: 'Queen Elizabeth Dies | The Guardian'.)
 */
function readsAsByline(text: string): boolean {
  if (text.length > 200 || !REGEXPS.bylinePrefix.test(text) && !text.includes('(')) return false;
  // 'By RFE/RL's Ukrainian Service': a desk or a service in place of a writer.
  const desk = /^by\s+(.+)$/iu.exec(text.trim());
  if (desk && REGEXPS.deskByline.test(desk[1] ?? '')) return true;
  const b = parseByline(text);
  return !!b && b.authors.length > 0 && (b.rule === 'byline-by-prefix' || b.rule === 'byline-credit-roles');
}

/** 'Zprávy / Brno a jižní Morava', 'News > Region > North': a section trail of short steps without sentence punctuation. */
function isSectionTrail(text: string): boolean {
  if (text.length > 100 || !/\s[/>›»]\s/u.test(text)) return false;
  const steps = text.split(/\s+[/>›»]\s+/u).map((s) => s.trim());
  return steps.length >= 2 && steps.every((s) => s !== '' && wordCount(s) <= 5 && !/[.!?:;,]$/u.test(s));
}

/**
 * 'section-label-not-headline': 'Brno a jižní Morava' over the trail 'Zprávy / Brno a jižní Morava', or
 * 'Campinas e Região' printed in the menu and again over the headline — a short line that is a section trail,
 * the last step of a trail right next to it, or (four words at most) a copy of a line higher up in the menu names the page's section,
 * not the story. (A copy of the page's first line, the browser's title, is no section.)
 */
function isSectionLabel(rows: Row[], row: Row): boolean {
  const text = row.text.trim();
  if (wordCount(text) > 8) return false;
  if (isSectionTrail(text)) return true;
  if (wordCount(text) > 6) return false;
  const key = looseKey(text);
  for (let j = Math.max(0, row.index - 3); j <= row.index + 3 && j < rows.length; j++) {
    const r = rows[j]!;
    if (j === row.index || !isSectionTrail(r.text.trim())) continue;
    const steps = r.text.trim().split(/\s+[/>›»]\s+/u);
    if (looseKey(steps[steps.length - 1] ?? '') === key) return true;
  }
  // (Only a section's few words: a headline of five words and more is often printed twice, on a share card and in its place.)
  if (wordCount(text) > 4) return false;
  const first = rows.findIndex((r) => r.text.trim() !== '');
  for (let j = first + 1; j < row.index && j < 200; j++) if (looseKey(rows[j]!.text) === key) return true;
  return false;
}

/**
 * 'headline-over-summary-points': a tabloid's headline runs to thirty words and more (so it reads as prose), with a
 * block of short summary points under it ('Residents say 212 of 347 homes sit empty' / 'The school has 14 pupils'):
 * a long line set apart by a blank line, ending without a full stop, right over such a block is the headline.
 */
function isLongHeadlineOverSummary(rows: Row[], row: Row, best: Row): boolean {
  if (!row.blankAfter || endsLikeProse(row.text) || wordCount(row.text) > 60 || nextOpenRow(rows, row.index) !== best) return false;
  const second = rows[best.index + 1];
  return !best.blankAfter && isOpen(second) && isHeadlineShaped(second!.text) && !endsLikeProse(best.text);
}

/**
 * 'headline-under-page-title': 'В Ізюмі за два дні знешкодили понад 400 предметів — Слобідський кур'єр' above a kicker
 * and 'В Ізюмі за два дні знешкодили понад 400 предметів: сапери просять …' — the browser's title (the headline or a
 * shorter copy of it, with the outlet after it) stands above the headline in its place; it is no headline over a deck.
 */
function isPageTitleOf(row: Row, best: Row): boolean {
  const rowKey = looseKey(row.text);
  const bestKey = looseKey(best.text);
  // The headline with the outlet glued on in a form not peeled ('…イジュームを奪還：東都新聞デジタル').
  if (bestKey.length >= 12 && rowKey.length > bestKey.length && rowKey.startsWith(bestKey)) return true;
  const cleaned = cleanHeadline(row.text);
  if (cleaned.outlet === null) return false;
  const titleWords = wordKeys(cleaned.title, 40);
  const inBest = new Set(wordKeys(best.text, 60));
  return titleWords.length >= 3 && titleWords.filter((w) => inBest.has(w)).length >= 0.8 * titleWords.length;
}

/** A line's words in lower case, letters and digits only ('العراق..' and 'العراق' are one word). */
const wordKeys = (text: string, limit: number): string[] => words(text.toLowerCase(), limit).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

/**
 * 'headline-over-standfirst': a headline-shaped line with the standfirst (a sentence of prose) right under it is the
 * headline; a shorter line above it ('How the Counteroffensive Unfolded' at the end of a story package's menu) is a
 * link of the bar above, not a headline over a headline.
 */
function hasStandfirstUnder(rows: Row[], best: Row): boolean {
  const next = nextOpenRow(rows, best.index);
  if (!next || next.index !== best.index + 1 || !(isStrongProse(next.text) || isTwoSentenceDeck(next.text)) || looksLikeCaption(next.text)) return false;
  // ('… near Balakliia on Sept. 10.' / 'Photographer: Sergey Bobok/AFP': a sentence with a credit right under it is a photo's caption.)
  const credit = rows[next.index + 1];
  return next.blankAfter || !credit || !looksLikeCaption(credit.text);
}

/**
 * '… raccontano la ritirata delle truppe di Mosca. Il ministero della Difesa russo parla di «riorganizzazione»': a deck of
 * two sentences reads as a standfirst even when the page leaves the last full stop off.
 */
function isTwoSentenceDeck(text: string): boolean {
  return wordCount(text) >= 15 && text.length <= 400 && /\p{Ll}[.!?]["”’»]?\s+["“«]?\p{Lu}\p{Ll}/u.test(text);
}

/**
 * 'headline-prose-title-over-deck': 'We counted every bike at 41 intersections for a year. The lanes aren't the problem.'
 * right over a longer line without a full stop ('What twelve months of counter data tell us … — and the cheap fix'):
 * a blog's title may be written as sentences; the longer line under it is its subtitle, and nothing but chrome is above.
 */
function isProseTitleOverDeck(rows: Row[], row: Row, best: Row): boolean {
  const n = wordCount(row.text);
  if (n > 20 || rows[row.index + 1] !== best || wordCount(best.text) <= n || endsLikeProse(best.text) || looksLikeCaption(row.text)) return false;
  const above = prevOpen(rows, row.index);
  return above === undefined || wordCount(above.text) <= 3;
}

/** A label over a teaser: 'UP NEXT', 'Related', 'Read more', 'Watch next' (never a story's kicker). */
const TEASER_LABEL = /^(?:up next|next up|watch next|now playing|related(?: stories| articles| videos?)?|read (?:more|next|also)|also read|see also|more (?:stories|news|videos))\s*:?$/iu;
const isTeaserLabel = (text: string): boolean => text.length <= 30 && TEASER_LABEL.test(text);

/** 'Image', 'Photo', 'Foto' alone on a line: the label a page prints over a picture's description. */
const IMAGE_LABEL = /^(?:image|photo|picture|foto|bild|imagen|immagine|imagem|zdjęcie|фото|kuva|billede|bilde)$/iu;

/**
 * 'image-alt-not-headline': 'Image' / 'A brass tide gauge mounted on a stone harbour wall at low tide' — the line right
 * under an image label describes the picture for screen readers; it reads like a headline but is never the story's.
 */
function isImageAltText(rows: Row[], row: Row): boolean {
  const label = rows[row.index - 1];
  if (!label || label.blankAfter || label.text.length > 12 || !IMAGE_LABEL.test(label.text)) return false;
  // 'FOTO' / 'Incendio a Mestre, …': a kicker in capitals over a headline, unless a caption follows the line.
  const next = rows[row.index + 1];
  return !/^\p{Lu}+$/u.test(label.text) || (!!next && looksLikeCaption(next.text));
}

/** A section label or kicker: one to three words, capitalised, no sentence punctuation. */
function isKickerLabel(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= 3 && /^\p{Lu}/u.test(text) && !/[.!?:;,]$/.test(text.trim());
}

/** Is there a headline-shaped open row within three rows above row i? */
function hasHeadlineAbove(rows: Row[], i: number, skip: (row: Row) => boolean): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const r = rows[j]!;
    if (!isOpen(r) || skip(r)) continue;
    return isHeadlineShaped(r.text) && wordCount(r.text) >= 4 && !looksLikeCaption(r.text);
  }
  return false;
}

/**
 * 'headline-below-meta': on some aggregators the publisher, 'Story by …' and the stamps come first
 * and the headline under them, right above the first paragraph. Used only when nothing above the
 * first byline or date reads as a headline.
 */
function findHeadlineBelowMeta(rows: Row[], skip: (row: Row) => boolean): Found | null {
  // The first meta row may be a masthead's date ('Thứ hai, 3/3/2025' over the menu): the next ones are tried too.
  let anchors = 0;
  for (const anchor of rows.slice(0, 80)) {
    if (!isMetaRow(anchor)) continue;
    if (++anchors > 3) break;
    const found = headlineBelow(rows, anchor, skip);
    if (found) return found;
  }
  return null;
}

function headlineBelow(rows: Row[], anchor: Row, skip: (row: Row) => boolean): Found | null {
  for (let i = anchor.index + 1; i < rows.length && i <= anchor.index + 6; i++) {
    const row = rows[i]!;
    if (!isOpen(row) || skip(row)) continue;
    if (!isHeadlineShaped(row.text) || looksLikeCaption(row.text) || wordCount(cleanHeadline(row.text).title) < 5) return null;
    const next = rows.slice(i + 1, i + 4).find((r) => isOpen(r));
    return next && isStrongProse(next.text) ? { headline: row, kicker: null, rule: 'headline-below-meta' } : null;
  }
  return null;
}

/**
 * 'menu-item-not-headline': a short line ('Tin theo khu vực') with two menu-sized lines right above it and
 * two right below it is one more item of the menu, however many words it has.
 */
function isDeepInMenu(rows: Row[], row: Row): boolean {
  if (wordCount(row.text) > 5) return false;
  const side = (step: number): boolean => {
    // (A masthead's date or a dropped menu item between them is passed over.)
    let n = 0;
    for (let j = row.index + step, seen = 0; j >= 0 && j < rows.length && n < 2 && seen < 4; j += step, seen++) {
      const r = rows[j]!;
      if (!isOpen(r)) continue;
      if (!isMenuItemSized(r.text)) return false;
      n++;
    }
    return n === 2;
  };
  return side(-1) && side(1);
}

/** The next open row after row i, or undefined. */
function nextOpenRow(rows: Row[], i: number): Row | undefined {
  for (let j = i + 1; j < rows.length; j++) if (isOpen(rows[j])) return rows[j];
  return undefined;
}

/** The open row right above row i (dropped rows skipped), or undefined. */
function prevOpen(rows: Row[], i: number): Row | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const r = rows[j]!;
    if (r.decision?.fate === 'dropped') continue;
    return isOpen(r) ? r : undefined;
  }
  return undefined;
}

/**
 * 'masthead-over-menu': the first line of the page, short, with a run of one- to three-word menu
 * lines under it, is the site's name, not the headline.
 */
function isMastheadOverMenu(rows: Row[], row: Row): boolean {
  if (wordCount(row.text) > 6) return false;
  const first = rows.find((r) => isOpen(r) && r.text.trim() !== '');
  if (first !== row) return false;
  const next = rows.slice(row.index + 1).filter((r) => isOpen(r) && r.text.trim() !== '').slice(0, 4);
  // (Chinese and Japanese menu items count as words by pairs of characters: '有料会員になる' is one item.)
  return next.length === 4 && next.every((r) => isMenuItemSized(r.text));
}

/** A menu item's size: up to three words, or a short run of Chinese or Japanese characters ('有料会員になる'). */
function isMenuItemSized(text: string): boolean {
  return (wordCount(text) <= 3 || text.trim().length <= 8) && !/[.!?。！？]$/u.test(text);
}

/** A short line with menu items right above and right below it is one more menu item. */
function isInsideMenu(rows: Row[], row: Row): boolean {
  if (wordCount(row.text) > 3 && row.text.trim().length > 12) return false;
  const near = (step: number): Row | undefined => {
    for (let j = row.index + step; j >= 0 && j < rows.length; j += step) {
      const r = rows[j]!;
      if (r.text.trim() === '' || r.decision?.fate === 'dropped') continue;
      return isOpen(r) ? r : undefined;
    }
    return undefined;
  };
  const above = near(-1);
  const below = near(1);
  return !!above && !!below && isMenuItemSized(above.text) && isMenuItemSized(below.text);
}

/** Short sentences right over a one-line standfirst, with the byline a few rows under it (see findFirstHeadline). */
function isSentenceHeadlineOverStandfirst(rows: Row[], row: Row): boolean {
  if (wordCount(row.text) > 20 || row.text.length > 160 || row.blankAfter) return false;
  const next = nextOpenRow(rows, row.index);
  if (!next || next.index !== row.index + 1 || !isStrongProse(next.text) || wordCount(next.text) > 40 || wordCount(next.text) <= wordCount(row.text)) return false;
  // The byline within a few rows under the standfirst (a photo, its caption and a bio between them).
  return rows.slice(next.index + 1, next.index + 7).some((r) => isMetaRow(r) && r.decision?.role === 'byline');
}

/** 'headline-first-heading': the first headline-shaped line, when no meta row anchors the header. */
function findFirstHeadline(rows: Row[], skip: (row: Row) => boolean): Found | null {
  let kicker: Row | null = null;
  let fallback: Found | null = null;
  for (const row of rows.slice(0, 200)) {
    if (!isOpen(row) || skip(row) || looksLikeCaption(row.text)) continue;
    const cleaned = cleanHeadline(row.text).title;
    if (isStrongProse(cleaned) && !REGEXPS.pipeSuffix.test(row.text)) {
      // 'headline-sentences-over-standfirst': 'Letters to the Editor' (a section's name, short and in title case) over
      // 'Our libraries are the last free indoor space. Stop treating them like a luxury.', a one-line standfirst and
      // the byline: the short sentences right over the standfirst, with the byline just under, are the headline.
      if (fallback && isSentenceHeadlineOverStandfirst(rows, row)) return { headline: row, kicker: null, rule: 'headline-sentences-over-standfirst' };
      // An all-caps headline with nothing else above the body.
      if (fallback) return fallback;
      return kicker && wordCount(kicker.text) >= 3 ? { headline: kicker, kicker: null, rule: 'headline-all-caps' } : null;
    }
    if (isAllCapsLabel(cleaned, 5) && !REGEXPS.pipeSuffix.test(row.text)) {
      kicker = row;
      continue;
    }
    if (isHeadlineShaped(row.text) && !isInsideMenu(rows, row) && !isImageAltText(rows, row) && !readsAsByline(row.text)) {
      const k = kicker && kicker.index < row.index && rows.slice(kicker.index + 1, row.index).every((r) => !isOpen(r)) ? kicker : null;
      // A short title-case first candidate is often the site's name ('The Kyiv Independent'): prefer a longer line after it.
      // So is the page's first line over a menu ('東邦新聞デジタル' / 'ログイン' / 'トップ' / '政治' …), in any script.
      if ((wordCount(cleaned) < 5 && isTitleCase(cleaned) || isMastheadOverMenu(rows, row)) && !REGEXPS.pipeSuffix.test(row.text)) {
        fallback ??= { headline: row, kicker: k, rule: 'headline-first-heading' };
        kicker = null;
        continue;
      }
      return { headline: row, kicker: k, rule: 'headline-first-heading' };
    }
    kicker = null;
  }
  return fallback;
}
