import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksOf, buildTable } from '../../../src/ingest/rules/lineTable.ts';

test('the blocks of a page are its runs of lines between blank lines, every line in one block, in order', () => {
  const rows = buildTable('Headline\nBy Jane Doe\n\n\nFirst paragraph.\n\nSecond paragraph.\nThird line\n');
  assert.deepEqual(blocksOf(rows).map((b) => b.map((r) => r.text)), [['Headline', 'By Jane Doe'], ['First paragraph.'], ['Second paragraph.', 'Third line']]);
  assert.deepEqual(blocksOf(buildTable('')), []);
});
