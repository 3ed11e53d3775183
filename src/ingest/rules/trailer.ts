/**
 * The end of an article: syndication notes ('This article appeared in MorningPress …'),
 * credit lines ('The Sun / CNN'), 'Source: X' lines and copyright notices. What follows a
 * syndication note or a final credit line is no longer the article.
 */
import { REGEXPS } from './patterns.ts';
import { isStrongProse, wordCount } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';
import { asciiDigits } from './dates.ts';

export interface TrailerFound {
  syndicatedFrom: string | null;
  credit: string | null;
  /** Source candidates with the rule that found each, best first. */
  sources: { name: string; rule: string }[];
}

/** Cleans a publication name taken from free text ('MorningPress and has been …' → 'MorningPress'). */
export function cleanOutletName(text: string): string {
  return text
    // 'Al Jazeera and news agencies', 'Le Monde avec agences': the agencies are not the publisher.
    .replace(/\s+(?:and|with|&|avec|mit|y|con|com|en)\s+(?:news\s+)?(?:agencies|wires?|agences|agenturen|agencias|agenzie|agências)\.?$/iu, '')
    .replace(/\s+(?:and|with|under|on|in)\s+(?:has|is|was|been|permission|a|an|the|\d).*$/i, '')
    .replace(/\s+on\s+\p{L}*\s*\d.*$/u, '')
    .replace(/[,;].*$/, '')
    .replace(/\s*\(.*$/, '')
    // 'Source: CNA/lt(mi)': the desk's initials after the outlet.
    .replace(/\/\p{Ll}{1,4}$/u, '')
    .replace(/\.\s.*$/, '')
    .replace(/[.:!]+$/, '')
    .replace(/^(?:the\s+website\s+|the\s+site\s+)/i, '')
    // '© Le Courrier de France - Tous droits réservés' leaves the dash behind.
    .replace(/[\s|·•–—-]+$/u, '')
    .trim();
}

/** Reads syndication, credit, source and copyright lines; drops what comes after the article's end. */
export function readTrailer(rows: Row[]): TrailerFound {
  const out: TrailerFound = { syndicatedFrom: null, credit: null, sources: [] };
  const tailStart = Math.floor(rows.length * 0.6);
  let endAt = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // A wire footer ('Reporting by …; Editing by …') closes the story.
    if (row.decision?.rule === 'wire-credits-footer' && i >= tailStart && endAt < 0) endAt = i;
    if (!isOpen(row) || row.text.length > 300) continue;
    const synd = REGEXPS.syndication.exec(row.text);
    if (synd && wordCount(row.text) <= 40) {
      const name = cleanOutletName(synd[1] ?? '');
      if (name && wordCount(name) <= 6) {
        out.syndicatedFrom ??= name;
        decide(row, 'field', 'syndication', 'syndication-note');
        if (i >= tailStart) endAt = endAt < 0 ? i : Math.min(endAt, i);
        continue;
      }
    }
    const src = REGEXPS.sourceLine.exec(row.text);
    if (src && wordCount(src[1] ?? '') <= 6 && !/[.!?]$/.test(src[1] ?? '')) {
      out.sources.push({ name: cleanOutletName(src[1] ?? ''), rule: 'source-line' });
      decide(row, 'field', 'source', 'source-line');
      continue;
    }
    // ('স্বত্ব © ২০২৪ দৈনিক নদীতীর': the year may be printed in the page's own digits.)
    const copy = row.text.length <= 500 ? REGEXPS.copyright.exec(asciiDigits(row.text)) : null;
    // 'Copyright © X AG. Alle Rechte vorbehalten. Eine Weiterverarbeitung … ist nur mit Genehmigung erlaubt.': a long rights
    // notice is dropped too, but only a short one names the publisher.
    if (copy && row.text.length > 160) {
      decide(row, 'dropped', 'notice', 'copyright-notice');
      continue;
    }
    if (copy) {
      const name = cleanOutletName(
        (copy[1] ?? '')
          .replace(REGEXPS.rightsReserved, '')
          // '© Crown copyright 2022 — Isle of Carrow Government': 'Crown copyright' is the legal term, the government follows the dash.
          .replace(/^crown copyright(?:\s+(?:19|20)\d{2})?\s+[-–—|]\s+/iu, '')
          // 'Copyright 2025 © Editrice …': the sign after the year.
          .replace(/^(?:©|\(c\))\s*/iu, '')
          // '© Le Courrier de France - Reproduction interdite …', '© Editrice Adige Spa - P.IVA 01234560235': after a spaced
          // dash or bar comes a notice or a tax number, not the name.
          .replace(/\s+[-–—|]\s+.*$/u, '')
          .replace(/(?:\b(?:limited|ltd|inc|llc|plc|gmbh|pvt|pty|company|corporation|corp|spa|srl|sarl|sas)\b|\b(?:s\.a|s\.l|b\.v|n\.v|s\.p\.a|s\.r\.l|l\.p|l\.l\.c)(?:\.|\b)).*$/i, '')
          .replace(/[\s,.]+(?:19|20)\d{2}\s*$/, ''),
      );
      if (name && wordCount(name) <= 6) out.sources.push({ name, rule: 'copyright-notice' });
      decide(row, 'dropped', 'notice', 'copyright-notice');
      continue;
    }
  }
  // A credit line ('The Sun / CNN') among the last live rows, with no prose after it.
  const live = rows.filter((r) => isOpen(r));
  for (const row of live.slice(-3).reverse()) {
    if (row.index < tailStart || row.text.length > 100) continue;
    const agency = REGEXPS.creditWithAgency.exec(row.text);
    if (!agency && !REGEXPS.creditLine.test(row.text)) continue;
    if (rows.slice(row.index + 1).some((r) => isOpen(r) && isStrongProse(r.text))) continue;
    out.credit = row.text;
    const first = agency ? (agency[1] ?? '') : (row.text.split('/')[0] ?? '').trim();
    if (first) out.sources.unshift({ name: first, rule: 'credit-line' });
    decide(row, 'field', 'credit', 'credit-line');
    endAt = endAt < 0 ? row.index : Math.min(endAt, row.index);
    break;
  }
  if (endAt >= 0) {
    for (const row of rows.slice(endAt + 1)) decide(row, 'dropped', 'after-end', 'after-article-end');
  }
  return out;
}
