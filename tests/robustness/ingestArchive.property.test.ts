/** Property: whatever bytes arrive, ingest returns a record or a per-file error for each, and never throws. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ingestArchive, type RawFile } from '../../src/ingest/ingestArchive.ts';
import { SAMPLES } from '../helpers/buildOnce.ts';

const samples = fs.readdirSync(SAMPLES).map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));

// Raw files: random bytes, random text, and samples with lines dropped, duplicated or garbled.
const mutatedSample = fc.tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 8 }))
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [at, s] of edits) lines.splice(at % (lines.length + 1), at % 3 === 0 ? 1 : 0, s);
    return Buffer.from(lines.join(at3(edits.length)));
  });
const at3 = (n: number) => (n % 3 === 0 ? '\r\n' : '\n');
const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => Buffer.from(s)),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from('---\n' + s + '\n---\n' + s)),
  mutatedSample,
);

test('every input file comes back as a record or a per-file error, and ingest never throws', () => {
  fc.assert(
    fc.property(fc.array(rawBytes, { minLength: 1, maxLength: 6 }), (contents) => {
      const files: RawFile[] = contents.map((bytes, i) => ({ input: `f${i}.txt`, bytes }));
      const { articles, report } = ingestArchive(files);
      assert.deepEqual(report.map((e) => e.input).sort(), files.map((f) => f.input).sort());
      for (const e of report) {
        if (e.status === 'error') assert.ok(e.messages.length > 0 && e.messages.every((m) => m.startsWith(`${e.input}: `)));
        else assert.ok(articles.some((a) => a.record.input === e.input && a.record.slug === e.slug));
      }
      assert.equal(new Set(articles.map((a) => a.record.slug)).size, articles.length, 'slugs are unique');
    }),
    { numRuns: 150, seed: 20221112 },
  );
});

test('ingest gives the same records whatever order the files arrive in', () => {
  const files: RawFile[] = samples.map((s, i) => ({ input: `s${i}.txt`, bytes: Buffer.from(s) }));
  const a = ingestArchive(files);
  const b = ingestArchive([...files].reverse());
  assert.deepEqual(b.report, a.report);
  assert.deepEqual(b.articles.map((x) => x.record), a.articles.map((x) => x.record));
});
