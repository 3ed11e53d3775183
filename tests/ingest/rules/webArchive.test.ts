import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { dropWebArchiveToolbar } from '../../../src/ingest/rules/webArchive.ts';
import { buildTable } from '../../../src/ingest/rules/lineTable.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const TOOLBAR = [
  'The Wayback Machine - https://web.archive.org/web/20230614083512/https://www.example-ledger.com/news/local/footbridge.html',
  'https://www.example-ledger.com/news/local/footbridge.html',
  'Go',
  '17 captures',
  '14 Jun 2023 - 03 Feb 2025',
  'May\tJUN\tJUL',
  'About this capture',
  'COLLECTED BY',
  'Organization: Archive Team',
  'Collection: Archive Team: URLs',
  'TIMESTAMPS',
  'loading',
].join('\n');

test("a web archive's toolbar is not the headline, and its capture dates are not the story's", () => {
  const e = extractArticle(`${TOOLBAR}\nSkip to main content\nMill Creek footbridge to close for 14 months as county approves rebuild\nBy Denise Okafor\nJun 13, 2023\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Mill Creek footbridge to close for 14 months as county approves rebuild');
  assert.equal(e.fields.date, '2023-06-13');
  assert.ok(!e.body.includes('Archive Team'));
});

test('the toolbar ends at its timestamps panel; the page under it is left alone', () => {
  const rows = buildTable(`${TOOLBAR}\nLoading…\n${PROSE}`);
  dropWebArchiveToolbar(rows);
  assert.ok(rows.slice(0, 12).every((r) => r.decision?.rule === 'web-archive-toolbar'));
  assert.equal(rows[12]!.decision, null);
});

test('without its end printed, only the lines shaped like the toolbar go', () => {
  const rows = buildTable('The Wayback Machine - https://web.archive.org/web/20230614083512/https://example.com/a\n17 captures\nCouncil approves rebuild\n' + PROSE);
  dropWebArchiveToolbar(rows);
  assert.deepEqual(rows.map((r) => r.decision?.rule ?? null), ['web-archive-toolbar', 'web-archive-toolbar', null, null]);
});

test('a page that only mentions the archive keeps its lines', () => {
  const rows = buildTable(`Council approves rebuild\n${PROSE}\nThe Wayback Machine keeps old copies of the council's pages.`);
  dropWebArchiveToolbar(rows);
  assert.ok(rows.every((r) => r.decision === null));
});
