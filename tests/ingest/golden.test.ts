import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/extract.ts';
import { goldenCases, knownGap, readExpected, readRaw } from './golden.ts';

for (const name of goldenCases()) {
  const gap = knownGap(name);
  test(`golden case ${name} extracts the expected fields and body`, gap ? { todo: gap.split('\n')[0] } : {}, () => {
    const raw = readRaw(name);
    const got = extractArticle(raw);
    const want = readExpected(name);
    assert.deepEqual({ ...got.fields }, { ...want.fields }, 'fields');
    assert.equal(got.body.trim(), want.body, 'body');
  });

  test(`golden case ${name} accounts for every non-blank line exactly once`, () => {
    const raw = readRaw(name);
    const expected = raw.split('\n').flatMap((l, i) => (l.trim() ? [i + 1] : []));
    assert.deepEqual(extractArticle(raw).lines.map((d) => d.line), expected);
  });
}
