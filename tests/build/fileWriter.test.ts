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
