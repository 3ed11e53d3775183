/**
 * Properties that hold for any input: extraction never throws, never falls back to its safety
 * net, and accounts for every non-blank line exactly once, in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractArticle } from '../../src/ingest/extract.ts';
import { buildArchiveContext } from '../../src/ingest/archiveContext.ts';
import { explainExtraction } from '../../src/ingest/explain.ts';

const DIR = new URL('../../articles/', import.meta.url).pathname;
const SAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(DIR + f, 'utf8'));
const CONTEXT = buildArchiveContext([...SAMPLES, ...SAMPLES]);

function checkInvariants(text: string): void {
  const e = extractArticle(text, CONTEXT);
  const nonBlank = text.split('\n').flatMap((l, i) => (l.trim() ? [i + 1] : []));
  assert.deepEqual(e.lines.map((d) => d.line), nonBlank);
  assert.ok(!e.warnings.some((w) => w.startsWith('extraction rules failed')), e.warnings.join('; '));
  for (const d of e.lines) assert.ok(['kept', 'field', 'dropped'].includes(d.fate) && d.rule !== '');
  assert.equal(typeof e.body, 'string');
  assert.ok(Array.isArray(e.fields.authors));
  if (e.fields.date !== null) assert.match(e.fields.date, /^\d{4}-\d{2}-\d{2}$/);
  if (e.fields.time !== null) assert.match(e.fields.time, /^\d{2}:\d{2}$/);
  assert.equal(typeof explainExtraction(e), 'string');
}

/** Line-level mutations of a sample: drop, duplicate, swap, glue, insert noise. */
const mutatedSample = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 }), fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 12 }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [at, kind, noise] of edits) {
      const i = at % Math.max(1, lines.length);
      const line = lines[i] ?? '';
      if (kind === 0) lines.splice(i, 1);
      else if (kind === 1) lines.splice(i, 0, line);
      else if (kind === 2) lines[i] = line + (lines[i + 1] ?? '');
      else if (kind === 3) lines.splice(i, 0, noise);
      else lines[i] = line.slice(0, noise.length) + noise + line.slice(noise.length);
    }
    return lines.join('\n');
  });

test('extractArticle never throws and accounts for every line of arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkInvariants), { numRuns: 300 });
});

test('extractArticle never throws on arbitrary multi-line text built from article-like pieces', () => {
  const piece = fc.constantFrom(
    'By ', 'Credit: ', 'Advertisement', 'Most read in News', '\n', '\n\n', ' | ', ' - ', 'ON THE RUN', '2 months ago', '12 Sep 2022',
    '“', '”', '*', '#', '(', ')', 'Published', 'Image caption,', 'Source: ', 'This article appeared in ', '.', 'The Sun / CNN',
    'Ukraine says its forces have retaken the city, officials said.', 'Reporting by A B; Editing by C D', '• ', '1. ',
  );
  fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((a) => a.join('')), checkInvariants), {
    numRuns: 300,
  });
});

test('extractArticle never throws on mutated sample texts', () => {
  fc.assert(fc.property(mutatedSample, checkInvariants), { numRuns: 200 });
});

test('extractArticle accepts non-string input from untyped callers without throwing', () => {
  for (const bad of [undefined, null, 42, {}]) {
    const e = extractArticle(bad as unknown as string);
    assert.equal(typeof e.body, 'string');
  }
});
