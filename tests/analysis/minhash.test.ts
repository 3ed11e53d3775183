import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MinHasher, estimateJaccard } from '../../src/analysis/minhash.ts';
import { lshCandidates, collisionProbability } from '../../src/analysis/lsh.ts';
import { shingleSet, normalisedWords, jaccard, fnv1a } from '../../src/analysis/shingles.ts';
import { findRelations } from '../../src/analysis/relations.ts';
import type { ArticleRecord } from '../../src/records/ArticleRecord.ts';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`);

test('MinHash estimates Jaccard similarity within a few points', () => {
  const a = new Set(Array.from({ length: 400 }, (_, i) => fnv1a(`x${i}`)));
  const b = new Set(Array.from({ length: 400 }, (_, i) => fnv1a(`x${i + 100}`))); // 300 shared of 500
  const h = new MinHasher(256, 1);
  assert.ok(Math.abs(estimateJaccard(h.signature(a), h.signature(b)) - jaccard(a, b)) < 0.1);
});

test('signatures are the same on every run (fixed seeds)', () => {
  const s = new Set([1, 2, 3, 99]);
  assert.deepEqual(new MinHasher(32, 7).signature(s), new MinHasher(32, 7).signature(s));
});

test('LSH pairs near-duplicates and leaves unrelated texts apart', () => {
  const base = words(300, 1);
  const edited = [...base.slice(0, 140), 'changed', 'words', ...base.slice(140, 290)];
  const other = words(300, 2);
  const h = new MinHasher(96, 3);
  const sigs = [base, other, edited].map((w) => h.signature(shingleSet(w, 3)));
  assert.deepEqual(lshCandidates(sigs, 32), [[0, 2]]);
});

test('the banding S-curve passes similar pairs and drops dissimilar ones', () => {
  assert.ok(collisionProbability(0.6, 32, 3) > 0.99);
  assert.ok(collisionProbability(0.05, 32, 3) < 0.01);
});

test('normalised words ignore Markdown marks, case and curly quotes', () => {
  assert.deepEqual(normalisedWords('## The *Sun’s* report'), ["the", "sun's", 'report']);
});

const rec = (slug: string, body: string, source: string | null): ArticleRecord => ({
  title: slug, date: null, time: null, timezone: null, authors: [], source, input: `${slug}.txt`, slug,
  kicker: null, standfirst: null, syndicated_from: null, credit: null, lang: 'en', words: 0, body,
});

test('versions and other coverage are found, and kept apart', () => {
  const story = words(200, 5).join(' ');
  const records = [rec('a', story, 'The Sun'), rec('b', story.replace('w', 'x'), 'The Sun'), rec('c', words(200, 9).join(' '), 'Another Paper')];
  const topics = [['izium', 'kharkiv', 'kyiv'], ['izium', 'kharkiv', 'kyiv'], ['izium', 'kharkiv', 'kyiv', 'moscow']];
  const r = findRelations(records, topics);
  assert.deepEqual(r.versions.map((l) => l.map((x) => x.other)), [[1], [0], []]);
  assert.deepEqual(r.coverage.map((l) => l.map((x) => x.other)), [[2], [2], [0, 1]]);
});
