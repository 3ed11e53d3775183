import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchiveContext, isArchiveFurniture } from '../../src/ingest/archiveContext.ts';
import { extractArticle } from '../../src/ingest/extract.ts';

const story = (n: number): string =>
  `Headline number ${n} about the war in Ukraine\n\nGet the Morning Briefing\n\nThe army said it had recaptured ${n} villages on Monday, officials in Kyiv said.\n\nThe city was a major Russian bastion in the area and its defeat could mark a turning point.`;

test('counts each line once per file, normalising case and spacing', () => {
  const ctx = buildArchiveContext(['Share\nShare\nA', '  share \nB']);
  assert.equal(ctx.files, 2);
  assert.equal(ctx.lineFileCounts.get('share'), 2);
});

test('a short line recurring across a big enough archive is furniture', () => {
  const ctx = buildArchiveContext([1, 2, 3, 4, 5, 6].map(story));
  assert.ok(isArchiveFurniture('Get the Morning Briefing', ctx));
  const e = extractArticle(story(1), ctx);
  assert.ok(!e.body.includes('Morning Briefing'));
  assert.equal(e.lines.find((l) => l.text.includes('Morning Briefing'))?.rule, 'repeated-across-archive');
});

test('repetition means nothing in a small archive', () => {
  const ctx = buildArchiveContext([1, 2, 3].map(story));
  assert.ok(!isArchiveFurniture('Get the Morning Briefing', ctx));
});

test('real sentences shared by versions of one story are never furniture', () => {
  const ctx = buildArchiveContext([1, 2, 3, 4, 5, 6].map(story));
  assert.ok(!isArchiveFurniture('The city was a major Russian bastion in the area and its defeat could mark a turning point.', ctx));
  assert.ok(extractArticle(story(2), ctx).body.includes('major Russian bastion'));
});
