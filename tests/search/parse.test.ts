import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search/query/parse.ts';

const brief = (q: string) => parseQuery(q).clauses.map((c) => `${c.presence === 'must' ? '+' : c.presence === 'not' ? '-' : ''}${c.field ? c.field + ':' : ''}${c.kind === 'phrase' ? `"${c.text}"` : c.text}`);

test('words, phrases, + and - and fields parse into clauses', () => {
  const cases: Array<[string, string[]]> = [
    ['Izium', ['Izium']],
    ['"white flag"', ['"white flag"']],
    ['+izium -raisin', ['+izium', '-raisin']],
    ['title:raisin', ['title:raisin']],
    ['-title:"white flag" author:Tahir', ['-title:"white flag"', 'author:Tahir']],
    ['headline:flag by:Tahir', ['title:flag', 'author:Tahir']],
    ['+ - ""', []],
  ];
  for (const [q, want] of cases) assert.deepEqual(brief(q), want, q);
});

test('date filters become inclusive calendar ranges', () => {
  assert.deepEqual(parseQuery('year:2022').dates, { from: '2022-01-01', to: '2022-12-31' });
  assert.deepEqual(parseQuery('from:2022-09-01 to:2022-09-30').dates, { from: '2022-09-01', to: '2022-09-30' });
  assert.deepEqual(parseQuery('from:2022-09').dates, { from: '2022-09-01' });
  assert.deepEqual(parseQuery('to:2024-02').dates, { to: '2024-02-29' });
});

test('an unknown field is an error with its place, and its words are still searched', () => {
  const p = parseQuery('kyiv foo:bar');
  assert.deepEqual(brief('kyiv foo:bar'), ['kyiv', 'foo', 'bar']);
  assert.equal(p.errors.length, 1);
  assert.deepEqual([p.errors[0]!.start, p.errors[0]!.end], [5, 12]);
  assert.match(p.errors[0]!.message, /no field “foo”/);
});

test('a bad date and an unclosed quote are errors, never exceptions', () => {
  assert.match(parseQuery('year:20x2').errors[0]!.message, /not a date/);
  assert.match(parseQuery('from:2022-13-01').errors[0]!.message, /not a date/);
  const p = parseQuery('"white flag');
  assert.deepEqual(brief('"white flag'), ['"white flag"']);
  assert.match(p.errors[0]!.message, /closing quote/);
  for (const q of [':', '::', 'title:', '"', '+"', 'a:b:c', '-:-', '(', '~2', '*']) assert.doesNotThrow(() => parseQuery(q), q);
});
