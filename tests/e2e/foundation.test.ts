/**
 * End to end: the sample archive built through the real pipeline (ingest, Eleventy, Lunr, sharp),
 * read as files and searched in real Chromium.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { buildTo, listFiles, h1Text, SAMPLES } from '../helpers/buildOnce.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveFolder, type RunningServer } from '../helpers/staticServer.ts';
import type { BuildSummary } from '../../src/build/buildArchive.ts';

const HEADLINES = [
  "Putin's troops raise white flag & ABANDON key city in face of Ukrainian onslaught as military says forces 'regrouping'",
  'Russian troops raise white flag, U.S. brands Putin’s invasion of Ukraine a ‘failure’',
  'Putin’s troops abandon huge quantities of weapons fleeing Ukrainian blitz as attackers see ‘beginning of the end’ of war',
  'Thousands of Russian soldiers “flee” after Ukraine unexpectedly takes major cities',
  'Defeated Putin Troops Flee Ukrainian Advance, Moscow Tries to Spin It Around',
];

let site: string;
let summary: BuildSummary;
let browser: Browser;
let server: RunningServer;

before(async () => {
  ({ site, summary } = await buildTo(SAMPLES));
  browser = await launchBrowser();
  server = await serveFolder(site);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const articlePages = () => listFiles(site).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

test('every sample article has a page whose only h1 is its headline', () => {
  const h1s = articlePages().map((f) => h1Text(fs.readFileSync(path.join(site, f), 'utf8')));
  assert.deepEqual([...h1s].sort(), [...HEADLINES].sort());
  for (const f of articlePages()) assert.equal(fs.readFileSync(path.join(site, f), 'utf8').match(/<h1[\s>]/g)?.length, 1);
});

test('the summary and report account for all five inputs', () => {
  assert.equal(summary.inputs, 5);
  assert.equal(summary.articles, 5);
  const report = JSON.parse(fs.readFileSync(path.join(site, 'report.json'), 'utf8'));
  assert.equal(report.length, 5);
  assert.ok(report.every((e: { status: string }) => e.status !== 'error'));
});

test('the home page lists every article, newest first, undated ones marked', () => {
  const home = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  for (const slug of articlePages().map((f) => f.split('/')[1]!)) assert.ok(home.includes(`articles/${slug}/index.html`), slug);
  const dated = home.indexOf('Russian troops raise white flag, U.S. brands');
  const undated = home.indexOf('Defeated Putin Troops Flee');
  assert.ok(dated > 0 && undated > dated, 'the dated article comes before the undated ones');
  assert.match(home, /Undated/);
});

test('each article page links to its raw original, which is published beside it', () => {
  for (const f of articlePages()) {
    const html = fs.readFileSync(path.join(site, f), 'utf8');
    assert.match(html, /href="original\.txt"/);
    assert.ok(fs.existsSync(path.join(site, path.dirname(f), 'original.txt')));
    assert.ok(fs.existsSync(path.join(site, path.dirname(f), 'record.md')));
  }
});

test('each article has a 1200×630 PNG social card named in og:image', async () => {
  for (const f of articlePages()) {
    const html = fs.readFileSync(path.join(site, f), 'utf8');
    const og = /property="og:image" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(og, `${f} has og:image`);
    const meta = await sharp(path.join(site, og!.replace(/^\//, ''))).metadata();
    assert.equal(`${meta.format} ${meta.width}x${meta.height}`, 'png 1200x630');
  }
});

async function searchResults(url: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const box = page.locator('[data-search-results]');
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 10_000 }).catch(() => {});
    return await box.locator('a').allTextContents();
  } finally {
    await page.close();
  }
}

test('searching "Izium" in Chromium lists the sample articles that mention Izium', async () => {
  const titles = await searchResults(`${server.url}search/?q=Izium`);
  const mentions = HEADLINES.filter((_, i) => i < 3); // 000, 001 and 002 spell it 'Izium'
  for (const t of mentions) assert.ok(titles.includes(t), `results include "${t}"`);
});

test('search works from a copy of the site opened from disk', async () => {
  const titles = await searchResults(pathToFileURL(path.join(site, 'search', 'index.html')).href + '?q=Izium');
  assert.ok(titles.length >= 3);
});

test('a search result link opens the article page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=raisin`);
  await page.locator('[data-search-results] a').first().click();
  await page.waitForLoadState('load');
  assert.ok(HEADLINES.includes((await page.locator('h1').textContent())!.trim()));
  await page.close();
});
