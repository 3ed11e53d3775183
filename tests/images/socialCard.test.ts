import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { cardSvg, renderCardPng, layoutHeadline, escapeXml, CARD_WIDTH, CARD_HEIGHT } from '../../src/images/socialCard.ts';

test('a card is a 1200×630 PNG', async () => {
  const png = await renderCardPng(cardSvg({ title: 'Defeated Putin Troops Flee Ukrainian Advance', source: 'MorningPress', dateLabel: '12 September 2022', siteName: 'Clippings' }));
  const meta = await sharp(png).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, CARD_WIDTH);
  assert.equal(meta.height, CARD_HEIGHT);
});

test('article text in a card is escaped, so markup in a headline cannot break the SVG', async () => {
  const svg = cardSvg({ title: '<script>alert(1)</script> & "quotes"', source: '</text><image href="x"/>', dateLabel: null, siteName: 'A & B' });
  assert.ok(!svg.includes('<script>'));
  assert.ok(!svg.includes('<image'));
  const png = await renderCardPng(svg);
  assert.equal((await sharp(png).metadata()).width, 1200);
});

test('long headlines shrink and never exceed the card', () => {
  const short = layoutHeadline('Short headline');
  const long = layoutHeadline('word '.repeat(200));
  assert.ok(short.size > long.size);
  assert.ok(long.lines.length * long.size * 1.15 <= 380);
  assert.ok(long.lines.at(-1)!.endsWith('…'));
});

test('a single unbroken word is cut to fit the line', () => {
  const { lines } = layoutHeadline('x'.repeat(500));
  assert.ok(lines.every((l) => l.length <= 45));
});

test('control characters XML forbids are dropped', () => {
  assert.equal(escapeXml('a\u0001b'), 'ab');
});
