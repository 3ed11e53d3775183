/**
 * The search page in Chromium, on the sample archive: over http, from a copy opened from disk,
 * offline after one visit, and under a GitHub Pages path prefix.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildTo, SAMPLES } from '../helpers/buildOnce.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveFolder, type RunningServer } from '../helpers/staticServer.ts';

let site: string;
let prefixed: string;
let browser: Browser;
let server: RunningServer;
let archive: RunningServer;
/** Article slug → sample number, from each record's input file name ('000_…txt'). */
const seedOf = new Map<string, string>();

before(async () => {
  ({ site } = await buildTo(SAMPLES, { images: false }));
  ({ site: prefixed } = await buildTo(SAMPLES, { images: false, pathPrefix: '/archive/' }));
  for (const slug of fs.readdirSync(path.join(site, 'articles'))) {
    const rec = path.join(site, 'articles', slug, 'record.md');
    if (fs.existsSync(rec)) seedOf.set(slug, /input: (\d{3})_/.exec(fs.readFileSync(rec, 'utf8'))![1]!);
  }
  browser = await launchBrowser();
  server = await serveFolder(site);
  archive = await serveFolder(prefixed, '/archive/');
});
after(async () => {
  await browser?.close();
  await server?.close();
  await archive?.close();
});

/** Sample numbers of the results listed after the page settles. */
async function resultSeeds(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('found'), null, { timeout: 10_000 });
  const hrefs = await page.locator('[data-search-results] a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => seedOf.get(/articles\/([^/]+)\//.exec(h)?.[1] ?? '') ?? h).sort();
}

const ALL = ['000', '001', '002', '003', '004'];
const EXPECTED: Array<[string, string[]]> = [
  ['Izium', ALL], ['Izyum', ALL], ['Kupiansk', ALL], ['Kupyansk', ALL], ['Zelenskyy', ALL],
  ['raisin', ['000', '001']], ['"white flag"', ['000', '001']], ['Konashenkov', ['001', '004']],
  ['MorningPress', ['004']], ['title:raisin', []], ['machibet777', []], ['Eugenie', []],
];

test('the sample queries find exactly the expected articles over http', async () => {
  const page = await browser.newPage();
  for (const [q, want] of EXPECTED) {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
    assert.deepEqual(await resultSeeds(page), want, q);
  }
  await page.close();
});

test('the results box holds one link per result, each naming index.html, and marks matches', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=Izyum`);
  await resultSeeds(page);
  const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 5);
  for (const l of links) assert.match(l!, /^\.\.\/articles\/[^/]+\/index\.html$/);
  assert.equal(await page.locator('[data-search-results] li').count(), 5);
  assert.ok((await page.locator('[data-search-results] mark').allTextContents()).some((t) => /Iz(y|i)um/.test(t)));
  assert.match((await page.locator('[data-search-status]').textContent())!, /5 articles found · \d+ ms/);
  await page.close();
});

test('from a copy opened from disk, search works and a result opens its article', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href + '?q=Izyum');
  assert.deepEqual(await resultSeeds(page), ALL);
  await page.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href + '?q=raisin');
  await resultSeeds(page);
  await page.locator('[data-search-results] a').first().click();
  await page.waitForLoadState('load');
  assert.match(page.url(), /^file:.*\/articles\/[^/]+\/index\.html$/);
  assert.match((await page.locator('h1').first().textContent())!, /white flag/);
  await page.close();
});

async function offlineAfterVisit(base: string): Promise<string[]> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base);
  await page.goto(`${base}search/?q=raisin`);
  await resultSeeds(page);
  await page.locator('[data-search-results] a').first().click(); // read one article: it is kept
  await page.waitForLoadState('load');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  await ctx.setOffline(true);
  await page.goto(`${base}search/?q=raisin`);
  const seeds = await resultSeeds(page);
  await page.locator('[data-search-results] a').first().click();
  await page.waitForLoadState('load');
  const h1 = await page.locator('h1').first().textContent();
  await ctx.close();
  assert.match(h1!, /white flag/, 'an article page opens offline');
  return seeds;
}

test('after one visit, search and reading work with the network off', async () => {
  assert.deepEqual(await offlineAfterVisit(server.url), ['000', '001']);
});

test('the worker keeps every document text, though its script lists only the results chunks that name them', async () => {
  const texts = fs.readdirSync(path.join(site, 'search', 'x')).length;
  assert.ok(texts >= 1);
  assert.doesNotMatch(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'), /search\/x\/[0-9a-f]{12}\.js/);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    let n = 0;
    for (const k of await caches.keys()) if (k.startsWith('clippings-shell-')) for (const r of await (await caches.open(k)).keys()) if (r.url.includes('/search/x/')) n++;
    return n;
  });
  await ctx.close();
  assert.equal(cached, texts);
});

test('under a /archive/ path prefix the worker scopes the whole site and works offline', async () => {
  assert.deepEqual(await offlineAfterVisit(archive.url), ['000', '001']);
  assert.ok(archive.requests.includes('/archive/sw.js'));
});

test('typing searches as you type, keeps ?q= in the URL, and back returns to the previous query', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=raisin`);
  assert.deepEqual(await resultSeeds(page), ['000', '001']);
  await page.locator('#q').fill('MorningPress');
  await page.locator('#q').press('Enter');
  await page.waitForFunction(() => location.search === '?q=MorningPress');
  assert.deepEqual(await resultSeeds(page), ['004']);
  await page.goBack();
  await page.waitForFunction(() => location.search === '?q=raisin');
  await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length === 2);
  assert.equal(await page.locator('#q').inputValue(), 'raisin');
  await page.locator('#q').fill('Konashenkov');
  await page.waitForFunction(() => location.search === '?q=Konashenkov');
  assert.deepEqual(await resultSeeds(page), ['001', '004']);
  await page.close();
});

test('arrow keys move from the box through the results', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=Izium`);
  await resultSeeds(page);
  await page.locator('#q').press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.ok(first && second && first !== second);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
  await page.close();
});

test('a broken query shows a note and the results for the rest; facets narrow results', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}search/?q=${encodeURIComponent('foo:raisin')}`);
  assert.deepEqual(await resultSeeds(page), ['000', '001']);
  assert.match((await page.locator('[data-search-notes]').textContent())!, /no field “foo”/);
  await page.goto(`${server.url}search/?q=Izium`);
  await resultSeeds(page);
  await page.locator('[data-search-facets] button', { hasText: 'The Sun' }).click();
  await page.waitForFunction(() => location.search.includes('source='));
  assert.deepEqual(await resultSeeds(page), ['000', '001']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without JavaScript the page says so and links to the listings', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${server.url}search/?q=raisin`);
  const html = await page.content();
  assert.match(html, /<noscript>[\s\S]*needs JavaScript[\s\S]*href="\.\.\/index\.html"/);
  await ctx.close();
});
