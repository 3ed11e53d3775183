import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('re-joins a sentence hard-wrapped across lines', () => {
  const e = extractArticle(`${HEAD}Ukrainian officials said their troops had retaken more than 30 towns and\nvillages in the Kharkiv region in less than a week.`);
  assert.equal(e.body, 'Ukrainian officials said their troops had retaken more than 30 towns and villages in the Kharkiv region in less than a week.');
});

test('keeps a full-width wrapped line that ends a sentence inside its paragraph', () => {
  const lines = [
    'Russian forces have abandoned the city of Izium in eastern Ukraine, the',
    'most significant setback for the Kremlin since the spring in the war. The',
    'city had served as a logistics hub for the offensive in the Donbas area.',
    'Analysts were surprised.',
  ];
  const e = extractArticle(HEAD + lines.join('\n'));
  assert.equal(e.body.split('\n\n').length, 1);
});

test('lines ending sentences without blank lines between them are separate paragraphs', () => {
  const e = extractArticle(`${HEAD}Residents of villages east of Kharkiv began returning home on Tuesday, days after the retreat of Russian forces from the area.\nMany found their houses damaged or looted, and electricity and water supplies have yet to be restored in most places.`);
  assert.equal(e.body.split('\n\n').length, 2);
});

test('a paragraph split by an advert mid-sentence is joined again', () => {
  const e2 = extractArticle(`${HEAD}The ministry said the troops would be sent to the\n\nAdvertisement\n\nregion of Donetsk, where fighting continues, officials said.`);
  assert.equal(e2.body, 'The ministry said the troops would be sent to the region of Donetsk, where fighting continues, officials said.');
});

test('bulleted lines become a Markdown list', () => {
  const lead = 'Ukraine has made rapid gains in the north-east over the past week, officials said.';
  const e = extractArticle(`${HEAD}${lead}\n\nKey developments:\n• Izium has been recaptured\n• Kupiansk is back under Ukrainian control`);
  assert.equal(e.body, `${lead}\n\nKey developments:\n\n- Izium has been recaptured\n- Kupiansk is back under Ukrainian control`);
});

test('lines that each end a sentence are paragraphs of their own, not a hard-wrapped block', () => {
  const lines = [
    'Traffic police said the Minto Bridge and Pul Prahladpur underpasses were closed for several hours.',
    'Officials said pumps had been deployed at 30 waterlogging hotspots across the city.',
    'The India Meteorological Department has forecast more rain through Wednesday.',
  ];
  assert.equal(extractArticle(`${HEAD}${lines.join('\n')}`).body, lines.join('\n\n'));
});

test('lines numbered 1., 2., 3. in a row are an ordered list', () => {
  const e = extractArticle(`${HEAD}Here is what it means for your bills today.\n\n1. The typical household will pay less.\n2. The cap limits the unit price.\n3. Standing charges stay the same.`);
  assert.ok(e.body.endsWith('1. The typical household will pay less.\n2. The cap limits the unit price.\n3. Standing charges stay the same.'), e.body);
});

test('a dialogue dash before a sentence is a quote, not a bullet', () => {
  const e = extractArticle(`${HEAD}– Inflationen är för hög och riskerar att bita sig fast, säger riksbankschefen Stefan Ingves.`);
  assert.equal(e.body, '– Inflationen är för hög och riskerar att bita sig fast, säger riksbankschefen Stefan Ingves.');
});

test("a lone hyphen-led quote with its attribution ('- …, siger borgmester …') is a paragraph, not a one-item list", () => {
  const e = extractArticle(HEAD + 'Det bliver en hård vinter for økonomien i kommunen, og byrådet skal finde besparelser.\n\n' +
    '- Det er ikke sjove forslag, og nogle af dem kommer til at gøre ondt, siger borgmester Kasper Lund.\n\nHan peger på stigende udgifter til det specialiserede socialområde.\n');
  assert.ok(e.body.includes('\\- Det er ikke sjove forslag'));
  assert.ok(!e.lines.some((l) => l.role === 'list-item'));
});

test("the short lines under a 'Highlights' label are the story's summary points, kept as a list", () => {
  const e = extractArticle(HEAD + 'Highlights\nCabinet expansion likely after the budget session\nFive new ministers may be named\n\n' +
    'Ukrainian forces pushed deeper into the Kharkiv region on Monday, officials said.\n');
  assert.ok(e.body.includes('- Cabinet expansion likely after the budget session\n- Five new ministers may be named'));
  assert.ok(!e.body.includes('Highlights'));
});

test("on a page with footnotes, a line ending with a note's number after its full stop ('… by 1981.1') ends its paragraph", () => {
  const text = ['The fourplex ban nobody voted for', 'By Dana Kowalczyk', 'Mar 14, 2025',
    'It is the product of a single ordinance, passed as a "temporary" measure to deal with a sewer problem that was fixed by 1981.1',
    'The ordinance was never repealed.', 'Next Tuesday the city council will finally vote on whether to undo it, and I want to explain why.',
    '1', 'See the council minutes for June 11, 1974, in the city archive.', '2', 'This counts demolitions of fourplexes replaced by houses.'].join('\n');
  assert.ok(extractArticle(text).body.includes('fixed by 1981.1\n\nThe ordinance was never repealed.'));
});

test('in text that is not hard-wrapped, a short line over a long paragraph is its own block, not the paragraph\'s start', () => {
  const page = `Ferry fares rise again\nBy Jane Doe\n\n${PROSE}\n\nPetals on the verges\nAnti-personnel mines scattered from the air can lie for years in the grass along the roads, the service said on Monday.\n\n${PROSE2}\n`;
  const body = extractArticle(page).body;
  assert.ok(!body.includes('Petals on the verges Anti-personnel'), body);
  assert.ok(body.includes('Petals on the verges'));
});

test("a lead-in ending in a colon and the label-and-value lines under it stay separate lines", () => {
  const page = `Ferry operator beats forecasts\nBy Jane Doe\n\n${PROSE}\n\nHere's how the operator did, compared with what analysts were expecting:\nEarnings per share: 62 cents adjusted vs. 55 cents expected\nRevenue: $1.21 billion vs. $1.18 billion expected\n\n${PROSE2}\n`;
  const body = extractArticle(page).body;
  assert.ok(!body.includes('expecting: Earnings') && !body.includes('expected Revenue'), body);
});
