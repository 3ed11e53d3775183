/**
 * The publisher, chosen among what the page says, most telling first: a headline suffix
 * ('… | The Sun'), a credit line at the end ('The Sun / CNN'), a 'Source: X' line, an outlet in
 * the byline ('… Associated Press'), a wire dateline ('KYIV (Reuters) -'), a copyright notice.
 */
import { REGEXPS } from './patterns.ts';
import type { Row } from './lineTable.ts';

export interface SourceCandidate {
  name: string;
  rule: string;
}

const RANK = ['headline-outlet-suffix', 'credit-line', 'source-line', 'byline-outlet', 'dateline-agency', 'copyright-notice'];

/** Finds an agency in a dateline among the first body rows: 'KYIV (Reuters) -' → 'Reuters'. */
export function datelineAgency(rows: Row[]): SourceCandidate | null {
  let seen = 0;
  for (const row of rows) {
    if (row.decision?.fate !== 'kept' && row.decision !== null) continue;
    if (++seen > 6) break;
    const m = REGEXPS.dateline.exec(row.text.slice(0, 120));
    if (m) return { name: (m[1] ?? '').trim(), rule: 'dateline-agency' };
  }
  return null;
}

/** The best candidate by rule rank (ties: first found). */
export function chooseSource(candidates: SourceCandidate[]): SourceCandidate | null {
  const usable = candidates.filter((c) => c.name.trim() !== '' && c.name.length <= 60);
  usable.sort((a, b) => rank(a.rule) - rank(b.rule));
  return usable[0] ?? null;
}

function rank(rule: string): number {
  const i = RANK.indexOf(rule);
  return i < 0 ? RANK.length : i;
}
