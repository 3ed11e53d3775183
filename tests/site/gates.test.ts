/**
 * The site's quality gates, end to end: the sample archive built under the GitHub Pages-style
 * prefix /archive/ and served there, then checked by the W3C Nu HTML checker, axe-core in
 * Chromium, a linkinator crawl from the home page and a feed reader (rss-parser).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import Parser from 'rss-parser';
import { AxeBuilder } from '@axe-core/playwright';
import { LinkChecker } from 'linkinator';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildTo, listFiles, SAMPLES } from '../helpers/buildOnce.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveFolder, type RunningServer } from '../helpers/staticServer.ts';

const require = createRequire(import.meta.url);
let site: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
/** Slug of each sample by its raw file's name prefix ('000' → slug). */
let slugs: Record<string, string>;

before(async () => {
  ({ site } = await buildTo(SAMPLES, { pathPrefix: '/archive/' }));
  server = await serveFolder(site, '/archive/');
  browser = await launchBrowser();
  context = await browser.newContext();
  const data = JSON.parse(fs.readFileSync(path.join(site, 'articles.json'), 'utf8')) as { articles: Array<{ input: string; slug: string }> };
  slugs = Object.fromEntries(data.articles.map((a) => [a.input.slice(0, 3), a.slug]));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const read = (p: string) => fs.readFileSync(path.join(site, p), 'utf8');
const articlePage = (n: string) => `articles/${slugs[n]}/index.html`;
const pageTypes = () => ['index.html', 'search/index.html', 'latest/index.html', 'dates/index.html', 'dates/undated/index.html', 'topics/index.html', 'topics/izium/index.html',
  'sources/index.html', 'authors/index.html', ...listFiles(site).filter((f) => /^articles\/.*\/index\.html$/.test(f))];

test('the Nu HTML checker finds no error on any page', () => {
  let out = '';
  try {
    execFileSync('java', ['-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--errors-only', '--skip-non-html', '--format', 'text', site], { stdio: 'pipe' });
  } catch (e) {
    out = String((e as { stderr: Buffer }).stderr);
  }
  assert.equal(out.trim(), '');
});

test('a crawl from the home page finds no broken link and reaches every article', async () => {
  const origin = new URL(server.url).origin;
  const res = await new LinkChecker().check({ path: server.url, recurse: true, linksToSkip: [`^(?!${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)`] });
  const broken = res.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} from ${l.parent}`);
  assert.deepEqual(broken, []);
  const reached = new Set(res.links.map((l) => l.url.replace(/index\.html$/, '')));
  for (const slug of Object.values(slugs)) assert.ok(reached.has(`${server.url}articles/${slug}/`), slug);
});

test('a feed reader parses the Atom feeds and finds every article', async () => {
  const feed = await new Parser().parseString(read('feed.xml'));
  assert.equal(feed.items.length, 5);
  const links = feed.items.map((i) => i.link);
  for (const slug of Object.values(slugs)) assert.ok(links.includes(`/archive/articles/${slug}/`), slug);
  const sun = await new Parser().parseString(read('sources/the-sun/feed.xml'));
  assert.ok(sun.items.length >= 2);
  const json = JSON.parse(read('feed.json')) as { items: unknown[] };
  assert.equal(json.items.length, 5);
});

test('sitemap.xml lists every article page and robots.txt points at it', () => {
  const sm = read('sitemap.xml');
  for (const slug of Object.values(slugs)) assert.ok(sm.includes(`<loc>/archive/articles/${slug}/</loc>`), slug);
  assert.match(read('robots.txt'), /^Sitemap: \/archive\/sitemap\.xml$/m);
});

test('each article page has NewsArticle JSON-LD and a 1200×630 PNG og:image', async () => {
  for (const n of Object.keys(slugs)) {
    const html = read(articlePage(n));
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    assert.equal(JSON.parse(ld!)['@type'], 'NewsArticle');
    const og = /property="og:image" content="\/archive\/([^"]+)"/.exec(html)?.[1];
    const meta = await sharp(path.join(site, og!)).metadata();
    assert.equal(`${meta.format} ${meta.width}x${meta.height}`, 'png 1200x630');
  }
});

test('samples 000 and 001 link to each other as versions, with a word diff between them', () => {
  const versionsOf = (n: string) => /<section class="related versions"[\s\S]*?<\/section>/.exec(read(articlePage(n)))?.[0] ?? '';
  assert.ok(versionsOf('000').includes(`../${slugs['001']}/index.html`));
  assert.ok(versionsOf('001').includes(`../${slugs['000']}/index.html`));
  const diffs = listFiles(site).filter((f) => f.includes('/versions/'));
  assert.equal(diffs.length, 1);
  assert.match(read(diffs[0]!), /<del>[^<]+<\/del>/);
});

test('the topic page for Izium lists all five samples and names the Izyum spelling', () => {
  const html = read('topics/izium/index.html');
  for (const slug of Object.values(slugs)) assert.ok(html.includes(`articles/${slug}/index.html`), slug);
  assert.match(html, /also spelt Izyum/);
});

test('axe-core finds no accessibility violation on any page type', async () => {
  const page = await context.newPage();
  const found: string[] = [];
  for (const p of [...pageTypes(), listFiles(site).find((f) => f.includes('/versions/'))!]) {
    await page.goto(server.url + p.replace(/index\.html$/, ''));
    const r = await new AxeBuilder({ page }).analyze();
    for (const v of r.violations) found.push(`${p}: ${v.id}`);
  }
  await page.close();
  assert.deepEqual(found, []);
});

test('every page type fits a 360 px phone without sideways scrolling', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  const wide: string[] = [];
  for (const p of pageTypes()) {
    await page.goto(server.url + p.replace(/index\.html$/, ''));
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)) wide.push(p);
  }
  await page.close();
  assert.deepEqual(wide, []);
});
