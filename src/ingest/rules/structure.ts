/**
 * Rules of position: what comes before the headline is site chrome, a repeated headline is a
 * duplicate, short chrome between headline and body goes, a summary under the headline followed
 * by the byline is the standfirst, runs of short title-case lines are link lists, and the
 * headline-like lines after the last paragraph are no longer the article.
 */
import { endsLikeProse, endsSentence, endsWithPeriod, isStrongProse, isTitleCase, looseKey, wordCount } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';
import { REGEXPS } from './patterns.ts';

/**
 * Which open rows belong to prose, judged per wrapped sentence: a row that does not end a
 * sentence continues into the next line of its block, so hard-wrapped paragraphs count as prose.
 */
export function proseMask(rows: Row[]): Uint8Array {
  const mask = new Uint8Array(rows.length);
  let start = -1;
  let count = 0;
  let lines = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row)) {
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      count = 0;
      lines = 0;
    }
    count += wordCount(row.text);
    lines++;
    const chainGoesOn = !row.blankAfter && !endsSentence(row.text) && isOpen(rows[i + 1]);
    if (chainGoesOn) continue;
    // Hard-wrapped prose has full lines; a chain of one- and two-word lines is a menu ('メニュー', '検索', …).
    const menu = lines >= 4 && count / lines < 3;
    // 'chain-of-headlines': 'Trending Nationally' / 'Measles cases rise in three states …' / 'Stocks slip as …': every line
    // opening with a capital and the last one without a full stop is a list of links, not one paragraph wrapped by hand
    // (whose lines go on mid-sentence, most in lower case, and whose last line closes the sentence).
    const headlines = lines >= 3 && !endsLikeProse(row.text) && rows.slice(start + 1, i + 1).every((r) => /^\p{Lu}/u.test(r.text.trimStart()));
    const strong = isStrongProse(row.text) || (!menu && !headlines && (count >= 30 || (count >= 8 && endsLikeProse(row.text))));
    if (strong) mask.fill(1, start, i + 1);
    start = -1;
  }
  return mask;
}

/** Everything still open above the headline (navigation, section names). */
export function dropBeforeHeadline(rows: Row[], headlineIndex: number): void {
  const prose = proseMask(rows);
  for (const row of rows.slice(0, headlineIndex)) {
    if (isOpen(row) && !prose[row.index]) decide(row, 'dropped', 'chrome', 'before-headline');
  }
  dropBannersOverMenu(rows, headlineIndex);
}

/** Rows from the top of the page where a banner or the site's tagline can stand. */
const PAGE_TOP_ROWS = 12;
/** Menu items between a banner and the headline that mark the banner as part of the site's header. */
const MENU_ITEMS_UNDER_BANNER = 4;

/**
 * 'banner-over-menu': 'WEATHER ALERT: Red Flag Warning in effect … Tap for details.', 'Connecting decision makers to a
 * dynamic network …' — a sentence at the very top of the page with the site's menu between it and the headline is an
 * alert bar or the site's tagline, not the story's text.
 */
function dropBannersOverMenu(rows: Row[], headlineIndex: number): void {
  for (const row of rows.slice(0, Math.min(headlineIndex, PAGE_TOP_ROWS))) {
    if (!isOpen(row)) continue;
    let menuItems = 0;
    for (const r of rows.slice(row.index + 1, headlineIndex)) {
      if (r.decision?.fate === 'dropped' && wordCount(r.text) <= 3) menuItems++;
    }
    if (menuItems >= MENU_ITEMS_UNDER_BANNER) decide(row, 'dropped', 'chrome', 'banner-over-menu');
  }
}

/** Lines repeating the headline (same words, quotes and punctuation aside). */
export function dropRepeatedHeadline(rows: Row[], title: string, headlineIndex: number): void {
  const key = looseKey(title);
  if (key.length < 8) return;
  for (const row of rows) {
    if (row.index === headlineIndex || !isOpen(row)) continue;
    if (row.text.length < key.length || row.text.length > title.length + 60) continue; // cheap test first
    const k = looseKey(row.text);
    if (k === key || (k.startsWith(key) && k.length - key.length <= 30 && !isStrongProse(row.text))) {
      decide(row, 'dropped', 'title', 'repeated-headline');
    }
  }
}

/** Index of the first open row of prose: where the body starts. */
export function findBodyStart(rows: Row[], from: number): number {
  const prose = proseMask(rows);
  for (let i = from + 1; i < rows.length; i++) if (prose[i]) return i;
  return rows.length;
}

/**
 * Between the headline and the body: the standfirst (a summary followed by byline or date rows)
 * and short chrome lines (≤ 4 words, no sentence end).
 */
export function readHeaderZone(rows: Row[], headlineIndex: number, bodyStart: number): { text: string; rule: string } | null {
  const deck = readDeck(rows, headlineIndex);
  let standfirst: Row | null = null;
  // The standfirst sits right under the headline (only furniture between) and above a byline or date,
  // even when it is a full sentence that the body-start test took for the first paragraph.
  let first: Row | undefined;
  for (let j = headlineIndex + 1; j < rows.length && j >= 1; j++) {
    if (rows[j]!.decision?.fate === 'dropped' || rows[j]!.decision?.role === 'byline') continue;
    first = rows[j];
    break;
  }
  // 'I write about energy markets.' under a byline is the writer's tagline, not a summary of the story.
  // A short summary ('Работы продлятся до конца августа') counts when the byline or date is right under it.
  const metaRightBelow = !!first && /^(?:byline|date)$/.test(rows[first.index + 1]?.decision?.role ?? '') && rows[first.index + 1]?.decision?.fate === 'field';
  const minWords = metaRightBelow ? 4 : 6;
  if (!deck && first && isOpen(first) && !/^(?:I|I['’]m|I['’]ve|My)\s/u.test(first.text) && wordCount(first.text) >= minWords && wordCount(first.text) <= 45 && first.text.length <= 400) {
    let metaBelow = false;
    // (Furniture already dropped between them, such as a video player's playlist, does not count as distance.)
    let live = 0;
    for (const r of rows.slice(first.index + 1, first.index + 20)) {
      if (r.decision?.fate === 'dropped') continue;
      if (++live > 6) break;
      if (r.decision?.fate === 'field' && /^(?:byline|date)$/.test(r.decision.role)) {
        metaBelow = true;
        break;
      }
      // A second summary line means these are bullet points or the body, not one standfirst.
      if (isOpen(r) && !r.caption && wordCount(r.text) > 4) break;
    }
    if (metaBelow) {
      decide(first, 'field', 'standfirst', 'standfirst-above-byline');
      standfirst = first;
    }
  }
  // With a full-sentence standfirst taken out, the body starts at the next paragraph.
  const zone = standfirst ? rows.slice(headlineIndex + 1, findBodyStart(rows, headlineIndex)) : rows.slice(headlineIndex + 1, bodyStart);
  for (const row of zone) {
    if (isOpen(row) && wordCount(row.text) <= 4 && !endsSentence(row.text)) decide(row, 'dropped', 'chrome', 'header-chrome');
  }
  return deck ?? (standfirst ? { text: standfirst.text, rule: 'standfirst-above-byline' } : null);
}

/**
 * 'standfirst-deck': two or three sub-headlines between the headline and the date or byline
 * ('서울시, 3월 운항 계획 철회…"상반기 중 재개 목표"' / '시민단체 "예산 낭비 우려"…'), each a
 * headline-shaped phrase without a sentence end, are the story's deck: its standfirst, one
 * phrase after another. Korean, Japanese and Chinese pages print decks; on Latin-script pages the
 * lines in that place are summary bullets ('Neighbours heard faint knocking …'), kept in the body.
 */
const EAST_ASIAN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;

function readDeck(rows: Row[], headlineIndex: number): { text: string; rule: string } | null {
  if (headlineIndex < 0) return null;
  const lines: Row[] = [];
  for (let j = headlineIndex + 1; j < rows.length && j <= headlineIndex + 5; j++) {
    const r = rows[j]!;
    if (r.decision?.fate === 'field' && /^(?:byline|date)$/.test(r.decision.role)) {
      if (lines.length < 2 || lines.length > 3) return null;
      for (const line of lines) decide(line, 'field', 'standfirst', 'standfirst-deck');
      return { text: lines.map((l) => l.text.trim()).join(' / '), rule: 'standfirst-deck' };
    }
    if (r.decision?.fate === 'dropped') continue;
    if (!isOpen(r) || r.caption || wordCount(r.text) < 3 || wordCount(r.text) > 20 || endsWithPeriod(r.text) || r.blankAfter) return null;
    if (!EAST_ASIAN.test(r.text)) return null;
    lines.push(r);
  }
  return null;
}

/**
 * 'between-byline-and-date': what sits between a byline and the date line under it (a 'Follow'
 * button, the writer's one-line description) belongs to the byline box, not to the article.
 */
export function dropBetweenMeta(rows: Row[], headlineIndex: number): void {
  const isMeta = (r: Row | undefined): boolean => r?.decision?.fate === 'field' && /^(?:byline|date)$/.test(r.decision.role);
  for (let i = Math.max(0, headlineIndex + 1); i < Math.min(rows.length, headlineIndex + 15); i++) {
    if (!isMeta(rows[i])) continue;
    let j = i + 1;
    while (j < rows.length && j <= i + 3 && !isMeta(rows[j])) j++;
    if (j > i + 1 && j <= i + 3 && isMeta(rows[j]) && rows[j]!.decision?.role !== rows[i]!.decision?.role) {
      for (const r of rows.slice(i + 1, j)) if (isOpen(r) && wordCount(r.text) <= 25) decide(r, 'dropped', 'byline-box', 'between-byline-and-date');
    }
  }
}

/** The last open or kept row of prose: the article's last paragraph. */
export function findBodyEnd(rows: Row[]): number {
  const prose = proseMask(rows);
  for (let i = rows.length - 1; i >= 0; i--) if (prose[i]) return i;
  return -1;
}

/** After the last paragraph: headline-shaped leftovers (captions and fields were decided earlier). */
export function dropAfterBodyEnd(rows: Row[], bodyEnd: number): void {
  if (bodyEnd < 0) return;
  const isItem = (row: Row | undefined): boolean =>
    !!row && isOpen(row) && row.text.length <= 400 && REGEXPS.listItem.test(row.text) && wordCount(row.text) >= 4;
  for (const row of rows.slice(bodyEnd + 1)) {
    if (!isOpen(row) || endsSentence(row.text)) continue;
    // A closing bullet list (and the line introducing it) is still the article.
    if (isItem(row) || (/:$/.test(row.text) && isItem(rows[row.index + 1]))) continue;
    decide(row, 'dropped', 'after-end', 'after-article-end');
  }
}

/** Runs of three or more short title-case lines without sentence punctuation: link lists, menus. */
export function dropLinkListRuns(rows: Row[]): void {
  let run: Row[] = [];
  const flush = (): void => {
    const titled = run.filter((r) => isTitleCase(r.text)).length;
    // 'Indrek Mägi, a researcher at the Tallinn-based' / 'Baltic Defence Policy Centre, told EHR News that' / 'the …':
    // a hard-wrapped paragraph's lines run on into each other (a comma inside, a lower-case word at the end, the next
    // line opening in lower case), which a list of links never does.
    const wrapped = run.some((r) => r.text.includes(', ') && /\s\p{Ll}+$/u.test(r.text) && !r.blankAfter && /^\p{Ll}/u.test(rows[r.index + 1]?.text ?? ''));
    if (run.length >= 3 && titled / run.length >= 0.6 && !wrapped) for (const r of run) decide(r, 'dropped', 'link', 'link-list-run');
    run = [];
  };
  for (const row of rows) {
    if (!row.decision && wordCount(row.text) <= 12 && !endsSentence(row.text) && row.text.length <= 120) {
      run.push(row);
    } else if (!row.decision || row.decision.fate !== 'dropped') {
      flush();
    }
  }
  flush();
  dropFooterInterludes(rows);
}

/**
 * 'footer-link-interlude': 'Ombudsman' / 'Accessibility' / 'It is a priority for CPB to create products that are
 * accessible …' / 'Closed Captioning and Described Video': one sentence in the middle of the footer's link list, with
 * three links right above it and two right below, in one block, belongs to the footer.
 */
function dropFooterInterludes(rows: Row[]): void {
  // (A link the list or a teaser block took, a few words long; the header's share and save buttons are not a list.)
  const isLink = (r: Row | undefined): boolean =>
    r?.decision?.fate === 'dropped' && (r.decision.role === 'link' || r.decision.role === 'teaser') && wordCount(r.text) <= 6;
  for (let i = 3; i + 2 < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row) || row.blankAfter || rows[i - 1]!.blankAfter || wordCount(row.text) > 60) continue;
    if (!isLink(rows[i - 1]) || !isLink(rows[i - 2]) || !isLink(rows[i - 3]) || !isLink(rows[i + 1])) continue;
    if (rows[i + 2]!.decision?.fate !== 'dropped' || rows[i + 1]!.blankAfter) continue;
    decide(row, 'dropped', 'link', 'footer-link-interlude');
  }
}

/** 'Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지.', '© 2024 X. All rights reserved.': a notice that forbids copying the article. */
const REPRINT_BAN = /무단\s?전재|재배포\s?금지|無断転載|禁止转载|禁止轉載|未经授权禁止|未經授權禁止|all rights reserved|reproduction (?:is )?(?:prohibited|forbidden)/iu;

/**
 * 'after-reprint-notice': the article's own copyright line (or a paid notice's run, 'Published in X from … to …') ('Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지.') under three
 * paragraphs or more closes it; a portal prints its notices, reactions and story lists below ('이 기사는 언론사에서 사회 섹션으로
 * 분류했습니다.'). Short rows after it are dropped — only when no long paragraph follows anywhere below (then the notice
 * was a photo's credit inside the story).
 */
export function dropAfterReprintNotice(rows: Row[]): void {
  let paragraphs = 0;
  for (const row of rows) {
    if (isOpen(row) || row.decision?.fate === 'kept') {
      if (isStrongProse(row.text)) paragraphs++;
      continue;
    }
    // (An obituary's 'Published in X from Feb. 9 to Feb. 11, 2024' closes it the same way: the guest book and the shop follow.)
    const closing = row.decision?.rule === 'date-published-range' || (row.decision?.fate === 'dropped' && REPRINT_BAN.test(row.text));
    if (paragraphs < 3 || row.text.length > 200 || !closing) continue;
    // (Any long paragraph still open further down means the story goes on: the notice was a credit inside it.)
    if (rows.slice(row.index + 1).some((r) => isOpen(r) && wordCount(r.text) >= 25 && isStrongProse(r.text))) return;
    for (const r of rows.slice(row.index + 1)) if (isOpen(r) && wordCount(r.text) <= 25) decide(r, 'dropped', 'after-end', 'after-reprint-notice');
    return;
  }
}
