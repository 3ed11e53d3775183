/**
 * Snippets: the stretch of an article's text around its best match, with matched words marked.
 * Pure: returns segments; the page turns them into text nodes and <mark> elements.
 */
import { termsOf } from '../terms.ts';

export interface Segment { text: string; mark: boolean }

/** About this many characters of text around the match. */
export const SNIPPET_CHARS = 220;

/**
 * The window of `text` with the most distinct matched keys (then most matches), cut at word
 * boundaries, with `…` where it does not reach the text's start or end.
 */
export function snippet(text: string, keys: Iterable<string>, aliases: Record<string, string> = {}, chars = SNIPPET_CHARS): Segment[] {
  const want = new Set(keys);
  const words = termsOf(text, { kind: 'query', aliases });
  const hits: Array<{ start: number; end: number; key: string; token: number }> = [];
  for (const w of words) {
    if (!want.has(w.key) || hits.at(-1)?.token === w.index) continue; // a word's two keys: mark it once
    // Mark the word, not the quote or comma the tokenizer left around it.
    const word = text.slice(w.start, w.start + w.length);
    const lead = word.search(/[\p{L}\p{N}]/u);
    const tail = word.length - (word.split('').reverse().join('').search(/[\p{L}\p{N}]/u));
    hits.push({ start: w.start + Math.max(lead, 0), end: w.start + tail, key: w.key, token: w.index });
  }
  let best = { from: 0, distinct: 0, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const inWindow = hits.slice(i).filter((h) => h.end - hits[i]!.start <= chars);
    const distinct = new Set(inWindow.map((h) => h.key)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) best = { from: i, distinct, count: inWindow.length };
  }
  const anchor = hits[best.from];
  let start = anchor ? Math.max(0, anchor.start - Math.floor(chars / 4)) : 0;
  let end = Math.min(text.length, start + chars);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const out: Segment[] = [];
  const push = (s: string, mark: boolean) => { if (s) out.push({ text: s, mark }); };
  if (start > 0) push('…', false);
  let at = start;
  for (const h of hits) {
    if (h.start < at || h.end > end) continue;
    push(text.slice(at, h.start).replace(/\s+/g, ' '), false);
    push(text.slice(h.start, h.end), true);
    at = h.end;
  }
  push(text.slice(at, end).replace(/\s+/g, ' '), false);
  if (end < text.length) push('…', false);
  return out;
}
