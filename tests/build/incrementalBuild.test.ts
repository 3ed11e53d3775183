/**
 * Rebuilds: nothing changed → the output is left as it was; one article changed → only the pages
 * that depend on it are rendered, and the result is byte-identical to a cold build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { buildArchive } from '../../src/build/buildArchive.ts';
import { listFiles, SAMPLES } from '../helpers/buildOnce.ts';

const digest = (dir: string) => listFiles(dir).map((f) => `${f} ${createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')}`);

test('a rebuild with nothing changed leaves the output untouched', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-noop-'));
  const site = path.join(root, 'site');
  const cacheDir = path.join(root, 'cache');
  await buildArchive({ input: SAMPLES, output: site, cacheDir, images: false });
  const before = fs.statSync(path.join(site, 'index.html'));
  const again = await buildArchive({ input: SAMPLES, output: site, cacheDir, images: false });
  assert.equal(again.upToDate, true);
  assert.equal(again.articles, 5);
  assert.equal(fs.statSync(path.join(site, 'index.html')).ino, before.ino, 'the same file, not a rewritten one');
  fs.rmSync(root, { recursive: true, force: true });
});

test('a rebuild after the output was damaged builds again instead of trusting it', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-damaged-'));
  const site = path.join(root, 'site');
  const cacheDir = path.join(root, 'cache');
  await buildArchive({ input: SAMPLES, output: site, cacheDir, images: false });
  fs.rmSync(path.join(site, 'search'), { recursive: true });
  let again = await buildArchive({ input: SAMPLES, output: site, cacheDir, images: false });
  assert.equal(again.upToDate, false);
  assert.ok(fs.existsSync(path.join(site, 'search')));
  // Same number of files, but the report replaced by something unreadable: still rebuilt, not trusted.
  fs.writeFileSync(path.join(site, 'report.json'), '{not json');
  again = await buildArchive({ input: SAMPLES, output: site, cacheDir, images: false });
  assert.equal(again.upToDate, false);
  assert.equal(JSON.parse(fs.readFileSync(path.join(site, 'report.json'), 'utf8')).length, 5);
  fs.rmSync(root, { recursive: true, force: true });
});

test('after one article changes, only its dependants are rendered and the site equals a cold build', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-incremental-'));
  const input = path.join(root, 'articles');
  fs.cpSync(SAMPLES, input, { recursive: true });
  const site = path.join(root, 'site');
  const cacheDir = path.join(root, 'cache');
  const first = await buildArchive({ input, output: site, cacheDir });
  const changed = fs.readdirSync(input).sort()[4]!;
  const inodes = () => new Map(listFiles(site).filter((f) => /\/(original\.txt|record\.md)$/.test(f)).map((f) => [f, fs.statSync(path.join(site, f)).ino]));
  const before = inodes();
  fs.appendFileSync(path.join(input, changed), '\nOfficials said on Friday that more details would be released later.\n');

  const incremental = await buildArchive({ input, output: site, cacheDir });
  assert.equal(incremental.upToDate, false);
  // Originals and records: the changed article's original is written again, every other one is the same file, linked.
  const after = inodes();
  const rewritten = [...after].filter(([f, ino]) => before.get(f) !== ino).map(([f]) => f);
  assert.equal(after.size, 10);
  assert.ok(rewritten.length >= 1 && rewritten.length <= 2, `rewritten: ${rewritten.join(', ')}`);
  assert.ok(rewritten.every((f) => f.startsWith(rewritten[0]!.replace(/[^/]+$/, ''))), 'only the changed article\'s files');
  assert.ok(rewritten.some((f) => f.endsWith('original.txt')), 'its new original is there');
  assert.ok(incremental.pagesReused > 0, 'some pages were reused');
  assert.ok(incremental.pages < first.pages, `rendered ${incremental.pages} of ${first.pages} paginated and fixed pages`);
  assert.equal(incremental.cardsDrawn, 0, 'the changed article kept its headline, so its card is unchanged');

  const cold = path.join(root, 'cold');
  await buildArchive({ input, output: cold, cacheDir: path.join(root, 'cold-cache') });
  assert.deepEqual(digest(site), digest(cold));
  fs.rmSync(root, { recursive: true, force: true });
});

test('pages rendered in many small Eleventy runs equal pages rendered in one', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-batches-'));
  const one = await buildArchive({ input: SAMPLES, output: path.join(root, 'one'), cacheDir: path.join(root, 'c1'), images: false });
  const many = await buildArchive({ input: SAMPLES, output: path.join(root, 'many'), cacheDir: path.join(root, 'c2'), images: false, pagesPerBatch: 3 });
  assert.equal(many.pages, one.pages, 'every page is rendered once, the single pages too');
  assert.deepEqual(digest(path.join(root, 'many')), digest(path.join(root, 'one')));
  fs.rmSync(root, { recursive: true, force: true });
});
