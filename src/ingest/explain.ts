/**
 * A readable account of one extraction, for `npm run ingest -- --explain FILE`:
 * the fields with the rule that found each, then every non-blank line with its fate, role and rule.
 *
 * @example
 *   title      Putin's troops flee                     headline-outlet-suffix
 *   …
 *      1  field    title       headline-outlet-suffix        Putin's troops flee | The Sun
 *     17  dropped  label       teaser-block-label            READ MORE ON THE UKRAINE WAR
 */
import type { ExtractedFields, Extraction } from './Extraction.ts';

const FIELD_ORDER: (keyof ExtractedFields)[] = [
  'title', 'date', 'time', 'timezone', 'authors', 'source', 'kicker', 'standfirst', 'syndicated_from', 'credit', 'lang',
];
const MAX_TEXT = 100;

function show(value: ExtractedFields[keyof ExtractedFields]): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
  return value;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

/** Formats an extraction as plain text: fields, then lines, then warnings. */
export function explainExtraction(e: Extraction): string {
  const out: string[] = ['Fields'];
  for (const name of FIELD_ORDER) {
    const rule = e.fieldRules[name];
    out.push(`  ${name.padEnd(16)} ${clip(show(e.fields[name]), 70).padEnd(72)} ${rule ?? ''}`.trimEnd());
  }
  const counts = { kept: 0, field: 0, dropped: 0 };
  for (const d of e.lines) counts[d.fate]++;
  out.push('', `Lines (${e.lines.length}: ${counts.kept} kept, ${counts.field} field, ${counts.dropped} dropped)`);
  const width = String(e.lines[e.lines.length - 1]?.line ?? 0).length;
  for (const d of e.lines) {
    out.push(`  ${String(d.line).padStart(width)}  ${d.fate.padEnd(7)}  ${d.role.padEnd(12)}  ${d.rule.padEnd(30)}  ${clip(d.text, MAX_TEXT)}`);
  }
  if (e.warnings.length) out.push('', 'Warnings', ...e.warnings.map((w) => `  ${w}`));
  return out.join('\n') + '\n';
}
