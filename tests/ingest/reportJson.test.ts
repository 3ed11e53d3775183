import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { reportJsonParts, type IngestReportEntry } from '../../src/ingest/IngestReport.ts';

const entry = (i: number, text: string): IngestReportEntry => ({
  input: `a/${i}.txt`, status: i % 3 === 0 ? 'warning' : 'ok', messages: i % 3 === 0 ? [`a/${i}.txt: ${text}`] : [],
  fields: { title: 'first-line' }, lines: { kept: i, field: 1, dropped: 1 }, dropped: [{ line: 2, text, rule: 'share-prompt' }],
});

test('report.json written in parts is the very text of the whole report stringified at once', () => {
  fc.assert(fc.property(fc.array(fc.string(), { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (texts, perPart) => {
    const entries = texts.map((t, i) => entry(i, t));
    assert.equal([...reportJsonParts(entries, perPart)].join(''), JSON.stringify(entries, null, 2) + '\n');
  }));
});

test('a report of many entries comes in parts no larger than their share of it', () => {
  const entries = Array.from({ length: 2500 }, (_, i) => entry(i, 'Share this article'));
  const parts = [...reportJsonParts(entries)];
  assert.equal(parts.length, 3);
  assert.ok(Math.max(...parts.map((p) => p.length)) < parts.join('').length / 2);
});
