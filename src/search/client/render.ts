/**
 * Drawing results, facets and notes with DOM APIs only: article text becomes text nodes and
 * <mark> elements, never HTML (the pages' CSP and the archive's text both demand it).
 */
import type { DocEntry } from '../format.ts';
import type { Segment } from '../query/snippet.ts';
import type { FacetCount, FacetName, FacetSelection } from '../query/facets.ts';

/** One result ready to draw. */
export interface ResultView {
  entry: DocEntry;
  title: Segment[];
  snippet: Segment[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function segments(parent: HTMLElement, segs: Segment[]): void {
  for (const s of segs) parent.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
}

/**
 * The result list: one link per result (the article page, relative, naming index.html). Returns
 * each result's snippet paragraph, to be filled again once its text has loaded (fillSnippet).
 */
export function renderResults(container: Element, views: ResultView[], siteRoot: string): HTMLElement[] {
  container.replaceChildren();
  if (!views.length) return [];
  const list = el('ol', 'results');
  const snippets: HTMLElement[] = [];
  for (const v of views) {
    const [, path, date, source] = v.entry;
    const li = el('li');
    const h = el('h2');
    const a = el('a');
    a.href = siteRoot + path;
    segments(a, v.title);
    h.append(a);
    const meta = el('p', 'meta', [source, date ?? 'Undated'].filter(Boolean).join(' · '));
    const snip = el('p', 'snippet');
    segments(snip, v.snippet);
    snippets.push(snip);
    li.append(h, meta, snip);
    list.append(li);
  }
  container.append(list);
  return snippets;
}

/** Replace a result's snippet (the lead shown first) with the one cut around its match. */
export function fillSnippet(p: HTMLElement, segs: Segment[]): void {
  p.replaceChildren();
  segments(p, segs);
}

/** Notes about the query (parse errors, typo corrections), in plain text. */
export function renderNotes(box: Element, notes: string[]): void {
  box.replaceChildren(...notes.map((n) => el('p', undefined, n)));
}

const FACET_LABELS: Record<FacetName, string> = { source: 'Source', year: 'Year', topic: 'Topic' };

/** Facet groups: each value a toggle button with its count; the chosen one is pressed. */
export function renderFacets(box: Element, counts: Record<FacetName, FacetCount[]>, total: number, chosen: FacetSelection, onToggle: (f: FacetName, v: string) => void): void {
  box.replaceChildren();
  for (const name of ['source', 'year', 'topic'] as const) {
    const values = counts[name];
    if (!values.length || (values.length === 1 && values[0]!.count === total && !chosen[name])) continue; // nothing to narrow
    const group = el('fieldset', 'facet');
    group.append(el('legend', undefined, FACET_LABELS[name]));
    for (const { value, count } of values.slice(0, name === 'topic' ? 8 : 12)) {
      const b = el('button');
      b.type = 'button';
      b.setAttribute('aria-pressed', String(chosen[name] === value));
      b.append(el('span', undefined, value), el('span', 'count', String(count)));
      b.addEventListener('click', () => onToggle(name, value));
      group.append(b);
    }
    box.append(group);
  }
}
