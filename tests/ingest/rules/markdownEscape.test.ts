import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/ingest/rules/markdownEscape.ts';

const CASES: [string, string][] = [
  ['we’re totally f*****d', 'we’re totally f\\*\\*\\*\\*\\*d'],
  ['#StandWithUkraine trended', '\\#StandWithUkraine trended'],
  ['> not a quote', '\\> not a quote'],
  ['- not a list', '\\- not a list'],
  ['1. not a list', '1\\. not a list'],
  ['2,500 square kilometres', '2,500 square kilometres'],
  ['[Music] BeBe Winans', '\\[Music\\] BeBe Winans'],
  ['use `code` here', 'use \\`code\\` here'],
  ['snake_case stays, _emphasis_ does not', 'snake_case stays, \\_emphasis\\_ does not'],
  ['“Curly” quotes and – dashes stay', '“Curly” quotes and – dashes stay'],
  ['a <b> tag is left to the renderer', 'a <b> tag is left to the renderer'],
];

for (const [input, output] of CASES) {
  test(`escapes ${JSON.stringify(input)} as ${JSON.stringify(output)}`, () => assert.equal(escapeMarkdown(input), output));
}
