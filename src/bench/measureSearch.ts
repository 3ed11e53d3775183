/**
 * Search on the built site in headless Chromium, measured against the search page's contract only:
 * the page at search/?q=WORDS shows results in `[data-search-results]`, a result being an `a[href]`
 * inside it. How the page gets there (one index, lazy shards, workers) does not matter here.
 *
 * For each query: a cold load in a fresh browser context (empty cache) gives the bytes downloaded,
 * gzipped, until the first results show; then warm loads of search/?q=… in that context give the
 * time from navigation start to results rendered (performance.now() in the page, read by a
 * MutationObserver on the document), from which p50 and p95 are taken.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { serveCounting, type CountingServer } from './benchServer.ts';
import type { BenchQuery } from './chooseQueries.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// As tests/helpers/browser.ts: the network is closed here, and Chromium floods it without these flags.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One query's numbers. */
export interface QueryMeasure {
  label: string;
  q: string;
  /** Files containing the query's rarest word (from the generator's counts). */
  docs: number;
  ok: boolean;
  /** Results shown on the first cold load. */
  results: number;
  coldMs: number;
  coldBytes: number;
  coldRequests: number;
  warmMs: number[];
  error?: string;
}

export interface SearchMeasure {
  queries: QueryMeasure[];
  /** Over every warm load of every query. */
  warmP50: number | null;
  warmP95: number | null;
  coldP50: number | null;
}

/** Injected before any page script: note when the first result link appears, and tell Node at once. */
const OBSERVER = `(() => {
  const check = () => {
    if (window.__benchShownAt !== undefined) return;
    const c = document.querySelector('[data-search-results]');
    if (!c) return;
    const n = c.querySelectorAll('a[href]').length;
    if (n === 0) return;
    window.__benchShownAt = performance.now();
    window.__benchResults = n;
    if (window.__benchShown) window.__benchShown();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** The p-th percentile (0..100) by nearest rank, or null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function newContext(browser: Browser, server: CountingServer, snap: { bytes: number; requests: number }): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.exposeBinding('__benchShown', () => { snap.bytes = server.bytes; snap.requests = server.log.length; });
  await context.addInitScript(OBSERVER);
  return context;
}

/** Load search/?q=… and wait for results; resolves to the in-page time and result count. */
async function load(context: BrowserContext, url: string, timeoutMs: number): Promise<{ ms: number; results: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => (window as unknown as { __benchShownAt?: number }).__benchShownAt !== undefined, undefined, { timeout: timeoutMs, polling: 20 });
    return await page.evaluate(() => {
      const w = window as unknown as { __benchShownAt: number; __benchResults: number };
      return { ms: w.__benchShownAt, results: w.__benchResults };
    });
  } catch (e) {
    const status = await page.locator('[data-search-status]').textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`${(e as Error).message.split('\n')[0]}${status ? ` (status: ${status})` : ''}`);
  } finally {
    await page.close();
  }
}

/** Measure every query on the site in `siteDir`. */
export async function measureSearch(siteDir: string, queries: readonly BenchQuery[], o: { repeats: number; timeoutMs: number; log?: (s: string) => void }): Promise<SearchMeasure> {
  const server = await serveCounting(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const out: QueryMeasure[] = [];
  try {
    for (const query of queries) {
      const url = `${server.url}search/?q=${encodeURIComponent(query.q)}`;
      const m: QueryMeasure = { ...query, ok: false, results: 0, coldMs: 0, coldBytes: 0, coldRequests: 0, warmMs: [] };
      const snap = { bytes: 0, requests: 0 };
      const context = await newContext(browser, server, snap);
      try {
        server.reset();
        const cold = await load(context, url, o.timeoutMs);
        Object.assign(m, { ok: true, results: cold.results, coldMs: cold.ms, coldBytes: snap.bytes, coldRequests: snap.requests });
        for (let i = 0; i < o.repeats; i++) m.warmMs.push((await load(context, url, o.timeoutMs)).ms);
      } catch (e) {
        m.error = (e as Error).message;
      } finally {
        await context.close();
      }
      o.log?.(`  search "${query.q}": ${m.ok ? `${m.results} results, ${Math.round(m.coldMs)} ms cold, ${m.coldBytes} bytes` : `failed: ${m.error}`}`);
      out.push(m);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const warm = out.flatMap((m) => m.warmMs);
  return { queries: out, warmP50: percentile(warm, 50), warmP95: percentile(warm, 95), coldP50: percentile(out.filter((m) => m.ok).map((m) => m.coldMs), 50) };
}
