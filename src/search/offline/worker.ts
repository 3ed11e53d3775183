/**
 * The service worker (bundled into sw.js at the site root, so its scope is the whole site, under
 * any path prefix). It precaches the site shell and every search file listed at build time, and
 * keeps each page read: after one visit, reading and searching work with the network off.
 *
 * - Precached files (CSS, scripts, search index, the texts the results chunks name): cache first; a new build has a new VERSION,
 *   so a new worker installs a fresh cache and drops the old one.
 * - Pages: network first (always the newest), stored as they are read; offline, the stored copy,
 *   matched without its query (`search/?q=x` → `search/`) and with or without `index.html`.
 */

declare const __VERSION__: string;
declare const __PRECACHE__: string[];

interface ExtendableEvent extends Event { waitUntil(p: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(r: Promise<Response>): void }
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
}
const sw = self as unknown as WorkerScope;

const SHELL = `clippings-shell-${__VERSION__}`;
const PAGES = 'clippings-pages';

/**
 * The per-document text files (search/x/ID.js, one per article) are too many to list in this
 * script; their names are read from the results chunks (search/d/*.js) once those are cached.
 */
async function textFiles(cache: Cache): Promise<string[]> {
  const out = new Set<string>();
  for (const f of __PRECACHE__.filter((p) => p.startsWith('search/d/'))) {
    const text = await (await cache.match(new URL(f, sw.location.href).href))?.text();
    if (!text) continue;
    const json = text.slice(text.indexOf(',') + 1, text.lastIndexOf(')'));
    for (const entry of JSON.parse(json) as unknown[][]) out.add(`search/x/${String(entry[5])}.js`);
  }
  return [...out];
}

sw.addEventListener('install', (e) => {
  e.waitUntil(caches.open(SHELL)
    .then(async (c) => {
      await c.addAll(__PRECACHE__);
      const texts = await textFiles(c);
      for (let i = 0; i < texts.length; i += 200) await c.addAll(texts.slice(i, i + 200));
    })
    .then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('clippings-shell-') && k !== SHELL).map((k) => caches.delete(k))))
    .then(() => sw.clients.claim()));
});

/** The same page under its other names: `a/` and `a/index.html`. */
function twins(url: URL): string[] {
  const u = new URL(url.href);
  u.search = '';
  u.hash = '';
  const href = u.href;
  if (href.endsWith('/')) return [href, href + 'index.html'];
  if (href.endsWith('/index.html')) return [href, href.slice(0, -'index.html'.length)];
  return [href];
}

async function fromCache(request: Request): Promise<Response | undefined> {
  for (const href of twins(new URL(request.url))) {
    const hit = await caches.match(href, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

async function page(request: Request): Promise<Response> {
  try {
    const res = await fetch(request);
    if (res.ok) {
      const copy = res.clone();
      const u = new URL(request.url);
      u.search = '';
      caches.open(PAGES).then((c) => c.put(u.href, copy)).catch(() => {});
    }
    return res;
  } catch (err) {
    return (await fromCache(request)) ?? (await caches.match(new URL('404.html', sw.location.href).href)) ?? Promise.reject(err);
  }
}

async function asset(request: Request): Promise<Response> {
  const hit = await fromCache(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) {
    const copy = res.clone();
    caches.open(PAGES).then((c) => c.put(request, copy)).catch(() => {});
  }
  return res;
}

sw.addEventListener('fetch', (e) => {
  const { request } = e;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
  e.respondWith(isPage ? page(request) : asset(request));
});
