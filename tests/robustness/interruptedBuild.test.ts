/** Ctrl-C in the middle of a build leaves the previous site untouched and no half-written output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { buildArchive } from '../../src/build/buildArchive.ts';
import { listFiles, SAMPLES } from '../helpers/buildOnce.ts';

test('an interrupted build leaves the previous site as it was and removes its staging folder', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-sigint-'));
  const out = path.join(root, 'site');
  await buildArchive({ input: SAMPLES, output: out, cacheDir: path.join(root, 'cache'), images: false });
  const before = listFiles(out);
  const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', '--input', SAMPLES, '--output', out], { stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait until the build has started writing its staging folder, then interrupt it.
  const staging = () => fs.readdirSync(root).filter((f) => f.includes('.staging-'));
  const deadline = Date.now() + 30_000;
  while (staging().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  assert.ok(staging().length > 0, 'the build created a staging folder');
  child.kill('SIGINT');
  const code = await exited;

  assert.equal(code, 130);
  assert.deepEqual(staging(), []);
  assert.deepEqual(listFiles(out), before);
  assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), home);
  fs.rmSync(root, { recursive: true, force: true });
});
