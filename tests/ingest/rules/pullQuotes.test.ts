import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const QUOTE_IN_BODY = '"For years the industry\'s answer to LFP was basically a shrug," says Tomasz Wiercinski, a materials engineer.';

test('a quoted line repeating a sentence of the body is a pull quote, with its speaker line', () => {
  const text = ['Battery makers bet on recycling', 'By Priyanka Desai', '', PROSE, '', QUOTE_IN_BODY, '', '“For years the industry’s answer to LFP was basically a shrug.”', '— Tomasz Wiercinski, materials engineer', '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.lines.find((l) => l.text.startsWith('“For years'))?.rule, 'pull-quote-repeat');
  assert.equal(e.lines.find((l) => l.text.startsWith('— Tomasz'))?.rule, 'pull-quote-repeat');
  assert.match(e.body, /says Tomasz Wiercinski/);
});

test('a pull quote is found when the body sentence is hard-wrapped', () => {
  const text = ['Lead pipes undercounted', 'By Hannah Okoro', '', PROSE, '', '"We were guessing, and a lot of the time we were guessing', 'wrong," said Ray Dumas, who worked as an inspector.', '', '“We were guessing, and a lot of the time we were guessing wrong.”', '', PROSE2].join('\n');
  assert.equal(decision(text, '“We were'), 'pull-quote-repeat');
});

test('a quoted paragraph said once is kept', () => {
  const text = ['Lead pipes undercounted', 'By Hannah Okoro', '', PROSE, '', '“We were guessing, and a lot of the time we were guessing wrong.”', '', PROSE2].join('\n');
  assert.equal(decision(text, '“We were'), 'paragraph');
});

function decision(text: string, start: string): string | undefined {
  return extractArticle(text).lines.find((l) => l.text.startsWith(start))?.rule;
}

test('a quoted paragraph printed twice as lines of their own keeps its first copy', () => {
  const quote = '“We were guessing, and a lot of the time we were guessing wrong,” said Ray Dumas.';
  const text = ['Lead pipes undercounted', 'By Hannah Okoro', '', PROSE, '', quote, '', PROSE2, '', quote].join('\n');
  const e = extractArticle(text);
  assert.match(e.body, /guessing wrong/);
});

test("a German pull quote in »…« repeating the body is dropped, and a line closing '.«' ends its paragraph", () => {
  const text = ['Warmes Tiefenwasser frisst das Schelfeis von unten', 'Von Anna Schröder', '14.02.2025', '',
    '»Wir hatten mit hohen Werten gerechnet, aber nicht mit solchen«, sagt Oltmanns, die in Bremerhaven arbeitet.',
    'Allein die Gletscher hinter dem Schelfeis enthalten genug Eis, um den Meeresspiegel anzuheben.',
    '»Wir hatten mit hohen Werten gerechnet, aber nicht mit solchen.«',
    '»Solche Daten direkt unter dem Eis sind extrem selten«, sagt Kühl. »Sie zeigen, dass wir umdenken müssen.«'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.lines.find((l) => l.text.endsWith('solchen.«'))?.rule, 'pull-quote-repeat');
  assert.ok(e.body.includes('anzuheben.\n\n»Solche Daten'));
});

test('a quoted first line of a hard-wrapped paragraph stays in the body when the pull quote repeats it further down', () => {
  const e = extractArticle(`Teachers priced out of the capital\nBy Rita Fonseca\n12 September 2022\n\n${PROSE}\n\n"A teacher who comes from Viseu or Braga cannot pay\n800 euros for a room on the salary they earn", she said.\n\n${PROSE2}\n\n"A teacher who comes from Viseu or Braga cannot pay 800 euros for a room"\n\n${PROSE}`);
  assert.match(e.body, /A teacher who comes from Viseu or Braga cannot pay\s+800 euros for a room on the salary/u);
  assert.equal(e.lines.find((l) => l.text.endsWith('for a room"'))?.rule, 'pull-quote-repeat');
});
