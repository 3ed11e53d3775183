/**
 * Photo captions, kept in place as emphasised paragraphs with the credit split off:
 * 'lunchCredit: Channel 4' → caption 'lunch…' + credit 'Credit: Channel 4'; '(Image: Getty)'; 'martes.GARCÍA SANTOS';
 * 'Image caption, …' / 'Image source, …'; a parenthesised photo description '(Social media photo shows …)'.
 * Lines without a credit count as captions when they sit in a block of credited captions.
 */
import { REGEXPS } from './patterns.ts';
import { endsWithPeriod, isStrongProse, looseKey, wordCount } from './lineShape.ts';
import { decide, isHardWrappedPage, isOpen, type Row } from './lineTable.ts';
import { findDate, parseDateLine } from './dates.ts';
import { parseBareName } from './byline.ts';

export interface SplitCaption {
  text: string;
  credit: string | null;
}

/**
 * Splits a credit glued to the end of a caption, or returns null when there is none.
 * @example splitCredit("They didn't finish lunchCredit: Channel 4") // { text: "They didn't finish lunch", credit: 'Credit: Channel 4' }
 */
export function splitCredit(line: string): SplitCaption | null {
  if (line.length > 400) return null;
  // Cheap tests first: every credit form needs one of these characters.
  const paren = /\)\s*$/.test(line) ? (REGEXPS.parenCredit.exec(line) ?? REGEXPS.acronymCredit.exec(line)) : null;
  if (paren && paren.index > 0) {
    const credit = paren[0].trim().replace(/^\(|\)$/g, '');
    return { text: line.slice(0, paren.index).trim(), credit };
  }
  // '… in the Chernihiv region [Handout/Presidential Press Service via Reuters]': a credit in square brackets.
  const bracket = line.endsWith(']') ? /\s\[([^[\]]{0,100}(?:\/|\bvia\b|\b(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu|File)\b)[^[\]]{0,100})\]$/u.exec(line) : null;
  if (bracket && wordCount(line.slice(0, bracket.index)) >= 3) return { text: line.slice(0, bracket.index).trim(), credit: (bracket[1] ?? '').trim() };
  // '…の路線バス＝新潟市中央区、佐藤健一撮影' → caption '…＝新潟市中央区', credit '佐藤健一撮影'.
  const jp = line.endsWith('撮影') || line.endsWith('撮影）') ? REGEXPS.jpPhotoCredit.exec(line) : null;
  if (jp && jp.index > 0) return { text: line.slice(0, jp.index).trim().replace(/[、,，]$/u, ''), credit: (jp[1] ?? jp[2] ?? '').trim() };
  const m = /[:：©]|Fot\.|Credit|(?:Photo|Picture) \//u.test(line) ? REGEXPS.gluedCredit.exec(line) : null;
  if (!m || m.index === 0) {
    const slash = (line.includes('/') ? REGEXPS.slashCredit.exec(line) : null) ?? (line.includes(' by ') ? REGEXPS.byCredit.exec(line) : null) ??
      (/\s(?:for|für|pour|para|per)\s/u.test(line) ? REGEXPS.forCredit.exec(line) : null) ??
      (/[.!?]\p{Lu}\p{Lu}/u.test(line) ? REGEXPS.capsCredit.exec(line) : null) ??
      (/[.!?] \p{Lu}\p{Lu}/u.test(line) ? REGEXPS.spacedCapsCredit.exec(line) : null) ??
      (line.includes('|') ? REGEXPS.barCapsCredit.exec(line) : null) ??
      (/\p{Ll}\p{Lu}[\p{L} ]{0,14}$/u.test(line) && wordCount(line) <= 40 && !/[.!?]$/u.test(line) ? REGEXPS.gluedAgencyCredit.exec(line) : null) ??
      (wordCount(line) <= 40 ? REGEXPS.nameCredit.exec(line) : null);
    if (!slash || wordCount(line.slice(0, slash.index)) < 3) return null;
    // '… del Ayuntamiento. / Levante-EMV': the slash only marks the credit.
    return { text: line.slice(0, slash.index).trim(), credit: slash[0].trim().replace(/^[/|]\s*/u, '') };
  }
  // 'Passengers at Sé station — Foto: X': the dash belongs to neither.
  const text = line.slice(0, m.index).trim().replace(/\s*[—–-]$/u, '');
  // A credit glued to a word ('lunchCredit:') or after a sentence ('field. Photo:'); not 'said Photo: …' prose.
  const glued = /\p{Ll}$/u.test(line.slice(0, m.index));
  // Or after a caption without final punctuation: 'in the town centre Picture: Reuters'.
  const afterCaption = !/[,;:]\s*$/.test(line.slice(0, m.index)) && wordCount(m[1] ?? '') <= 6;
  if (!glued && !afterCaption && !/[.!?)]\s*$/.test(line.slice(0, m.index))) return null;
  if (wordCount(text) < 2) return null;
  return { text, credit: m[0].trim() };
}

/** 'Open this photo in gallery:', 'View image in gallery': the button over a photo, its caption on the next line. */
const GALLERY_BUTTON = /^(?:open|view|see|show) (?:this )?(?:photo|image|picture)s? in (?:the )?(?:gallery|fullscreen|full screen):?$/iu;
/** '…on Tuesday.Pat Doucet/The Lakehead Chronicle': a photographer and an agency glued to the caption's last full stop. */
const GLUED_SLASH_CREDIT = /(?<=[.!?]["”’]?)\p{Lu}[\p{L}\p{M}.'’ -]{1,60}\/[\p{L}\p{M}.'’ &-]{2,60}$/u;

/** A line that reads as a photo caption or credit (a glued or parenthesised credit, a caption label). */
export function looksLikeCaption(text: string): boolean {
  if (text.length > 400) return false;
  return REGEXPS.bbcCaption.test(text) || isCreditLine(text) || splitCredit(text) !== null || labelledCaption(text) !== null;
}

/** A credit alone on its line: 'Image source, Getty Images', 'Joe Raedle/Getty Images', 'Illustration by X'. */
function isCreditLine(text: string): boolean {
  return text.length <= 120 && (REGEXPS.creditOnly.test(text) || REGEXPS.slashCreditLine.test(text) || REGEXPS.barCreditLine.test(text));
}

/** A name-and-outlet credit closing a block, right under one short sentence (the caption). */
function isNameSlashOutletUnderSentence(rows: Row[], row: Row): boolean {
  const above = rows[row.index - 1];
  if (row.text.length > 120 || !row.blankAfter || !above || above.blankAfter || !isOpen(above) || !REGEXPS.nameSlashOutlet.test(row.text)) return false;
  // ('Ukrainian soldiers on a street in Balakliia. September 10, 2022.': a caption may close on the day the photo was taken.)
  const sentence = above.text.replace(/(?<=[.!?])\s+[^.!?]{6,40}\d{4}\.$/u, (tail) => (parseDateLine(tail.trim().replace(/\.$/u, '')) ? '' : tail));
  return wordCount(above.text) <= 30 && /[.!?]["”’]?$/u.test(above.text) && !/[.!?]\s+\p{Lu}/u.test(sentence);
}

/**
 * 'A Marlow Community Schools bus waits outside … this fall.' / 'Mike Rendell/The Marlow Ledger': a photographer's
 * name and outlet right under a sentence is the photo's credit, even where the page prints no blank lines.
 */
export function isCreditUnderCaption(rows: Row[], row: Row): boolean {
  if (row.text.length > 80 || !row.text.includes('/') || !REGEXPS.nameSlashOutlet.test(row.text)) return false;
  const above = rows[row.index - 1];
  return !!above && wordCount(above.text) <= 60 && /[.!?]["”’]?$/u.test(above.text);
}

/** 'Image: Reservoir levels have recovered. Pic: PA' → the caption and its credit. */
function labelledCaption(text: string): SplitCaption | null {
  const m = REGEXPS.captionColonLabel.exec(text);
  const rest = (m?.[1] ?? '').trim();
  if (!m || wordCount(rest) < 4) return null;
  // 'Фото: Владимир Иванов / РИА Новости' is a credit, not a caption: a caption says something.
  const split = splitCredit(rest);
  if (!split && !/[.!?…]/u.test(rest)) return null;
  return split ?? { text: rest, credit: null };
}

/**
 * Marks caption rows; call after furniture and teaser rules so 'Advertisement' rows are already out.
 * The row right under the headline is the standfirst's place and is never taken for a caption by company.
 */
export function markCaptions(rows: Row[], headlineIndex = -1): void {
  const credited = new Set<number>();
  let lastGallery = '';
  if (isHardWrappedPage(rows)) markWrappedCaptions(rows);
  for (const row of rows) {
    if (!isOpen(row)) continue;
    // 'caption-after-gallery-button': 'Open this photo in gallery:' / 'Nurses rally outside the legislature.Jo Roe/The Ledger' —
    // the line under a photo's gallery button is that photo's caption (its credit glued to the last full stop).
    const button = rows[row.index - 1];
    if (button?.decision?.fate === 'dropped' && row.text.length <= 400 && GALLERY_BUTTON.test(button.text.trim())) {
      const glued = GLUED_SLASH_CREDIT.exec(row.text);
      row.caption = splitCredit(row.text) ?? (glued ? { text: row.text.slice(0, glued.index), credit: glued[0] } : { text: row.text, credit: null });
      decide(row, 'kept', 'caption', 'caption-after-gallery-button');
      continue;
    }
    // 'gallery-caption': 'Item 1 of 2 Workers walk …' — the counter off, the caption kept once
    // ('[1/2]Workers walk …' right under it is the same caption again).
    const counter = REGEXPS.galleryCounterPrefix.exec(row.text);
    if (counter) {
      const rest = row.text.slice(counter[0].length);
      const key = looseKey(rest).slice(0, 60);
      if (lastGallery !== '' && key.startsWith(lastGallery.slice(0, 40))) {
        decide(row, 'dropped', 'caption', 'gallery-caption-repeated');
        continue;
      }
      lastGallery = key;
      row.caption = splitCredit(rest) ?? { text: rest, credit: null };
      decide(row, 'kept', 'caption', 'gallery-caption');
      continue;
    }
    const bbc = REGEXPS.bbcCaption.exec(row.text);
    if (bbc) {
      const text = (bbc[1] ?? '').trim();
      const next = rows[row.index + 1];
      if (text === '' && next && isOpen(next) && !row.blankAfter) {
        // 'Image caption,' alone: the caption is the next line.
        decide(row, 'dropped', 'caption-label', 'caption-label');
        next.caption = { text: next.text, credit: null };
        decide(next, 'kept', 'caption', 'caption-after-label');
      } else if (text !== '') {
        row.caption = { text, credit: null };
        decide(row, 'kept', 'caption', 'caption-label');
      }
      continue;
    }
    const labelled = labelledCaption(row.text);
    if (labelled) {
      row.caption = labelled;
      decide(row, 'kept', 'caption', 'caption-colon-label');
      continue;
    }
    // 'caption-name-slash-outlet': 'A Route 14 bus picks up passengers …' / 'Jamal Reyes / The Lakeshore Courier'.
    // (Without blank lines, the caption's sentence must follow the page's chrome, a 'Show Caption' button, say.)
    if (isCreditLine(row.text) || isNameSlashOutletUnderSentence(rows, row) || (isCreditUnderCaption(rows, row) && rows[row.index - 2]?.decision?.fate === 'dropped')) {
      row.caption = { text: '', credit: row.text };
      decide(row, 'kept', 'caption', 'caption-credit-line');
      continue;
    }
    const split = splitCredit(row.text);
    // A bare name after a sentence ('… en hora punta. Ramón Gómez') could be where a hard-wrapped
    // line breaks ('… on Tuesday. Mayor Jane'): only a line standing alone is taken for a caption.
    const alone = (row.blankBefore || rows[row.index - 1]?.decision?.fate === 'dropped') && (row.blankAfter || !rows[row.index + 1]);
    if (split && (alone || !REGEXPS.nameCredit.test(row.text) || split.credit !== REGEXPS.nameCredit.exec(row.text)?.[0])) {
      row.caption = split;
      credited.add(row.index);
      decide(row, 'kept', 'caption', 'caption-glued-credit');
      continue;
    }
    const paren = REGEXPS.parenthesised.exec(row.text);
    if (paren && wordCount(row.text) >= 4 && row.text.length <= 400 && !/[()]/.test(paren[1] ?? '')) {
      row.caption = { text: row.text, credit: null };
      decide(row, 'kept', 'caption', 'caption-parenthesised');
    }
  }
  // Uncredited lines sharing a block (no blank line between, furniture aside) with credited captions.
  for (const i of credited) {
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < rows.length; j += dir) {
        const row = rows[j]!;
        const between = dir === 1 ? rows[j - 1]! : row;
        if (between.blankAfter) break;
        if (row.decision) {
          if (row.decision.fate === 'dropped' || row.decision.role === 'caption') continue;
          break;
        }
        // Short lines next to a caption are share and bookmark buttons more often than captions.
        if (isStrongProse(row.text) || endsWithPeriod(row.text) || wordCount(row.text) > 30 || wordCount(row.text) < 5 || row.index === headlineIndex + 1) break;
        // 'DENVER (AP) — A wildfire whipped by gusts … tore through dry' / 'grass and timber …': a wire dateline, or a
        // hard-wrapped line whose sentence runs on in lower case on the next line, is the story, not a caption.
        const below = rows[j + 1];
        if (REGEXPS.dateline.test(row.text.slice(0, 120)) || (!row.blankAfter && below && /^\p{Ll}/u.test(below.text))) break;
        // 'Isobel Kaye in Kyiv and Martin Ferrow' over 'Sun 11 Sep 2022 13.27 BST': the byline under the photo, not its caption.
        if (below && parseBareName(row.text) && findDate(below.text)) break;
        row.caption = { text: row.text, credit: null };
        decide(row, 'kept', 'caption', 'caption-in-credited-block');
      }
    }
  }
  attachCreditLines(rows);
}

/** A lone credit line ('Image source, Getty Images') joins the caption next to it. */
function attachCreditLines(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.decision?.rule !== 'caption-credit-line' || !row.caption) continue;

    // The caption may follow after a dropped 'Image caption,' label.
    let j = i + 1;
    while (rows[j]?.decision?.fate === 'dropped' && !rows[j - 1]?.blankAfter) j++;
    const next = rows[j];
    if (!next || rows[j - 1]?.blankAfter) {
      attachToCaptionAbove(rows, row);
      continue;
    }
    // 'Foto: Juan Barreto / AFP' / 'Es sind Bilder, … hissen' / 'die blau-gelbe Fahne …': a line whose sentence runs on
    // in lower case on the next line starts the article's hard-wrapped paragraph; the credit closes the caption above.
    const after = rows[j + 1];
    if (isOpen(next) && !next.blankAfter && after && isOpen(after) && !/[.!?]["”’»]?$/u.test(next.text) && /^\p{Ll}/u.test(after.text)) {
      attachToCaptionAbove(rows, row);
      continue;
    }
    // An unmarked line right under a credit is the caption it belongs to.
    if (isOpen(next) && !isStrongProse(next.text) && wordCount(next.text) <= 30 && next.text.length <= 300) {
      next.caption = { text: next.text, credit: null };
      decide(next, 'kept', 'caption', 'caption-under-credit');
    }
    if (next.caption && next.caption.text !== '' && next.caption.credit === null) {
      next.caption.credit = row.caption.credit;
      decide(row, 'kept', 'caption-credit', 'caption-credit-joined', true);
      row.caption = undefined;
    } else {
      attachToCaptionAbove(rows, row);
    }
  }
}

/**
 * 'caption-above-credit': a credit line closing a short block ('The rocket on the pad.' /
 * 'Joe Raedle/Getty Images') credits the line right above it, which is the caption.
 */
function attachToCaptionAbove(rows: Row[], credit: Row): void {
  const above = rows[credit.index - 1];
  if (!above || above.blankAfter || !credit.caption) return;
  // The caption starts its block: a blank line or dropped furniture (share buttons) above it.
  // Or the line reads like a wire caption, ending on the day the photo was taken ('… on March 12, 2024.').
  // (Or the header's last row above it — the headline, the byline, a stamp: 'Headline' / 'The garage under the square.' / 'Foto: ANP / X'.)
  const before = rows[above.index - 1]?.decision?.fate;
  const startsBlock = above.blankBefore || before === 'dropped' || before === 'field' || endsWithDate(above.text);
  if (isOpen(above) && startsBlock && wordCount(above.text) <= 40 && above.text.length <= 300) {
    above.caption = { text: above.text, credit: credit.caption.credit };
    decide(above, 'kept', 'caption', 'caption-above-credit');
    decide(credit, 'kept', 'caption-credit', 'caption-credit-joined', true);
    credit.caption = undefined;
  }
}

/** '… during the investor day in San Jose, California, on March 12, 2024.' */
function endsWithDate(text: string): boolean {
  const tail = text.slice(-40);
  const found = findDate(tail);
  return !!found && tail.slice(found.end).replace(/[\s.]+$/u, '') === '';
}

/** 'Photograph: Collins Courts', 'Photo: AFP', 'Foto: …': a credit that names itself. */
const LABELLED_CREDIT = /^(?:photo(?:graph)?s?|photography|picture|image|credit|foto|fotos|bild|photographie|fotografía|fotografia|zdjęcie)\s*:/iu;

/**
 * 'caption-wrapped': 'Taxi driver … asked two' / 'passengers to pay … June 18th,' / '2023. Photograph: Collins Courts' — on a
 * hard-wrapped page, a short block whose joined text ends on a labelled credit is one photo's caption, wrapped. The
 * first row carries the whole caption; the rest are kept as its continuation.
 */
function markWrappedCaptions(rows: Row[]): void {
  for (const row of rows) {
    if (!isOpen(row) || row.blankAfter || !rows[row.index - 1]?.blankAfter && row.index > 0) continue;
    const block: Row[] = [row];
    for (let j = row.index + 1; j < rows.length && block.length < 5 && isOpen(rows[j]); j++) {
      block.push(rows[j]!);
      if (rows[j]!.blankAfter) break;
    }
    const last = block[block.length - 1]!;
    if (block.length < 2 || block.length > 4 || !last.blankAfter) continue;
    // Wrapped lines run to the wrap width, and only the last carries the credit (several short captions, each with its
    // own credit, are not one).
    if (block.slice(0, -1).some((r) => r.text.length < 55 || splitCredit(r.text) !== null)) continue;
    const joined = block.map((r) => r.text).join(' ');
    const split = wordCount(joined) <= 70 ? splitCredit(joined) : null;
    if (!split || !split.credit || !LABELLED_CREDIT.test(split.credit) || !looksLikeCaption(joined)) continue;
    row.caption = split;
    decide(row, 'kept', 'caption', 'caption-wrapped');
    for (const r of block.slice(1)) decide(r, 'kept', 'caption-continued', 'caption-wrapped');
  }
}
