/**
 * Rewrites tests/fixtures/ingest/<case>/expected.md from the current extraction rules.
 * For deliberate changes only: review `git diff tests/fixtures/ingest` before committing.
 *
 *   node --import tsx scripts/regen-golden.ts            all cases
 *   node --import tsx scripts/regen-golden.ts CASE ...   only these
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/ingest/extract.ts';
import { FIXTURES, goldenCases, readRaw, renderExpected } from '../tests/ingest/golden.ts';

const wanted = process.argv.slice(2);
const cases = wanted.length ? wanted : goldenCases();
for (const name of cases) {
  writeFileSync(join(FIXTURES, name, 'expected.md'), renderExpected(extractArticle(readRaw(name))));
  console.log(`rewrote ${name}/expected.md`);
}
