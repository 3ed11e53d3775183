/**
 * The headline: the first headline-shaped line at the top of the page, with what pages glue to it
 * taken off ('… | The Sun', '… - Reuters', ' date 2022-09-12 …'), and the kicker right above it.
 */
import { REGEXPS } from './patterns.ts';
import { isAllCapsLabel, isStrongProse, isTitleCase, wordCount, words } from './lineShape.ts';
import { isOpen, type Row } from './lineTable.ts';

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
  return isTitleCase(s) || /^[\p{Lu}\p{N}]/u.test(s) && n <= 2 || REGEXPS.bareDomain.test(s);
}

/**
 * Takes outlet suffixes and glued date prefixes off a headline line.
 * @example cleanHeadline("Putin's troops flee | The Sun").title // "Putin's troops flee"
 */
export function cleanHeadline(line: string): CleanHeadline {
  let title = line.trim();
  const rules: string[] = [];
  let gluedDate: string | null = null;
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
  return { title, outlet, gluedDate, rules };
}

/** Could this row be the headline? Short enough, not prose, at least a few words. */
export function isHeadlineShaped(text: string): boolean {
  const n = words(text, 60).length;
  if (n < 3 || n > 40 || text.length > 300 || REGEXPS.copyright.test(text)) return false;
  return !isStrongProse(text) || REGEXPS.pipeSuffix.test(text);
}

/**
 * Picks the headline row among the open rows before the first prose line, and the kicker row
 * (a short all-caps label right above it). Rows flagged by `skip` (repeated site chrome) are passed over.
 */
export function findHeadline(rows: Row[], skip: (row: Row) => boolean): { headline: Row; kicker: Row | null } | null {
  let kicker: Row | null = null;
  let fallback: { headline: Row; kicker: Row | null } | null = null;
  for (const row of rows.slice(0, 200)) {
    if (!isOpen(row) || skip(row)) continue;
    const cleaned = cleanHeadline(row.text).title;
    if (isStrongProse(cleaned) && !REGEXPS.pipeSuffix.test(row.text)) {
      // An all-caps headline with nothing else above the body.
      if (fallback) return fallback;
      return kicker && wordCount(kicker.text) >= 3 ? { headline: kicker, kicker: null } : null;
    }
    if (isAllCapsLabel(cleaned, 5) && !REGEXPS.pipeSuffix.test(row.text)) {
      kicker = row;
      continue;
    }
    if (isHeadlineShaped(row.text)) {
      const k = kicker && kicker.index < row.index && rows.slice(kicker.index + 1, row.index).every((r) => !isOpen(r)) ? kicker : null;
      // A short title-case first candidate is often the site's name ('The Kyiv Independent'): prefer a longer line after it.
      if (wordCount(cleaned) < 5 && isTitleCase(cleaned) && !REGEXPS.pipeSuffix.test(row.text)) {
        fallback ??= { headline: row, kicker: k };
        kicker = null;
        continue;
      }
      return { headline: row, kicker: k };
    }
    kicker = null;
  }
  return fallback;
}
