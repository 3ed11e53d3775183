import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng, mulberry32 } from '../../src/bench/prng.ts';
import { respell } from '../../src/bench/names.ts';
import { byline, hardWrap, longDate } from '../../src/bench/layouts.ts';
import { TermCounter, tokens } from '../../src/bench/termCounter.ts';

test('mulberry32 repeats its sequence for the same seed', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  for (let i = 0; i < 100; i++) assert.equal(a(), b());
});

test('zipf draws favour the first indexes and stay in range', () => {
  const r = new Rng(1);
  const counts = new Array(10).fill(0);
  for (let i = 0; i < 10_000; i++) counts[r.zipf(10)]++;
  assert.ok(counts[0] > counts[4] && counts[4] > 0);
  assert.equal(counts.reduce((s, c) => s + c, 0), 10_000);
});

test('respell gives the y transliteration of names', () => {
  assert.equal(respell('Zelenskiy'), 'Zelensky');
  assert.equal(respell('Kupiansk'), 'Kupyansk');
  assert.equal(respell('Izium'), 'Izyum');
});

test('hardWrap keeps lines within the width and loses no word', () => {
  const text = 'Russian troops raised a white flag as they fled a lightning advance that reclaimed large swathes of territory.';
  const lines = hardWrap(text, 30);
  assert.ok(lines.every((l) => l.length <= 30));
  assert.equal(lines.join(' '), text);
});

test('bylines and dates read as pages print them', () => {
  assert.equal(byline(['A']), 'By A');
  assert.equal(byline(['A', 'B', 'C']), 'By A, B and C');
  assert.equal(longDate('2022-09-12'), '12 September 2022');
});

test('the term counter counts a term once per document', () => {
  const c = new TermCounter();
  c.add('Kyiv (Reuters) - Kyiv said');
  c.add('kyiv again');
  assert.deepEqual(tokens('Kyiv (Reuters) - 30 towns'), ['kyiv', 'reuters', '30', 'towns']);
  assert.equal(c.docFrequency('Kyiv'), 2);
  assert.equal(c.docFrequency('said'), 1);
  assert.equal(c.distinct, 4);
});
