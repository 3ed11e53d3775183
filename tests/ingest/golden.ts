/**
 * Golden fixtures for ingest: `tests/fixtures/ingest/<case>/raw.txt` and `expected.md`
 * (the extraction's fields as YAML front matter, then the Markdown body).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { ExtractedFields, Extraction } from '../../src/ingest/Extraction.ts';

export const FIXTURES = new URL('../fixtures/ingest/', import.meta.url).pathname;

/** Case folder names, sorted. */
export function goldenCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'raw.txt')))
    .map((d) => d.name)
    .sort();
}

export function readRaw(name: string): string {
  return readFileSync(join(FIXTURES, name, 'raw.txt'), 'utf8');
}

/** Parses expected.md (an options object keeps gray-matter from caching). */
export function readExpected(name: string): { fields: ExtractedFields; body: string } {
  const parsed = matter(readFileSync(join(FIXTURES, name, 'expected.md'), 'utf8'), {});
  return { fields: parsed.data as ExtractedFields, body: parsed.content.trim() };
}

/**
 * A case the rules do not yet get exactly right keeps its hand-written expected.md (the truth) and
 * a `gaps.md` saying what still differs; its exact-match test is reported as a todo, not a pass.
 */
export function knownGap(name: string): string | undefined {
  const file = join(FIXTURES, name, 'gaps.md');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** The text of expected.md for an extraction. */
export function renderExpected(e: Extraction): string {
  return matter.stringify(e.body.trim() + '\n', { ...e.fields }, {});
}
