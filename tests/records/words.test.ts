import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords, readingMinutes } from '../../src/records/words.ts';

const byRegex = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

test('words are runs of letters and digits; apostrophes and hyphens inside keep one word', () => {
  assert.equal(countWords("## Russians on the Run\n\nZelenskyy's troops don't re-take 2 cities — yet."), 11);
  assert.equal(countWords('*Credit: Channel 4*'), 3);
  assert.equal(countWords("Харків, Ізюм і Куп'янськ"), 4);
  assert.equal(countWords('東京 2022年'), 2);
  assert.equal(countWords('𝐁𝐨𝐥𝐝 text'), 2, 'letters outside the Basic Multilingual Plane');
  assert.equal(countWords(' -- \u0301 \ud800 '), 0, 'dashes, a lone combining mark and a lone surrogate are no words');
  assert.equal(countWords(''), 0);
});

test('the count is the regex count on any text', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(fc.constantFrom('a', 'Я', '7', "'", '’', '-', ' ', '\n', 'é', '\u0301', '𝐁', '\ud835', '語', '#', '*'), { maxLength: 60 }).map((a) => a.join('')),
  );
  fc.assert(fc.property(text, (s) => countWords(s) === byRegex(s)), { numRuns: 3000 });
});

test('reading time is words at 230 a minute, at least a minute', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(690), 3);
});
