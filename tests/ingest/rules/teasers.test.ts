import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('drops the teaser headlines after a "Most read" label and stops at the next sentence', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nMost read in News\n\nFAMILY'S SORROW\n\nEugenie breaks down beside cousin Zara\n\n${PROSE2}`);
  assert.ok(!e.body.includes('Eugenie'));
  assert.ok(!e.body.includes("FAMILY'S"));
  assert.ok(e.body.includes(PROSE2));
});

test('a teaser question after a label is still a teaser', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nRead More on The Sun\n\nBank Holiday CONFIRMED – when will you get a day off?\n\n${PROSE2}`);
  assert.ok(!e.body.includes('Bank Holiday'));
});

test('drops kicker and headline pairs without a label', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nSHOCK TWIST\nRussian TV host breaks ranks on live show\n\n${PROSE2}`);
  assert.ok(!e.body.includes('SHOCK TWIST'));
  assert.ok(!e.body.includes('breaks ranks'));
});

test('drops the card around a relative stamp, even a caption-like sentence glued above it', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nLuka Modric celebrates after scoring the second goal against Celta Vigo.\nSports1 year ago\n\nLuka Modric set to join Ronaldo\n`);
  assert.ok(!e.body.includes('Modric'));
});

test('an all-caps subheading followed by prose is not a teaser pair', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nRUSSIAN RETREAT\n\n${PROSE2}`);
  assert.ok(e.body.includes('## RUSSIAN RETREAT'));
});
