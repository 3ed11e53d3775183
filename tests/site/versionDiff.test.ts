import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderVersionDiff } from '../../src/site/versionDiff.ts';

test('a word diff marks removed and added words and keeps paragraphs', () => {
  const d = renderVersionDiff('The troops fled.\n\nThey left Izium.', 'The soldiers fled.\n\nThey left Izium.');
  assert.equal(d.html, '<p>The <del>troops</del><ins>soldiers</ins> fled.</p>\n<p>They left Izium.</p>');
  assert.deepEqual([d.removed, d.added], [1, 1]);
});

test('article text in a diff is escaped', () => {
  const html = renderVersionDiff('a <b>', 'a <script>').html;
  assert.ok(html.includes('&lt;') && !html.includes('<script') && !html.includes('<b>'), html);
});

test('curly and straight quotes are not a change', () => {
  assert.equal(renderVersionDiff('Russia’s army', "Russia's army").added, 0);
});

test('texts too different for a word diff are compared paragraph by paragraph', () => {
  const many = (seed: number) => Array.from({ length: 40 }, (_, p) => Array.from({ length: 60 }, (_, w) => `w${(p * 60 + w) * seed % 9973}`).join(' ')).join('\n\n');
  const d = renderVersionDiff(many(7), many(13));
  assert.ok(d.added > 1000 && d.removed > 1000);
  assert.match(d.html, /^<p><del>/);
});
