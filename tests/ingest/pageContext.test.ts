import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchiveContext, pageContext } from '../../src/ingest/archiveContext.ts';
import { extractArticle } from '../../src/ingest/extract.ts';

const page = (i: number) => `Most read in News\nStory ${i} headline about the harbour\n\nThe harbour board met on Monday to discuss the plan number ${i}, officials said.\nShare this article\n`;

test("a page's context keeps only its own lines that recur in enough of the archive", () => {
  const pages = Array.from({ length: 10 }, (_, i) => page(i));
  const ctx = pageContext(pages[0]!, buildArchiveContext(pages));
  assert.deepEqual([...ctx.lineFileCounts.keys()].sort(), ['most read in news', 'share this article']);
  assert.equal(ctx.files, 10);
});

test('in an archive too small for repetition to mean anything, a page context is empty', () => {
  const pages = Array.from({ length: 4 }, (_, i) => page(i));
  assert.equal(pageContext(pages[0]!, buildArchiveContext(pages)).lineFileCounts.size, 0);
});

test('extracting with the page context drops the same repeated lines as with the whole archive context', () => {
  const pages = Array.from({ length: 10 }, (_, i) => page(i));
  const whole = buildArchiveContext(pages);
  assert.deepEqual(extractArticle(pages[3]!, pageContext(pages[3]!, whole)), extractArticle(pages[3]!, whole));
});
