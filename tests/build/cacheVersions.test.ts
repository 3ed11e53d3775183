/** Cache folders keep one code version: what older versions made is removed, not kept forever. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { versionFolder } from '../../src/build/cacheVersions.ts';
import { writeCards } from '../../src/build/cardCache.ts';

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a version folder is the only thing left in its cache root', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-versions-'));
  fs.mkdirSync(path.join(root, 'aaaaaaaaaaaaaaaa', 'ab'), { recursive: true });
  fs.writeFileSync(path.join(root, 'aaaaaaaaaaaaaaaa', 'ab', 'x.json'), '{}');
  fs.mkdirSync(path.join(root, 'cd'));
  fs.writeFileSync(path.join(root, 'stray.png'), 'old layout');
  const dir = versionFolder(root, 'bbbbbbbbbbbbbbbbcccc');
  assert.equal(dir, path.join(root, 'bbbbbbbbbbbbbbbb'));
  fs.mkdirSync(dir);
  await until(() => fs.readdirSync(root).join() === 'bbbbbbbbbbbbbbbb', 'other versions are gone');
  assert.equal(versionFolder(root, 'bbbbbbbbbbbbbbbbcccc'), dir, 'the current version is kept');
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(fs.existsSync(dir));
  fs.rmSync(root, { recursive: true, force: true });
});

test('cards drawn by another renderer are cleared from the cache when cards are drawn', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-card-versions-'));
  const cache = path.join(root, 'cache');
  fs.mkdirSync(path.join(cache, 'cards'), { recursive: true });
  fs.writeFileSync(path.join(cache, 'cards', 'f00d.png'), 'a card of an older renderer');
  await writeCards([{ file: path.join(root, 'out', 'a.png'), text: { title: 'Izium retaken', source: null, dateLabel: null, siteName: 'Clippings' } }], cache, 1);
  await until(() => !fs.existsSync(path.join(cache, 'cards', 'f00d.png')), 'the old card is gone');
  const left = fs.readdirSync(path.join(cache, 'cards'), { recursive: true }) as string[];
  assert.equal(left.filter((f) => f.endsWith('.png')).length, 1, 'the new card stays');
  fs.rmSync(root, { recursive: true, force: true });
});
