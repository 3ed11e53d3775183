import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignSlugs, toSlug } from '../../src/records/slug.ts';

test('slugs are lower-case ASCII words joined by hyphens', () => {
  assert.equal(toSlug('Putin’s troops raise white flag & ABANDON key city'), 'putins-troops-raise-white-flag-and-abandon-key-city');
});

test('non-Latin headlines are transliterated rather than emptied', () => {
  assert.equal(toSlug('Харків звільнено'), 'kharkiv-zvilneno');
});

test('two articles with the same headline get distinct slugs', () => {
  const m = assignSlugs([{ input: 'b.txt', title: 'Storm closes coastal road' }, { input: 'a.txt', title: 'Storm closes coastal road' }]);
  assert.equal(m.get('a.txt'), 'storm-closes-coastal-road');
  assert.notEqual(m.get('b.txt'), m.get('a.txt'));
  assert.match(m.get('b.txt')!, /^storm-closes-coastal-road-[0-9a-f]{6}$/);
});

test('slugs do not depend on the order the files were read in', () => {
  const reqs = [{ input: 'x.txt', title: 'Same' }, { input: 'y.txt', title: 'Same' }, { input: 'z.txt', title: 'Other' }];
  assert.deepEqual([...assignSlugs(reqs)].sort(), [...assignSlugs([...reqs].reverse())].sort());
});

test('a slug chosen in front matter wins over one derived from a headline', () => {
  const m = assignSlugs([{ input: 'a.txt', title: 'Pier repairs' }, { input: 'b.txt', title: 'Other', wanted: 'pier-repairs' }]);
  assert.equal(m.get('b.txt'), 'pier-repairs');
  assert.notEqual(m.get('a.txt'), 'pier-repairs');
});

test('a headline with no letters falls back to the file name', () => {
  const m = assignSlugs([{ input: 'notes/2022 report.txt', title: '???' }]);
  assert.equal(m.get('notes/2022 report.txt'), 'notes-2022-report');
});

test('long headlines are cut at a word boundary', () => {
  const s = toSlug('Putin’s troops abandon huge quantities of weapons fleeing Ukrainian blitz as attackers see the beginning of the end');
  assert.ok(s.length <= 80);
  assert.equal(s, 'putins-troops-abandon-huge-quantities-of-weapons-fleeing-ukrainian-blitz-as');
});
