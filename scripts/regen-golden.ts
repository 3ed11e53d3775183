/**
 * Rewrites tests/fixtures/ingest/<case>/expected.md from the current extraction rules.
 * For deliberate changes only: review `git diff tests/fixtures/ingest` before committing.
 *
 *   node --import tsx scripts/regen-golden.ts                 all cases
 *   node --import tsx scripts/regen-golden.ts CASE ...        only these
 *   node --import tsx scripts/regen-golden.ts --gaps [CASE…]  never touch expected.md (hand-written truth):
 *                                                             write gaps.md where the extraction still differs,
 *                                                             remove it where it no longer does
 */
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractArticle } from '../src/ingest/extract.ts';
import { FIXTURES, goldenCases, readExpected, readRaw, renderExpected } from '../tests/ingest/golden.ts';

const gapsOnly = process.argv.includes('--gaps');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const cases = wanted.length ? wanted : goldenCases();
for (const name of cases) {
  const got = extractArticle(readRaw(name));
  if (!gapsOnly) {
    writeFileSync(join(FIXTURES, name, 'expected.md'), renderExpected(got));
    console.log(`rewrote ${name}/expected.md`);
    continue;
  }
  const want = readExpected(name);
  const diffs: string[] = [];
  for (const key of Object.keys(want.fields) as (keyof typeof want.fields)[]) {
    if (!isDeepStrictEqual(got.fields[key], want.fields[key])) {
      diffs.push(`- ${key}: extracted ${JSON.stringify(got.fields[key])}, expected ${JSON.stringify(want.fields[key])}`);
    }
  }
  if (got.body.trim() !== want.body) {
    diffs.push(`- body: differs from expected.md (scripts/eval-ingest.ts -v ${name} lists missing sentences and leaked lines)`);
  }
  const file = join(FIXTURES, name, 'gaps.md');
  if (diffs.length === 0) {
    if (existsSync(file)) {
      unlinkSync(file);
      console.log(`closed ${name}/gaps.md`);
    }
    continue;
  }
  const names = diffs.map((d) => d.slice(2, d.indexOf(':'))).join(', ');
  writeFileSync(file, `Known gap: ${names} not yet as a careful editor would have it.\n\n${diffs.join('\n')}\n`);
  console.log(`gaps ${name}: ${names}`);
}
