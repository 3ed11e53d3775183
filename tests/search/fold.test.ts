import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { foldName, nameKey, normaliseTerm, queryKeys, wordKey, loadPipeline, PIPELINE_LABELS } from '../../src/search/fold.ts';
import { termsOf } from '../../src/search/terms.ts';
import { atSentenceStart, SENTENCE_START } from '../../src/search/names.ts';

const VARIANTS = [
  ['Izium', 'Izyum'],
  ['Kupiansk', 'Kupyansk', 'Kup’yansk'],
  ['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi', 'Zelenskyy’s'],
  ['Balakliya', 'Balakleya'],
  ['Kharkiv', 'Harkiv'],
  ['Volodymyr', 'Wolodymyr'],
  ['Kyïv', 'Kyiv'],
];

test('spelling variants of a name share one name key', () => {
  for (const group of VARIANTS) {
    const keys = new Set(group.map((w) => nameKey(normaliseTerm(w))));
    assert.equal(keys.size, 1, `${group.join(' / ')} → ${[...keys].join(', ')}`);
  }
});

test('normalising strips diacritics, apostrophes and a possessive', () => {
  assert.equal(normaliseTerm('Kyïv'), 'kyiv');
  assert.equal(normaliseTerm('Zelenskyy’s'), 'zelenskyy');
  assert.equal(normaliseTerm("O'Brien"), 'obrien');
  assert.equal(normaliseTerm('Café'), 'cafe');
});

test('folding rewrites transliteration patterns', () => {
  assert.equal(foldName('izyum'), 'izium');
  assert.equal(foldName('kupyansk'), 'kupiansk');
  assert.equal(foldName('zelenskyy'), 'zelenski');
  assert.equal(foldName('balakleya'), 'balaklia');
  assert.equal(foldName('kharkiv'), 'harkiv');
});

/** Pairs of ordinary words a reader means differently; none may find the other. */
const APART = [
  ['raisin', 'raising'], ['dye', 'die'], ['lye', 'lie'], ['flyer', 'flier'], ['player', 'plier'], ['yearly', 'early'],
  ['yell', 'ell'], ['media', 'medya'], ['khaki', 'haki'], ['wine', 'vine'], ['west', 'vest'], ['stayed', 'staid'],
  ['buyer', 'buier'], ['eye', 'ei'], ['yes', 'ies'], ['lawyer', 'lawier'], ['leaves', 'lives'],
];

test('ordinary words stay apart: a query word never finds a different ordinary word', () => {
  const asIndexed = (w: string) => termsOf(w, { kind: 'index', isName: () => false })[0]!.key;
  for (const [a, b] of APART) {
    assert.ok(!queryKeys(a!).includes(asIndexed(b!)), `${a} must not find ${b}`);
    assert.ok(!queryKeys(b!).includes(asIndexed(a!)), `${b} must not find ${a}`);
  }
});

test('a query word finds both its ordinary stem and its name key', () => {
  assert.deepEqual(queryKeys('raising'), ['rais', 'rais!']);
  assert.deepEqual(queryKeys('izyum'), ['izyum', 'izium!']);
  assert.equal(wordKey('russians'), 'russian');
});

test('the pipeline loads from its labels, as the browser loads it', () => {
  const p = loadPipeline(PIPELINE_LABELS);
  assert.deepEqual(p.toJSON(), [...PIPELINE_LABELS]);
  const out = p.run(lunr.tokenizer('The Izyum’s flags')).map(String);
  assert.deepEqual(out, ['izyum', 'izium!', 'flag', 'flag!']);
});

test('terms keep their token numbers with stop words counted, for phrases', () => {
  const t = termsOf('raise the white flag', { kind: 'index', isName: () => false });
  assert.deepEqual(t.map((x) => [x.key, x.index]), [['rais', 0], ['white', 2], ['flag', 3]]);
});

test('the sentence-start check without a regex agrees with SENTENCE_START', () => {
  const alphabet = ['a', 'B', ' ', '\n', '\t', '.', '?', '“', '’', '(', '—', '-', ',', 'x'];
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let at = 0; at <= text.length; at++) {
      assert.equal(atSentenceStart(text, at), SENTENCE_START.test(text.slice(Math.max(0, at - 3), at)), JSON.stringify([text, at]));
    }
  }
});
