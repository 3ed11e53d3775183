/** The heap limit that keeps large builds under 4 GB is the same for users and for the benchmark. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BUILD_HEAP_MB } from '../../src/build/heapLimit.ts';

test('npm run build and npm start run node with the heap limit the benchmark measures', () => {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  for (const name of ['build', 'start']) {
    const m = /--max-old-space-size=\$\{CLIPPINGS_HEAP_MB:-(\d+)\}/.exec(scripts[name]!);
    assert.ok(m, `${name} sets --max-old-space-size`);
    if (!process.env.CLIPPINGS_HEAP_MB) assert.equal(Number(m[1]), BUILD_HEAP_MB);
  }
});
