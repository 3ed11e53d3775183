import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence, endsWithPeriod, isStatLine, wordCount } from '../../../src/ingest/rules/lineShape.ts';

test('scoring summaries and line-ups are stat lines', () => {
  for (const line of [
    'Connacht: Tries: Hurley, Devlin. Cons: Carty. Pens: Carty 4.',
    'Ulster: M Lowry; R Baloucoune, S Kearney, J Hume, J Stockdale; J Flannery, N Doak; A Warwick, T Moore',
    'Replacements: D Tierney-Martin for Heffernan (55), F Devlin for Aungier (55), S Illo for Hilterbrand (60).',
  ]) assert.equal(isStatLine(line), true, line);
});

test('sentences with colons, lists and dates are not stat lines', () => {
  for (const line of [
    'Yayınlanma: 22.09.2022 14:05',
    'The council listed three options: raise fares, cut routes, or borrow; none was popular with riders.',
    'Apples, pears, plums, cherries, and grapes were sold at the market on Saturday.',
  ]) assert.equal(isStatLine(line), false, line);
});

test('a Devanagari word with vowel signs and a nukta is one word', () => {
  assert.equal(wordCount('ये भी पढ़ें: इंदौर में मेट्रो'), 6);
});

test("a sentence closed by a German or Danish quotation mark ('… solchen.«') ends a sentence", async () => {
  const { endsSentence } = await import('../../../src/ingest/rules/lineShape.ts');
  assert.ok(endsSentence('»Wir hatten mit hohen Werten gerechnet, aber nicht mit solchen.«'));
  assert.ok(!endsSentence('»Wir hatten mit hohen Werten gerechnet, aber'));
});

test("a German quote closed by '“' after the full stop ('„… wofür.“') ends a sentence, so a last paragraph ending so is kept", () => {
  assert.equal(endsSentence('Gerda Holm will hingehen. „Ich zahle, was ich zahlen muss“, sagt sie. „Aber ich möchte wissen, wofür.“'), true);
  assert.equal(endsWithPeriod('„Aber ich möchte wenigstens verstehen, wofür.“'), true);
  assert.equal(endsSentence('Der „Preisschock mit Ansage“'), false);
});
