/**
 * The query language readers type, parsed into a small AST. Lunr's own parser throws on fields
 * it does not know and has no phrases or dates; this one never throws: whatever it cannot read
 * becomes a `QueryError` (with its place in the query) and the rest still searches.
 *
 *   word other           articles with any of the words; more matched words rank higher
 *   "white flag"         the words next to each other, in this order
 *   +word  -word         must contain / must not contain (also +"a phrase", -title:word)
 *   title:word           only in the headline; also author:, source:, topic:, lead:, body:
 *   title:"white flag"   a phrase in one field
 *   year:2022            dated in 2022
 *   from:2022-09-01      dated on or after; to:2022-09-30 on or before (from:2022-09 = from 1 Sept)
 *
 * Spelling variants of names (Izium, Izyum) and small typos in longer words are matched by the
 * evaluator, not here.
 */

export type Presence = 'should' | 'must' | 'not';

/** Fields a reader may scope a word to. */
export const SCOPES = ['title', 'lead', 'topic', 'author', 'source', 'body'] as const;
export type Scope = (typeof SCOPES)[number];
const SCOPE_ALIASES: Record<string, Scope> = { headline: 'title', by: 'author', byline: 'author', topics: 'topic', authors: 'author' };

export interface Clause {
  /** A term is one word as typed; a phrase needs its words adjacent. */
  kind: 'term' | 'phrase';
  text: string;
  field?: Scope;
  presence: Presence;
  start: number;
  end: number;
}

/** Inclusive calendar-date bounds, `YYYY-MM-DD`. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A problem in the query; the rest of the query still runs. */
export interface QueryError {
  message: string;
  start: number;
  end: number;
}

export interface ParsedQuery {
  clauses: Clause[];
  dates: DateRange;
  errors: QueryError[];
}

const ITEM = /([+-]?)(?:([\p{L}]+):)?("([^"]*)("?)|[^\s"]+)/gu;

/** Parse a query; never throws. */
export function parseQuery(q: string): ParsedQuery {
  const out: ParsedQuery = { clauses: [], dates: {}, errors: [] };
  for (const m of q.matchAll(ITEM)) {
    const [all, sign, rawField, value, phrase, closed] = m;
    const start = m.index!;
    const end = start + all.length;
    const presence: Presence = sign === '+' ? 'must' : sign === '-' ? 'not' : 'should';
    const isPhrase = phrase !== undefined;
    if (isPhrase && !closed) out.errors.push({ message: 'A phrase is missing its closing quote; searched to the end of the query.', start, end });
    let field: Scope | undefined;
    if (rawField) {
      const name = rawField.toLowerCase();
      if (name === 'year' || name === 'from' || name === 'to') {
        if (!dateFilter(name, value!, out)) out.errors.push({ message: `“${all}” is not a date: use year:2022, from:2022-09-01 or to:2022-09.`, start, end });
        continue;
      }
      field = (SCOPES as readonly string[]).includes(name) ? (name as Scope) : SCOPE_ALIASES[name];
      if (!field) {
        out.errors.push({ message: `There is no field “${rawField}”; searched for the words instead. Fields: ${SCOPES.join(':, ')}:.`, start, end });
        for (const w of `${rawField} ${isPhrase ? phrase : value}`.split(/\s+/)) if (w) out.clauses.push({ kind: 'term', text: w, presence, start, end });
        continue;
      }
    }
    const text = isPhrase ? phrase!.trim() : value!;
    if (!text || !/[\p{L}\p{N}]/u.test(text)) continue; // a lone '+', '-' or '""'
    out.clauses.push({ kind: isPhrase ? 'phrase' : 'term', text, field, presence, start, end });
  }
  return out;
}

const YMD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dateFilter(name: 'year' | 'from' | 'to', value: string, out: ParsedQuery): boolean {
  const m = YMD.exec(value);
  if (!m || (name === 'year' && m[2])) return false;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return false;
  if (d && (+d < 1 || +d > 31)) return false;
  const first = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  const last = d ? first : mo ? `${y}-${mo}-${String(new Date(Date.UTC(+y!, +mo, 0)).getUTCDate()).padStart(2, '0')}` : `${y}-12-31`;
  if (name !== 'to') out.dates.from = first;
  if (name !== 'from') out.dates.to = last;
  return true;
}
