import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { joinDropCaps } from '../../../src/ingest/rules/dropCap.ts';
import { buildTable } from '../../../src/ingest/rules/lineTable.ts';
import { PROSE } from './helpers.ts';

test("a drop cap on its own line goes back on its word", () => {
  const e = extractArticle(`The river that forgot its name\nBy Helena Marsh\n\n${PROSE}\n\nT\nhe river runs under the car park of a discount supermarket, and you can hear it.`);
  assert.ok(e.body.includes('The river runs under the car park'), e.body);
});

test("'I' and 'A' before a whole word stay words of their own", () => {
  const rows = buildTable('I\nfirst went down into the culvert in February.\n\nA\nfter the storm the water rose.\n\nThe first storm came after the thaw.');
  joinDropCaps(rows);
  assert.equal(rows[1]!.text, 'I first went down into the culvert in February.');
  assert.equal(rows[3]!.text, 'After the storm the water rose.');
  assert.equal(rows[0]!.decision?.rule, 'drop-cap');
});

test('a lone letter set apart by a blank line, or over a capitalised line, is left alone', () => {
  const rows = buildTable('X\n\nhe said nothing.\nA\nAnother line of text.');
  joinDropCaps(rows);
  assert.ok(rows.every((r) => r.decision === null));
  assert.equal(rows[1]!.text, 'he said nothing.');
});

test('the paragraph a drop cap opens does not run on from the caption above it', () => {
  const e = extractArticle(`The river that forgot its name\nBy Helena Marsh\n\n${PROSE}\n\nThe Tarrow emerges from its culvert for the first time since 1923. Callum Reid\nT\nhe river runs under the car park of a discount supermarket, and you can hear it.`);
  assert.ok(/\n\nThe river runs/.test(e.body), e.body);
});
