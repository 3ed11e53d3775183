/**
 * Scores the ingest rules against every golden fixture, the way the held-out set is scored:
 *
 *   headline   exact title
 *   date       right date, over the cases whose expected date is not null
 *   authors    precision / recall / F1 over (case, author) pairs
 *   recall     sentences of the expected body found in the actual body (quotes, case, spaces folded)
 *   leak       kept lines of raw.txt that are neither in the expected body nor in an expected
 *              field, as a share of the kept lines
 *
 *   node --import tsx scripts/eval-ingest.ts            every case, then the totals
 *   node --import tsx scripts/eval-ingest.ts -q         totals and the failing cases only
 *   node --import tsx scripts/eval-ingest.ts -v CASE    one case, with its misses and leaks listed
 */
import { extractArticle } from '../src/ingest/extract.ts';
import { goldenCases, readExpected, readRaw } from '../tests/ingest/golden.ts';

const args = process.argv.slice(2);
const quiet = args.includes('-q');
const verbose = args.includes('-v');
const only = args.filter((a) => !a.startsWith('-'));

/** Folds Markdown markers, escapes, quotes, dashes, case and spaces. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^#{1,6}\s+/gmu, '')
    .replace(/^[-+]\s+/gmu, '')
    .replace(/^\*|\*$/gmu, '')
    .replace(/\\([\\*_#>[\]`~+=.)!-])/gu, '$1')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[–—‐]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Words, with glued words ('lunchCredit') split apart. */
const tokens = (text: string): string[] => fold(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Sentences of a Markdown body: split after . ! ? … (and closing quotes) before a space. */
function sentences(body: string): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n+/)) {
    const text = fold(block);
    if (text === '') continue;
    for (const s of text.split(/(?<=[.!?…]["')\]]*)\s+(?=["'(\p{Lu}\p{N}\p{L}])/u)) if (s.trim()) out.push(s.trim());
  }
  return out;
}

/** True when `needle` occurs as a contiguous run in `hay`. */
function hasRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

interface Score {
  name: string;
  titleOk: boolean;
  dateOk: boolean | null;
  tp: number;
  fp: number;
  fn: number;
  sentences: number;
  found: number;
  kept: number;
  leaked: number;
  misses: string[];
  leaks: string[];
  notes: string[];
}

function score(name: string): Score {
  const raw = readRaw(name);
  const want = readExpected(name);
  const got = extractArticle(raw);
  const notes: string[] = [];
  const titleOk = (got.fields.title ?? null) === (want.fields.title ?? null);
  if (!titleOk) notes.push(`title: ${JSON.stringify(got.fields.title)} ≠ ${JSON.stringify(want.fields.title)}`);
  const wantDate = want.fields.date ? String(want.fields.date) : null;
  const dateOk = wantDate ? got.fields.date === wantDate : null;
  if (dateOk === false || (!wantDate && got.fields.date)) notes.push(`date: ${got.fields.date} ≠ ${wantDate}`);
  const norm = (a: string): string => a.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const wantAuthors = new Set((want.fields.authors ?? []).map(norm));
  const gotAuthors = new Set((got.fields.authors ?? []).map(norm));
  let tp = 0;
  for (const a of gotAuthors) if (wantAuthors.has(a)) tp++;
  const fp = gotAuthors.size - tp;
  const fn = wantAuthors.size - tp;
  if (fp || fn) notes.push(`authors: ${JSON.stringify(got.fields.authors)} ≠ ${JSON.stringify(want.fields.authors)}`);

  const actual = fold(got.body);
  const misses: string[] = [];
  const wanted = sentences(want.body);
  for (const s of wanted) if (!actual.includes(s)) misses.push(s);

  // Leaks: kept raw lines whose words are nowhere in the expected body or fields.
  const expectedTokens = tokens(want.body);
  const expectedLines = new Set(want.body.split('\n').map(fold));
  const fieldTokens = Object.values(want.fields).flat().filter((v): v is string => typeof v === 'string').map(tokens);
  const leaks: string[] = [];
  const keptLines = got.lines.filter((d) => d.fate === 'kept');
  for (const d of keptLines) {
    const t = tokens(d.text);
    if (t.length === 0) continue;
    const inBody = t.length <= 3 ? expectedLines.has(fold(d.text)) || hasRun(expectedTokens, t) && t.length >= 2 : hasRun(expectedTokens, t);
    const inField = fieldTokens.some((f) => f.length > 0 && hasRun(f, t));
    if (!inBody && !inField) leaks.push(d.text);
  }
  return {
    name, titleOk, dateOk, tp, fp, fn, sentences: wanted.length, found: wanted.length - misses.length,
    kept: keptLines.length, leaked: leaks.length, misses, leaks, notes,
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '  —  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const cases = goldenCases().filter((c) => only.length === 0 || only.includes(c));
const scores = cases.map(score);
const width = Math.max(...cases.map((c) => c.length), 10);
if (!quiet || verbose) console.log(`${'case'.padEnd(width)}  title  date   auth(p/r)   recall    leak`);
for (const s of scores) {
  const bad = !s.titleOk || s.dateOk === false || s.fp || s.fn || s.misses.length || s.leaked;
  if (quiet && !bad) continue;
  const date = s.dateOk === null ? '  -  ' : s.dateOk ? ' ok  ' : ' BAD ';
  const auth = `${s.tp}/${s.tp + s.fp}/${s.tp + s.fn}`.padStart(9);
  console.log(
    `${s.name.padEnd(width)}  ${s.titleOk ? ' ok  ' : ' BAD '}  ${date} ${auth}  ${pct(s.found, s.sentences)}  ${pct(s.leaked, s.kept)}`,
  );
  if (verbose || quiet) {
    for (const n of s.notes) console.log(`    ${n}`);
    for (const m of s.misses) console.log(`    missing: ${m.slice(0, 120)}`);
    for (const l of s.leaks) console.log(`    leaked:  ${l.slice(0, 120)}`);
  }
}
const sum = (f: (s: Score) => number): number => scores.reduce((n, s) => n + f(s), 0);
const tp = sum((s) => s.tp);
const p = tp / Math.max(1, tp + sum((s) => s.fp));
const r = tp / Math.max(1, tp + sum((s) => s.fn));
const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
const dated = scores.filter((s) => s.dateOk !== null);
console.log('');
console.log(`cases              ${scores.length}`);
console.log(`headline exact     ${pct(sum((s) => Number(s.titleOk)), scores.length)}   (target ≥ 90%)`);
console.log(`date right         ${pct(dated.filter((s) => s.dateOk).length, dated.length)}   (target ≥ 90%, ${dated.length} dated cases)`);
console.log(`author P/R/F1      ${p.toFixed(3)} / ${r.toFixed(3)} / ${f1.toFixed(3)}   (target F1 ≥ 0.85)`);
console.log(`sentence recall    ${pct(sum((s) => s.found), sum((s) => s.sentences))}   (target ≥ 95%)`);
console.log(`furniture leak     ${pct(sum((s) => s.leaked), sum((s) => s.kept))}   (target ≤ 5%)`);
