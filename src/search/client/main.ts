/**
 * The search page in the browser: reads ?q=, queries the prebuilt Lunr index that the page loaded
 * as a script, and lists the results with DOM text APIs (article text never goes through innerHTML).
 */
import lunr from 'lunr';

type SearchDoc = [title: string, path: string, date: string | null, source: string | null];
declare global {
  interface Window { __clippingsSearch?: { index: object; docs: SearchDoc[] } }
}

function queryIndex(index: lunr.Index, q: string): lunr.Index.Result[] {
  try {
    return index.search(q);
  } catch {
    // Lunr's syntax errors (a stray ':' or '~') should not leave the reader with nothing: search the words.
    const words = q.replace(/[:~^*+\-"]/g, ' ');
    return index.search(words);
  }
}

function render(container: Element, status: Element | null, docs: SearchDoc[], results: lunr.Index.Result[], q: string, root: string) {
  container.replaceChildren();
  if (status) status.textContent = q ? `${results.length} ${results.length === 1 ? 'article' : 'articles'} found for “${q}”` : '';
  if (!results.length) return;
  const list = document.createElement('ol');
  list.className = 'article-list';
  for (const r of results) {
    const doc = docs[parseInt(r.ref, 36)];
    if (!doc) continue;
    const [title, path, date, source] = doc;
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = root + path;
    a.textContent = title;
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [date ?? 'Undated', source].filter(Boolean).join(' · ');
    li.append(h, meta);
    list.append(li);
  }
  container.append(list);
}

function main() {
  const data = window.__clippingsSearch;
  const container = document.querySelector('[data-search-results]');
  const status = document.querySelector('[data-search-status]');
  const input = document.querySelector<HTMLInputElement>('#q');
  if (!data || !container) return;
  const root = container.getAttribute('data-site-root') ?? '../';
  const index = lunr.Index.load(data.index);
  const run = (q: string) => render(container, status, data.docs, q.trim() ? queryIndex(index, q.trim()) : [], q.trim(), root);
  const q = new URLSearchParams(location.search).get('q') ?? '';
  if (input) input.value = q;
  run(q);
}

main();
