/**
 * Benchmark queries picked from the generated archive's own statistics, so they always have hits:
 * a rare surname, a common word, a person's full name, and two common words.
 */
import type { TermCounter } from './termCounter.ts';
import { hasVariant, type Person } from './names.ts';
import { NOUNS, STOPWORDS } from './words.ts';

/** A query and why it was chosen; `docs` is how many files contain its rarest word. */
export interface BenchQuery {
  label: string;
  q: string;
  docs: number;
}

/** Choose the benchmark queries (deterministic for a given archive). */
export function chooseQueries(counter: TermCounter, people: readonly Person[]): BenchQuery[] {
  const out: BenchQuery[] = [];
  const df = (t: string) => counter.docFrequency(t);
  const plain = people.filter((p) => !hasVariant(p.surname) && !hasVariant(p.given) && p.surname.length >= 6);
  // People from the middle of the archive's history, not the famous first few.
  const middle = plain.slice(Math.floor(plain.length / 2));
  const rare = middle.find((p) => df(p.surname) >= 2 && df(p.surname) <= 4) ?? middle.find((p) => df(p.surname) >= 1);
  if (rare) out.push({ label: 'rare name', q: rare.surname, docs: df(rare.surname) });
  const nouns = NOUNS.filter((w) => !STOPWORDS.has(w) && w.length >= 5);
  const byDf = [...nouns].sort((a, b) => df(b) - df(a) || (a < b ? -1 : 1));
  const common = byDf[0];
  if (common) out.push({ label: 'common word', q: common, docs: df(common) });
  const known = plain.find((p) => df(p.surname) >= 5 && df(p.surname) <= 50);
  if (known) out.push({ label: 'full name', q: `${known.given} ${known.surname}`, docs: Math.min(df(known.given), df(known.surname)) });
  const tenth = counter.documents * 0.1;
  const medium = [...nouns].sort((a, b) => Math.abs(df(a) - tenth) - Math.abs(df(b) - tenth) || (a < b ? -1 : 1))[0];
  if (common && medium && medium !== common) out.push({ label: 'two common words', q: `${common} ${medium}`, docs: Math.min(df(common), df(medium)) });
  return out;
}
