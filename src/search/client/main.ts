/**
 * The search page in the browser. Reads the state from the URL (?q=…), loads only the index files
 * a query needs (as scripts, so a copy opened from disk works), and shows results as you type.
 * Contract with outside checks: results are in [data-search-results], one link per result.
 */
import { ScriptLoader, ScriptSource } from './loader.ts';
import { readState, writeState, type PageState } from './state.ts';
import { renderResults, fillSnippet, renderNotes, renderFacets, type ResultView } from './render.ts';
import { listKeys } from './keyboard.ts';
import { parseQuery } from '../query/parse.ts';
import { evaluate, type Hit } from '../query/evaluate.ts';
import { rank } from '../query/rank.ts';
import { narrow, facetCounts, tableOfEntries } from '../query/facets.ts';
import { shardOf, type DocEntry } from '../format.ts';
import { snippet } from '../query/snippet.ts';
import { PENDING, SHOWN } from '../offline/signals.ts';

const PAGE = 20;
const TYPING_DELAY_MS = 120;

const script = document.currentScript as HTMLScriptElement | null;
const searchBase = new URL('../search/', script?.src ?? location.href);

function main(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#q');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const notes = document.querySelector<HTMLElement>('[data-search-notes]');
  const facets = document.querySelector<HTMLElement>('[data-search-facets]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const sort = document.querySelector<HTMLSelectElement>('#sort');
  const from = document.querySelector<HTMLInputElement>('#from');
  const to = document.querySelector<HTMLInputElement>('#to');
  if (!form || !input || !results || !status) return;
  const siteRoot = results.getAttribute('data-site-root') ?? '../';
  const loader = new ScriptLoader(searchBase);
  const ready = loader.manifest().then((m) => new ScriptSource(m, loader));
  document.documentElement.classList.add('search-ready');
  document.documentElement.setAttribute(PENDING, '');
  const settled = () => {
    if (!document.documentElement.hasAttribute(PENDING)) return;
    document.documentElement.removeAttribute(PENDING);
    document.dispatchEvent(new Event(SHOWN));
  };

  let state: PageState = readState(location.search);
  let run = 0;
  let ranked: Hit[] = [];
  let keys: string[] = [];
  let shown = 0;

  /**
   * Draw the first `count` results with their leads, then put in each snippet as its text arrives.
   * Resolves once the results are drawn; its `snippets` settles when every snippet is in.
   */
  const show = async (count: number, source: ScriptSource, mine: number): Promise<{ entries: DocEntry[]; snippets: Promise<unknown> }> => {
    const page = ranked.slice(0, count);
    const entries = await Promise.all(page.map(async (h) => {
      const n = shardOf(source.manifest.chunks, h.doc);
      return (await source.chunk(n))[h.doc - source.manifest.chunks[n]!]!;
    }));
    if (mine !== run) return { entries, snippets: Promise.resolve() };
    const aliases = source.manifest.aliases;
    const words = keys;
    const views: ResultView[] = entries.map((entry) => ({ entry, title: snippet(entry[0], words, aliases, 1e9), snippet: snippet(entry[4], words, aliases, 1e9) }));
    const snippets = renderResults(results, views, siteRoot);
    shown = page.length;
    if (more) more.hidden = shown >= ranked.length;
    return { entries, snippets: Promise.all(entries.map((entry, i) => source.text(entry[5]).then((text) => {
      if (mine === run && snippets[i]!.isConnected) fillSnippet(snippets[i]!, snippet(text, words, aliases));
    }, () => {}))) }; // offline without that file: the lead stays
  };

  const search = async () => {
    const mine = ++run;
    const started = performance.now();
    const q = state.q.trim();
    input.value = state.q;
    if (sort) sort.value = state.sort;
    if (from) from.value = state.from;
    if (to) to.value = state.to;
    try {
      const source = await ready;
      const parsed = parseQuery(q);
      if (state.from) parsed.dates.from = state.from;
      if (state.to) parsed.dates.to = state.to;
      const ev = await evaluate(parsed, source);
      if (mine !== run) return;
      const all = rank(ev.hits, state.sort);
      const chosen = Object.values(state.facets).some(Boolean);
      // The facet table is only needed before the first results when a facet is chosen.
      ranked = chosen ? narrow(await source.facets(), all, state.facets) : all;
      if (mine !== run) return;
      keys = ev.keys;
      const { entries, snippets } = await show(PAGE, source, mine);
      if (mine !== run) return;
      // What the page does not need to show its results waits for them and their snippets.
      const visibleDone = snippets.then(() => new Promise<void>((done) => whenIdle(done)));
      void visibleDone.then(settled);
      const ms = Math.max(1, Math.round(performance.now() - started));
      const asked = q || state.from || state.to;
      status.textContent = asked ? `${ranked.length} ${ranked.length === 1 ? 'article' : 'articles'} found · ${ms} ms` : '';
      const lines = parsed.errors.map((e) => e.message);
      for (const c of ev.corrections) lines.push(`No article has “${c.word}”; showing near spellings.`);
      if (notes) renderNotes(notes, lines);
      if (facets) {
        // Results all on screen count their own facets; more need the archive's table, after them.
        const own = !chosen && all.length <= entries.length;
        if (!own && !chosen) await visibleDone;
        const table = own ? tableOfEntries(all, entries) : await source.facets();
        if (mine !== run) return;
        renderFacets(facets, facetCounts(table, all, state.facets), ranked.length, state.facets, (f, v) => {
          state = { ...state, facets: { ...state.facets, [f]: state.facets[f] === v ? undefined : v } };
          commit(true);
        });
      }
    } catch (err) {
      if (mine !== run) return;
      settled();
      status.textContent = 'Search could not load its index. Try again, or browse the listings.';
      if (notes) renderNotes(notes, [String((err as Error).message ?? err)]);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const commit = (push: boolean) => {
    const url = location.pathname + writeState(state) + location.hash;
    if (url !== location.pathname + location.search + location.hash) {
      try {
        history[push ? 'pushState' : 'replaceState'](null, '', url);
      } catch {
        // file:// in some browsers refuses history changes; the search still runs.
      }
    }
    void search();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state = { ...state, q: input.value, facets: {} }; commit(false); }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value, from: from?.value ?? '', to: to?.value ?? '' };
    commit(true);
  });
  sort?.addEventListener('change', () => { state = { ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }; commit(true); });
  for (const d of [from, to]) d?.addEventListener('change', () => { state = { ...state, from: from?.value ?? '', to: to?.value ?? '' }; commit(true); });
  more?.addEventListener('click', async () => { await show(shown + PAGE, await ready, run); });
  window.addEventListener('popstate', () => { state = readState(location.search); void search(); });
  listKeys(input, results);
  void search();
}

/** Run `fn` once what was just drawn has been painted and the page is idle: downloads the results do not need wait their turn. */
function whenIdle(fn: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 1000 });
    else setTimeout(fn, 50);
  });
}

main();
