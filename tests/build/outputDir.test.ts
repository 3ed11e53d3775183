/** The output swap: the new site is in place at once, the old one is removed without holding the build up. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeStaging, swapIntoPlace } from '../../src/build/outputDir.ts';

const entries = (dir: string) => fs.readdirSync(dir).sort();

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function siteWith(dir: string, files: number, text: string): void {
  for (let i = 0; i < files; i++) {
    fs.mkdirSync(path.join(dir, 'articles', `a${i}`), { recursive: true });
    fs.writeFileSync(path.join(dir, 'articles', `a${i}`, 'index.html'), text);
  }
}

test('a swap puts the new site in place and the old one is removed in the background', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-swap-'));
  const out = path.join(root, 'site');
  siteWith(out, 200, 'old');
  const staging = await makeStaging(out);
  siteWith(staging, 3, 'new');
  await swapIntoPlace(staging, out);
  // The new site is whole the moment the swap returns.
  assert.deepEqual(entries(path.join(out, 'articles')), ['a0', 'a1', 'a2']);
  assert.equal(fs.readFileSync(path.join(out, 'articles', 'a0', 'index.html'), 'utf8'), 'new');
  await until(() => entries(root).join() === 'site', 'the retired site is gone');
  fs.rmSync(root, { recursive: true, force: true });
});

test('a retired site left by a build that died before removing it goes with the next build', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-swap-'));
  const out = path.join(root, 'site');
  siteWith(out, 1, 'current');
  const leftover = path.join(root, '.site.old-1234-1');
  siteWith(leftover, 50, 'old');
  const unrelated = path.join(root, '.other.old-1234-1');
  siteWith(unrelated, 1, 'not ours');
  const staging = await makeStaging(out);
  await until(() => !fs.existsSync(leftover), 'the leftover is gone');
  assert.ok(fs.existsSync(path.join(unrelated, 'articles', 'a0', 'index.html')), "another output's folder is left alone");
  assert.equal(fs.readFileSync(path.join(out, 'articles', 'a0', 'index.html'), 'utf8'), 'current');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
});
