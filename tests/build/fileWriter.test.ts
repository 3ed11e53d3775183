import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFileWriter } from '../../src/build/fileWriter.ts';

test('the writer thread writes every queued file, making folders, and counts them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-writer-'));
  const writer = startFileWriter();
  await writer.write([{ path: path.join(dir, 'a', 'b', 'one.txt'), data: 'one — ünïcode' }, { path: path.join(dir, 'two.bin'), data: Uint8Array.from([1, 2, 3]) }]);
  await writer.write([{ path: path.join(dir, 'cache', 'entry.json'), data: '{"ok":true}' }], true);
  assert.equal(await writer.close(), 3);
  assert.equal(fs.readFileSync(path.join(dir, 'a', 'b', 'one.txt'), 'utf8'), 'one — ünïcode');
  assert.deepEqual([...fs.readFileSync(path.join(dir, 'two.bin'))], [1, 2, 3]);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'cache')), ['entry.json'], 'no temporary file is left beside an atomic write');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file that cannot be written makes close() fail with the reason', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-writer-'));
  fs.writeFileSync(path.join(dir, 'plain'), 'a file, not a folder');
  const writer = startFileWriter();
  await writer.write([{ path: path.join(dir, 'plain', 'inside.txt'), data: 'x' }]);
  await assert.rejects(writer.close(), /writing files failed: .*(ENOTDIR|EEXIST)/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a cache entry whose folder went meanwhile is written again, and one that cannot be written is left out', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-writer-cache-'));
  const writer = startFileWriter();
  await writer.write([{ path: path.join(dir, 'cache', 'v1', 'a.json'), data: 'a' }], true);
  await writer.close();
  const again = startFileWriter();
  await again.write([{ path: path.join(dir, 'cache', 'v1', 'b.json'), data: 'b' }], true);
  // Another build removes the folder this writer has already made.
  await new Promise((r) => setTimeout(r, 50));
  fs.rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, 'blocked'), 'a file where a folder would go');
  await again.write([{ path: path.join(dir, 'cache', 'v1', 'c.json'), data: 'c' }, { path: path.join(dir, 'blocked', 'd.json'), data: 'd' }], true);
  assert.equal(await again.close(), 3, 'the build goes on');
  assert.equal(fs.readFileSync(path.join(dir, 'cache', 'v1', 'c.json'), 'utf8'), 'c');
  assert.equal(fs.existsSync(path.join(dir, 'blocked', 'd.json')), false);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the writer thread hard-links files from the previous output into the new one, making folders, and counts them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-writer-link-'));
  const previous = path.join(dir, 'site');
  fs.mkdirSync(path.join(previous, 'articles', 'a'), { recursive: true });
  fs.writeFileSync(path.join(previous, 'articles', 'a', 'index.html'), '<p>a</p>');
  fs.writeFileSync(path.join(previous, 'feed.xml'), '<feed/>');
  const staging = path.join(dir, 'staging');
  const writer = startFileWriter();
  writer.link(['articles/a/index.html', 'feed.xml'], previous, staging);
  await writer.write([{ path: path.join(staging, 'articles', 'b', 'index.html'), data: '<p>b</p>' }]);
  assert.equal(await writer.close(), 3);
  const linked = fs.statSync(path.join(staging, 'articles', 'a', 'index.html'));
  assert.equal(linked.ino, fs.statSync(path.join(previous, 'articles', 'a', 'index.html')).ino, 'a link, not a copy');
  assert.equal(fs.readFileSync(path.join(staging, 'feed.xml'), 'utf8'), '<feed/>');
  fs.rmSync(dir, { recursive: true, force: true });
});
