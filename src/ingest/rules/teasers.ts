/**
 * Teasers for other stories: blocks after a label ('Most read in News', 'READ MORE ON …',
 * 'Related', 'More from'), kicker + headline pairs ('CHARLES IS KING' / 'Charles waves …'),
 * and groups around relative stamps ('Lifestyle2 months ago').
 */
import { REGEXPS } from './patterns.ts';
import { parseDateLine } from './dates.ts';
import { endsSentence, endsWithPeriod, isAllCapsLabel, isStrongProse, isTitleCase, wordCount } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';
import { parseBareName, parseBylineContinuation } from './byline.ts';

/** A line that could be a teaser headline: no full stop at the end and not too long. */
export function isTeaserShaped(text: string): boolean {
  // 'America’s Libraries Are Doing More With Less. It Can’t Last.': title case is a headline's, full stop or not.
  // 'Couple find 200-year-old coin hoard while digging a pond...': a headline cut short by the card is a teaser's.
  return text.length <= 200 && wordCount(text) <= 25 &&
    (!isStrongProse(text) || (wordCount(text) <= 20 && isTitleCase(text)) || (/\p{L}(?:\.\.\.|…)$/u.test(text) && !/[.!?]\s/u.test(text)));
}

/**
 * A label starts a block of teasers; the block runs while lines are teaser-shaped (kickers,
 * headlines, stamps) and ends at the first line of prose, or at the first hard-wrapped paragraph.
 */
export function dropTeaserBlocks(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const label = rows[i]!;
    if (label.text.length <= 40 && GUESTBOOK_LABEL.test(label.text)) {
      dropGuestbook(rows, i);
      continue;
    }
    if (label.text.length > 80 || !(REGEXPS.teaserLabel.test(label.text) || REGEXPS.relatedLabel.test(label.text))) continue;
    if (!isOpen(label) && label.decision?.fate !== 'dropped') continue;
    decide(label, 'dropped', 'label', 'teaser-block-label', true);
    // A related label inside the article ('İLGİLİ HABERLER', 'À lire aussi :') heads a few headlines; a sentence
    // with a full stop after them is the article again, blank line or not.
    const inline = REGEXPS.relatedLabel.test(label.text);
    if (!inline && dropSentenceList(rows, i)) continue;
    let teasers = 0;
    for (let j = i + 1; j < rows.length; j++) {
      const row = rows[j]!;
      if (row.decision) {
        if (row.decision.fate === 'dropped') continue;
        // A teaser card's own date ('Feb. 22, 2025') does not end the block.
        if (row.decision.role === 'date' && teasers > 0) continue;
        break;
      }
      // 'Passend zum Artikel' / a headline / its summary / the writer / '7 min': a card closed by its reading time is one
      // teaser with all its lines, the summary sentence too (a sentence would otherwise end the block).
      const cardEnd = readingTimeClosing(rows, j);
      if (cardEnd > j) {
        for (const r of rows.slice(j, cardEnd)) if (isOpen(r)) decide(r, 'dropped', 'teaser', 'teaser-block-after-label');
        teasers++;
        j = cardEnd;
        continue;
      }
      const listEnd = teaserListEnd(rows, j);
      // (The list is the whole block: what follows it, a subheading and a paragraph, is the article again.)
      if (listEnd > j) {
        for (const r of rows.slice(j, listEnd)) if (isOpen(r)) decide(r, 'dropped', 'teaser', 'teaser-block-after-label');
        break;
      }
      if (!isTeaserShaped(row.text) || opensWrappedProse(rows, j) || isListLeadIn(row.text)) break;
      // 'Trending' ending the menu / 'Home' / 'Opinion' / the headline / 'OPINION' / the headline again: a list of teasers
      // never names one story twice within a few lines; a line printed again just below is the article's own headline.
      if (wordCount(row.text) >= 4 && rows.slice(j + 1, j + 4).some((r) => r.text.trim() === row.text.trim())) break;
      // 'Read More' / one headline / 'What should I do?' / 'Until the notice is lifted, … used for:': a question over
      // the article's next paragraph (or a list's lead-in) is the explainer's next subheading, not one more teaser.
      // (Not when the question closes the list's own block: 'Related Content' / a headline / 'Ukraine's counteroffensive: What
      // does it mean for the war?' / blank / the article again.)
      if (teasers > 0 && /\?["”’»]?$/u.test(row.text) && isOpen(rows[j + 1]) && (isStrongProse(rows[j + 1]!.text) || isListLeadIn(rows[j + 1]!.text)) &&
        (rows[j - 1]?.blankAfter || !row.blankAfter)) break;
      // A sentence with a full stop opening a new paragraph is the article again, however short.
      if (teasers > 0 && endsWithPeriod(row.text) && (rows[j - 1]?.blankAfter || inline)) break;
      // 'Lue myös:' / two headlines / blank / 'Koululaiset huolissaan' / a paragraph: after a blank line, a short line
      // with prose glued under it is the article's next subheading (or a hard-wrapped paragraph's first line), not one more teaser.
      const next = rows[j + 1];
      if (inline && teasers > 0 && rows[j - 1]?.blankAfter && !row.blankAfter && next && isOpen(next) &&
        (isStrongProse(next.text) || /[.!?]["”’»]?\s+\p{Lu}/u.test(next.text))) break;
      decide(row, 'dropped', 'teaser', 'teaser-block-after-label');
      teasers++;
    }
  }
}

/** The row of a reading time ('7 min') or a relative stamp closing a teaser card that starts at row j (within four rows, one block, short lines), or -1. */
function readingTimeClosing(rows: Row[], j: number): number {
  for (let k = j; k < rows.length && k <= j + 3; k++) {
    const r = rows[k]!;
    // (Or by its stamp: 'vor 3 Stunden', '2 hours ago'.)
    if (r.decision?.rule === 'reading-time' || r.decision?.role === 'stamp') return k;
    if (!isOpen(r) || r.blankAfter || wordCount(r.text) > 40) return -1;
  }
  return -1;
}

/** 'Until the notice is lifted, the company advises that tap water should be boiled before it is used for:' — a sentence leading into a list, never a teaser's headline. */
function isListLeadIn(text: string): boolean {
  return wordCount(text) >= 6 && /[:：]$/u.test(text);
}

/**
 * 'label-sandwich-card': 'Liveblog' / 'Krieg gegen die Ukraine: Selenskyj: „…“' / 'liveblog' — a line between two copies
 * of the same short label (the card's label printed above and below its headline) is a card for another page.
 */
export function dropLabelSandwichCards(rows: Row[]): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const above = rows[i - 1]!;
    const below = rows[i + 1]!;
    const card = rows[i]!;
    if (above.text.length > 30 || wordCount(above.text) > 2 || above.text.toLowerCase() !== below.text.toLowerCase() || /[.!?:]$/u.test(above.text)) continue;
    // (Labels another rule already knows — 'Advertisement' above and below a subheading — are not a card's.)
    if (!isOpen(card) || !isOpen(above) || !isOpen(below) || !isTeaserShaped(card.text) || above.blankAfter || card.blankAfter) continue;
    // ('Journalist' / 'Ingrid Sæther' / 'Journalist': the role under one writer and over the next is no card's label.)
    if (parseBylineContinuation(above.text) && parseBareName(card.text)) continue;
    for (const row of [above, card, below]) decide(row, 'dropped', 'teaser', 'label-sandwich-card');
  }
}

/**
 * 'card-in-repeated-frame': 'Video Ad Feedback' / 'Zelensky: Russian army is showing its back' / '01:48' / '- Source: GNN', again
 * and again — a video playlist or a rail of cards prints the same frame lines around each card's title. A title-shaped
 * line between two dropped lines, the one above printed three times or more on the page, is one more card when another
 * card sits in the same frame; a short line that is a frame line already dropped twice elsewhere goes with the others.
 */
export function dropRepeatedFrameCards(rows: Row[]): void {
  const dropped = new Map<string, number>();
  for (const row of rows) {
    if (row.decision?.fate !== 'dropped' || row.text.length > 60) continue;
    const key = row.text.trim().toLowerCase();
    dropped.set(key, (dropped.get(key) ?? 0) + 1);
  }
  const framed = (text: string): number => (text.length > 60 ? 0 : dropped.get(text.trim().toLowerCase()) ?? 0);
  const cards: Row[] = [];
  for (let i = 1; i + 1 < rows.length; i++) {
    const card = rows[i]!;
    if (!isOpen(card) || card.text.length > 160 || wordCount(card.text) > 15 || endsSentence(card.text)) continue;
    if (rows[i - 1]!.decision?.fate !== 'dropped' || rows[i + 1]!.decision?.fate !== 'dropped' || framed(rows[i - 1]!.text) < 3) continue;
    cards.push(card);
  }
  if (cards.length >= 2) for (const card of cards) decide(card, 'dropped', 'teaser', 'card-in-repeated-frame');
  dropShareBoxText(rows);
  for (const row of rows) {
    if (row.decision && row.decision.fate !== 'kept' || wordCount(row.text) > 6 || endsSentence(row.text) || framed(row.text) < 2) continue;
    decide(row, 'dropped', 'teaser', 'card-in-repeated-frame', true);
  }
}

/**
 * 'share-button-sandwich': 'Share' / 'This post is public so feel free to share it.' / 'Share' — one short line between
 * two copies of the same share button is the share box's own text ('Advertisement' above and below is no share box).
 */
function dropShareBoxText(rows: Row[]): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const above = rows[i - 1]!;
    const below = rows[i + 1]!;
    const line = rows[i]!;
    if (!isOpen(line) || wordCount(line.text) > 15 || above.decision?.role !== 'share' || below.decision?.role !== 'share') continue;
    if (above.text.trim().toLowerCase() !== below.text.trim().toLowerCase() || above.blankAfter || line.blankAfter) continue;
    decide(line, 'dropped', 'share', 'share-button-sandwich');
  }
}

/** 'Guestbook entries (12)', 'Condolences': the label over an obituary's guestbook. */
const GUESTBOOK_LABEL = /^(?:guest ?book(?: entries)?|condolences|messages of condolence|tributes)(?: \(\d+\))?:?$/iu;
/** '"Mrs. Kessler gave me my first library card." — Karen W., Hollis': a quoted message signed by a name (and a place). */
const SIGNED_MESSAGE = /^["“„«][^\n]{1,400}["”»]\s*[—–-]\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,40}(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,40})?$/u;

/**
 * 'guestbook-entry': under a guestbook label, signed messages and their dates are readers' condolences, not the
 * obituary; the run ends at the first line of another shape.
 */
function dropGuestbook(rows: Row[], labelIndex: number): void {
  const label = rows[labelIndex]!;
  if (isOpen(label)) decide(label, 'dropped', 'label', 'guestbook-entry');
  for (let j = labelIndex + 1; j < rows.length && j < labelIndex + 80; j++) {
    const row = rows[j]!;
    if (row.decision && row.decision.fate !== 'kept') continue;
    const text = row.text.trim();
    if (!(text.length <= 500 && SIGNED_MESSAGE.test(text)) && !(row.decision?.role === 'date' || (text.length <= 30 && parseDateLine(text)))) break;
    decide(row, 'dropped', 'teaser', 'guestbook-entry', true);
  }
}

/**
 * 'teaser-sentence-list': under a 'Trending' / 'Most read' label, three to twelve lines in one block (no blank
 * line between them), each a single sentence of at most 25 words ('Police arrest three suspects after Sh12 million
 * heist at Eldoret bank.'), are headlines written as sentences: a list, not a paragraph.
 */
function dropSentenceList(rows: Row[], labelIndex: number): boolean {
  const list: Row[] = [];
  for (let j = labelIndex + 1; j < rows.length && list.length < 13; j++) {
    const row = rows[j]!;
    // Each line a whole sentence: a hard-wrapped paragraph's lines do not end theirs.
    if (!isOpen(row) || wordCount(row.text) > 25 || row.text.length > 200 || !endsSentence(row.text) || /[.!?]["”’»]?\s+["“‘«]?\p{Lu}/u.test(row.text)) return false;
    list.push(row);
    if (row.blankAfter) break;
  }
  if (list.length < 3 || list.length > 12 || !list[list.length - 1]!.blankAfter) return false;
  for (const row of list) decide(row, 'dropped', 'teaser', 'teaser-sentence-list');
  return true;
}

const LIST_NUMBER = /^\s*(\d{1,2})[.)]\s+\S/u;
const LIST_NUMBER_MARK = /^\s*\d{1,2}[.)]\s+/u;
const LIST_BULLET = /^\s*([*•·▪‣◦-])\s+\S/u;
const LIST_BULLET_MARK = /^\s*[*•·▪‣◦-]\s+/u;

/**
 * 'Most Read' / '1. Sinn Féin calls for inquiry after care home failings revealed in Hiqa' / 'report' / '2. …': a
 * list under a label, numbered from 1 or bulleted, each item a headline, even when a hard-wrapped save carries an item
 * onto the next line. Returns the row after the list, or `i` when rows from `i` are not such a list.
 */
function teaserListEnd(rows: Row[], i: number): number {
  const bullet = LIST_BULLET.exec(rows[i]?.text ?? '')?.[1];
  const items: string[] = [];
  let j = i;
  for (; j < rows.length; j++) {
    const row = rows[j]!;
    if (!isOpen(row)) break;
    const n = bullet ? null : LIST_NUMBER.exec(row.text);
    const b = bullet ? LIST_BULLET.exec(row.text) : null;
    if (n && Number(n[1]) === items.length + 1) items.push(row.text.replace(LIST_NUMBER_MARK, ''));
    else if (b && b[1] === bullet) items.push(row.text.replace(LIST_BULLET_MARK, ''));
    else if (items.length && !n && !b && !LIST_BULLET.test(row.text)) items[items.length - 1] += ' ' + row.text;
    else break;
    if (row.blankAfter) {
      j++;
      break;
    }
  }
  // Each item a headline: a few words at most, mostly one sentence ('Taylor Swift is making more money than ever. So is
  // everyone around her.' among four one-sentence headlines is a headline too).
  const twoSentences = items.filter((t) => /[.!?]["”’»]?\s+\p{Lu}/u.test(t)).length;
  const headlines = items.every((t) => wordCount(t) <= 25) && twoSentences * 3 <= items.length;
  // (Two bullets make a list; two lines numbered 1 and 2 may be the article's own.)
  return items.length >= (bullet ? 2 : 3) && headlines ? j : i;
}

/**
 * 'The fix comes too late for some users. Owners on the forum and' / 'on Reddit have …': a line
 * broken mid-sentence and carried on in lower case opens a hard-wrapped paragraph, which is prose
 * however short its lines are; teaser headlines are never wrapped.
 */
function opensWrappedProse(rows: Row[], i: number): boolean {
  const row = rows[i]!;
  const next = rows[i + 1];
  if (row.blankAfter || !next || next.decision || endsSentence(row.text) || !/^\p{Ll}/u.test(next.text)) return false;
  const block: string[] = [];
  for (let j = i; j < rows.length && block.length < 12; j++) {
    block.push(rows[j]!.text);
    if (rows[j]!.blankAfter) break;
  }
  return isStrongProse(block.join(' '));
}

/**
 * 'labelled-story-link': 'Explainer: What is hope value and why does it matter?' (or 'MORE: …' in capitals) alone between two
 * paragraphs of the article is a link to another story (above the article the same line may be
 * the headline itself, so only lines under the headline and between prose are looked at).
 */
export function dropLabelledStoryLinks(rows: Row[], headlineIndex: number): void {
  if (headlineIndex < 0) return;
  let lastProse = false;
  for (let i = headlineIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row)) continue;
    if (isStrongProse(row.text)) {
      lastProse = true;
      continue;
    }
    const next = nextOpen(rows, i);
    const alone = row.blankBefore && row.blankAfter && row.text.length <= 200;
    const isLink = alone && REGEXPS.labelledStoryLink.test(row.text) && !!next && isStrongProse(next.text);
    // (A label in capitals says so itself: a subheading may follow it.)
    if (lastProse && (isLink || (alone && isCapsLabelledHeadline(row.text)))) decide(row, 'dropped', 'teaser', 'labelled-story-link');
    lastProse = false;
  }
}

/**
 * 'LATEST UPDATES: Ukraine counteroffensive, Russia retreat …', 'ZAPORIZHZHIA: Last reactor at Europe's largest nuclear
 * plant shut down as shelling continues': a label in capitals, a colon and a headline without a full stop is a link to
 * another story. (A dateline in capitals opens a sentence that ends with one.)
 */
function isCapsLabelledHeadline(text: string): boolean {
  const m = /^(\p{Lu}[\p{Lu}\p{M}'’-]{2,}(?: \p{Lu}[\p{Lu}\p{M}'’-]+){0,2}):\s+(\S.*)$/u.exec(text.trim());
  if (!m) return false;
  const rest = m[2] ?? '';
  return wordCount(rest) >= 4 && wordCount(rest) <= 20 && !/[.!?…:]["”’»]?$/u.test(rest) && !/[.!?]\s/u.test(rest);
}

function nextOpen(rows: Row[], i: number): Row | undefined {
  for (let j = i + 1; j < rows.length; j++) if (isOpen(rows[j])) return rows[j];
  return undefined;
}

/** 'CHARLES IS KING' followed by a headline line: a teaser pair (after the page's own kicker is taken). */
export function dropKickerTeaserPairs(rows: Row[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const kicker = rows[i]!;
    const next = rows[i + 1]!;
    if (!isOpen(kicker) || !isOpen(next)) continue;
    if (!isAllCapsLabel(kicker.text, 6) || /[!?:]$/.test(kicker.text)) continue;
    if (!isTeaserShaped(next.text) || isAllCapsLabel(next.text, 6) || wordCount(next.text) < 4) continue;
    // 'Os sindicatos … contestam os números oficiais. Para Joaquim' / 'Sardinha, dirigente …': a line that ends one
    // sentence and starts the next, running on into the line below, is a hard-wrapped paragraph, not a teaser.
    const below = rows[i + 2];
    if (!next.blankAfter && below && isOpen(below) && /[.!?]["”’]?\s+\p{Lu}/u.test(next.text) && !endsSentence(next.text)) continue;
    decide(kicker, 'dropped', 'teaser', 'kicker-teaser-pair');
    decide(next, 'dropped', 'teaser', 'kicker-teaser-pair');
  }
}

/**
 * Around a relative stamp ('Sports1 year ago'): the line glued right above it (image alt text or
 * headline) and the short line after it (the headline) belong to the same teaser card.
 */
export function dropStampGroups(rows: Row[], headlineIndex = -1): void {
  for (let i = 0; i < rows.length; i++) {
    const stamp = rows[i]!;
    if (stamp.decision?.rule !== 'relative-time-stamp') continue;
    const above = rows[i - 1];
    // A page's own 'Updated 3 hours ago' under its date line is no teaser card.
    if (above?.decision?.role === 'date') continue;
    // Nor is one in the page's header, between its headline and its byline or date line.
    if (headlineIndex >= 0 && i > headlineIndex && i - headlineIndex <= 4 && rows.slice(i + 1, i + 4).some((r) => r.decision?.role === 'date')) continue;
    if (above && !above.blankAfter && isOpen(above) && wordCount(above.text) <= 25 && (above.blankBefore || !isStrongProse(above.text))) {
      decide(above, 'dropped', 'teaser', 'stamp-teaser-group');
    }
    const below = rows[i + 1];
    if (below && isOpen(below) && wordCount(below.text) <= 20 && !isStrongProse(below.text)) {
      decide(below, 'dropped', 'teaser', 'stamp-teaser-group');
    } else if (below && isOpen(below) && wordCount(below.text) <= 20 && nextIsStamp(rows, i + 1)) {
      decide(below, 'dropped', 'teaser', 'stamp-teaser-group');
    }
  }
}

/** The row after `i` (within two rows) is a relative stamp: the card pattern repeats. */
function nextIsStamp(rows: Row[], i: number): boolean {
  return [rows[i + 1], rows[i + 2]].some((r) => r?.decision?.rule === 'relative-time-stamp');
}

/** '02:14', '02:14 - Source: UNN', '1:02:33': a clip's running time, maybe with its source. */
const CLIP_SOURCE = /\s*[-–]\s*source:.{1,40}$/iu;
export const isClipDuration = (text: string): boolean => REGEXPS.runningTime.test(text.trim().replace(CLIP_SOURCE, ''));
/** 'Now playing', '- Source: UNN', 'UNN Health 14 videos', 'Up next': a video player's labels around its playlist. */
const PLAYER_LABEL = /^(?:now playing|up next|playing next|[-–]?\s*source:\s*.{1,40}|.{0,40}\b\d{1,3} videos)$/iu;

/**
 * 'video-playlist-title': 'Why doctors say whooping cough is making a comeback' / '02:14' / 'Now playing' / '- Source: UNN' —
 * a video player's playlist under the headline: each title sits over its running time, with the player's labels near by.
 * Only titles of twenty words or fewer, without a closing full stop, are taken.
 */
export function dropVideoPlaylist(rows: Row[]): void {
  for (const row of rows) {
    if (!isOpen(row) || wordCount(row.text) > 20 || /[.!]["”’]?$/u.test(row.text.trim())) continue;
    const next = rows[row.index + 1];
    if (!next || next.text.length > 60 || !isClipDuration(next.text)) continue;
    // ('Video: BC Ferries cancels sailings …' / '2:04' / 'BC Ferries cancels sailings …': a title that says it is a video's,
    // under the player's button, with its caption repeating it under the clock.)
    const named = /^video\s*:\s*\S/iu.test(row.text) || rows[row.index - 1]?.decision?.rule === 'video-control';
    const labelled = named || rows.slice(row.index + 1, row.index + 5).some((r) => r.text.length <= 60 && PLAYER_LABEL.test(r.text.trim()));
    if (!labelled) continue;
    decide(row, 'dropped', 'teaser', 'video-playlist-title');
    const title = row.text.replace(/^video\s*:\s*/iu, '').trim();
    const repeated = rows[row.index + 2];
    if (repeated && isOpen(repeated) && repeated.text.trim() === title) decide(repeated, 'dropped', 'teaser', 'video-playlist-title');
  }
}

/** The toggle a player prints under a video's card: 'Show Caption' / 'Hide Caption'. */
const CAPTION_TOGGLE = /^(?:show|hide) caption$/iu;

/**
 * 'video-card-over-caption-toggle': 'Ukraine forces push Russian troops out of Kharkiv region' / 'Ukrainian troops have
 * reclaimed towns …' / 'Storyful' / 'Show Caption' / 'Hide Caption' — a block that opens with a title (no full stop) and
 * closes on a caption toggle is an embedded video's card: its title, summary and credit, not the story's paragraphs.
 * (A photo's caption over the toggle is a sentence, and stays a caption.)
 */
export function dropVideoCardsOverCaptionToggle(rows: Row[]): void {
  for (const toggle of rows) {
    if (toggle.text.length > 20 || !CAPTION_TOGGLE.test(toggle.text.trim())) continue;
    let top = toggle.index;
    while (top > 0 && toggle.index - top < 5 && !rows[top - 1]!.blankAfter && rows[top - 1]!.decision?.fate !== 'field') top--;
    const card = rows.slice(top, toggle.index).filter((r) => isOpen(r));
    const title = card[0];
    if (!title || card.length < 2 || title.index !== top || wordCount(title.text) < 4 || wordCount(title.text) > 20 || /[.!?]["”’]?$/u.test(title.text.trim())) continue;
    if (card.some((r) => wordCount(r.text) > 60)) continue;
    for (const r of card) decide(r, 'dropped', 'teaser', 'video-card-over-caption-toggle');
  }
}
