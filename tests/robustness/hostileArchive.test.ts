/**
 * Nothing lost, nothing injected: a hostile archive builds through the real pipeline, every input
 * is accounted for, article text never runs as code, nothing is written outside the output, and
 * two builds are byte-identical.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { buildArchive, type BuildSummary } from '../../src/build/buildArchive.ts';
import { writeHostileArchive, EXPECTED_ERRORS, type HostileArchive } from '../helpers/hostileArchive.ts';
import { listFiles } from '../helpers/buildOnce.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveFolder } from '../helpers/staticServer.ts';
import type { IngestReportEntry } from '../../src/ingest/IngestReport.ts';

let archive: HostileArchive;
let root: string;
let outA: string;
let outB: string;
let summary: BuildSummary;
let report: IngestReportEntry[];
let browser: Browser;

before(async () => {
  archive = writeHostileArchive();
  root = path.dirname(archive.dir);
  outA = path.join(root, 'out', 'a');
  outB = path.join(root, 'out', 'b');
  summary = await buildArchive({ input: archive.dir, output: outA, cacheDir: path.join(root, 'cache') });
  await buildArchive({ input: archive.dir, output: outB, cacheDir: path.join(root, 'cache-b') });
  report = JSON.parse(fs.readFileSync(path.join(outA, 'report.json'), 'utf8'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const entry = (input: string) => report.find((e) => e.input === input);
const pageText = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.html')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

test('the report has exactly one entry per input file, links included', () => {
  const inputs = fs.readdirSync(archive.dir).sort();
  assert.deepEqual(report.map((e) => e.input).sort(), inputs);
  assert.equal(summary.inputs, inputs.length);
});

test('each broken input is an error whose message names the file and the reason', () => {
  for (const [file, reason] of Object.entries(EXPECTED_ERRORS)) {
    const e = entry(file);
    assert.equal(e?.status, 'error', file);
    assert.ok(e!.messages.some((m) => m.startsWith(`${file}: `) && reason.test(m)), `${file}: ${e!.messages.join(' | ')}`);
  }
  assert.equal(summary.errors, Object.keys(EXPECTED_ERRORS).length);
});

test('good articles in odd encodings, odd names and colliding headlines are all published', () => {
  for (const f of ['latin1.txt', 'utf16.txt', 'bom-crlf.txt', 'long-line.txt', 'name with spaces.txt', 'новини.txt', '.hidden-leading-dot.txt', 'dup-a.txt', 'dup-b.txt', 'inside-link.txt', 'injection.txt', 'slug-escape.txt']) {
    assert.ok(entry(f)?.slug, `${f} published`);
    assert.ok(fs.existsSync(path.join(outA, 'articles', entry(f)!.slug!, 'index.html')), `${f} has a page`);
  }
  assert.match(entry('latin1.txt')!.messages.join(), /Windows-1252/);
});

test('two articles with the same headline get distinct, stable URLs', () => {
  const slugs = ['dup-a.txt', 'dup-b.txt', 'inside-link.txt'].map((f) => entry(f)!.slug);
  assert.equal(new Set(slugs).size, 3);
  assert.equal(slugs[0], 'storm-closes-coastal-road');
});

test('a Latin-1 article shows its accented letters', () => {
  assert.ok(visible(pageText(outA)).includes('Harbour café reopens after storm damage'));
});

test('BOM and CRLF leave no trace in the pages', () => {
  const html = pageText(outA);
  assert.ok(!html.includes('\r'));
  assert.ok(!html.includes('\ufeff'));
});

test('template syntax in article text and front matter shows literally', () => {
  const text = visible(pageText(outA));
  assert.ok(text.includes('{{ 7*7 }}'));
  assert.ok(text.includes('{% raw %}'));
  assert.ok(!/Mayor says 49/.test(text));
});

test('markup in article text is escaped wherever it appears', () => {
  const html = pageText(outA);
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!/<img[^>]+onerror/i.test(html));
  assert.ok(!/<iframe/i.test(html));
  assert.ok(!/href=["']\s*javascript:/i.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('every page carries a CSP that allows no inline script, and has none', () => {
  for (const f of listFiles(outA).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(outA, f), 'utf8');
    assert.match(html, /http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'[;"]/, f);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/gi)].filter((m) => !/application\/ld\+json/.test(m[1]!));
    assert.equal(inline.length, 0, `${f} has an inline script`);
  }
});

test('hostile slugs and permalinks never write outside the output folder', () => {
  const everything = [root, process.cwd()].flatMap((d) => fs.readdirSync(d, { recursive: true }).map(String).map((f) => path.join(d, f)));
  const escaped = everything.filter((f) => /escaped-(outside|absolute|permalink)/.test(f) && !f.includes('node_modules'))
    .filter((f) => ![outA, outB].some((o) => f.startsWith(o + path.sep)));
  assert.deepEqual(escaped, []);
  assert.ok(fs.existsSync(path.join(outA, 'articles', 'escaped-outside', 'index.html')), 'sanitised slug is used inside the site');
});

test('a symbolic link out of the input folder is not followed', () => {
  assert.ok(!visible(pageText(outA)).includes('Secret outside the archive'));
});

test('two builds of the same input are byte-identical', () => {
  const digest = (dir: string) => listFiles(dir).map((f) => `${f} ${createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')}`);
  assert.deepEqual(digest(outB), digest(outA));
});

test('--strict turns ingest errors into a non-zero exit; without it the build succeeds', () => {
  const run = (...extra: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', '--input', archive.dir, '--output', path.join(root, 'out', 'cli'), '--no-images', ...extra], { encoding: 'utf8' });
  const plain = run();
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /empty\.txt: empty file/);
  const strict = run('--strict');
  assert.notEqual(strict.status, 0);
  assert.match(strict.stderr, /--strict/);
});

test('no script from article text runs on any page in Chromium', async () => {
  const server = await serveFolder(outA);
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  try {
    for (const f of listFiles(outA).filter((f) => f.endsWith('.html'))) {
      await page.goto(server.url + f.split('/').map(encodeURIComponent).join('/'));
    }
    await page.goto(`${server.url}search/?q=${encodeURIComponent('mayor script alert')}`);
    await page.waitForTimeout(500);
  } finally {
    await page.close();
    await server.close();
  }
  assert.equal(dialogs, 0);
});
