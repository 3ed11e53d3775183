import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName } from '../../src/analysis/nameFolding.ts';

const same = (...names: string[]) => assert.equal(new Set(names.map(foldName)).size, 1, names.join(' / '));

test('transliteration variants of one name share a key', () => {
  same('Izium', 'Izyum', 'IZIUM');
  same('Kupiansk', 'Kupyansk');
  same('Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyj');
  same('Kharkiv', 'Harkiv');
  same('Balakliya', 'Balakliia');
});

test('diacritics and apostrophes do not make a new name', () => {
  same('Mariupol', 'Mariupol’', "Mariupol'");
  same('Zelenský', 'Zelensky');
});

test('different names keep different keys', () => {
  assert.notEqual(foldName('Kyiv'), foldName('Kharkiv'));
  assert.notEqual(foldName('Izium'), foldName('Kupiansk'));
});
