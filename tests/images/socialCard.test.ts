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

test('articles that share a card (same headline, source and date) get it drawn once and both receive it', async () => {
  const { writeCards } = await import('../../src/build/cardCache.ts');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-cards-'));
  const text = { title: 'Storm closes coastal road', source: null, dateLabel: null, siteName: 'Clippings' };
  const files = ['a', 'b', 'c'].map((n) => path.join(dir, 'out', `${n}.png`));
  const drawn = await writeCards(files.map((file) => ({ file, text })), path.join(dir, 'cache'));
  assert.equal(drawn, 1);
  for (const f of files) assert.equal((await sharp(f).metadata()).width, 1200);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a card drawn from cached glyphs looks like the same card drawn by the SVG renderer', async () => {
  const { renderCard } = await import('../../src/images/socialCard.ts');
  const { GlyphAtlas } = await import('../../src/images/glyphAtlas.ts');
  const text = { title: 'Putin’s troops abandon huge quantities of weapons fleeing Ukrainian blitz — Ápé', source: 'The Sun', dateLabel: '12 September 2022', siteName: 'Clippings' };
  const pixels = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();
  const fromGlyphs = await pixels(await renderCard(text, new GlyphAtlas()));
  const fromSvg = await pixels(await renderCardPng(cardSvg(text)));
  let diff = 0;
  for (let i = 0; i < fromSvg.length; i++) diff += Math.abs(fromGlyphs[i]! - fromSvg[i]!);
  // Only kerning and antialiasing differ: glyphs misplaced by a few pixels would make this many times larger.
  assert.ok(diff / fromSvg.length < 6, `mean difference ${(diff / fromSvg.length).toFixed(2)} per channel`);
  // And the headline is there: dark ink in the headline's first line.
  const row = (y: number) => fromGlyphs.subarray(y * 1200 * 3, (y + 1) * 1200 * 3);
  assert.ok(row(215).some((v) => v < 80), 'ink on the first headline line');
});

test('text that needs shaping (joined scripts, combining marks, emoji) is drawn by the SVG renderer', async () => {
  const { drawableWithGlyphs } = await import('../../src/images/glyphAtlas.ts');
  const { renderCard } = await import('../../src/images/socialCard.ts');
  const { GlyphAtlas } = await import('../../src/images/glyphAtlas.ts');
  assert.equal(drawableWithGlyphs('Kupiansk retaken — “Izium” 12 Sept'), true);
  assert.equal(drawableWithGlyphs('ウクライナ軍がイジュームを奪還'), true);
  assert.equal(drawableWithGlyphs('القوات الأوكرانية'), false);
  assert.equal(drawableWithGlyphs('नई दिल्ली'), false);
  assert.equal(drawableWithGlyphs('e\u0301'), false);
  assert.equal(drawableWithGlyphs('Flags 🇺🇦'), false);
  const arabic = { title: 'القوات الأوكرانية تستعيد إيزيوم', source: null, dateLabel: null, siteName: 'Clippings' };
  assert.deepEqual(await renderCard(arabic, new GlyphAtlas()), await renderCardPng(cardSvg(arabic)));
});
