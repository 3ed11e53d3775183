/**
 * A record on disk: YAML front matter (every ArticleRecord field but the body, in a fixed order)
 * followed by the Markdown body. Written and read with gray-matter; validated with zod on read.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { ArticleRecord } from './ArticleRecord.ts';
import { isCalendarDate } from './calendarDate.ts';

const FIELD_ORDER = [
  'title', 'date', 'time', 'timezone', 'authors', 'source', 'kicker', 'standfirst', 'syndicated_from',
  'credit', 'lang', 'words', 'input', 'slug',
] as const satisfies ReadonlyArray<Exclude<keyof ArticleRecord, 'body'>>;

const nullableText = z.string().nullable();
export const recordSchema = z.object({
  title: z.string().min(1),
  date: z.string().refine(isCalendarDate, 'date must be YYYY-MM-DD').nullable(),
  time: nullableText.default(null),
  timezone: nullableText.default(null),
  authors: z.array(z.string()),
  source: nullableText,
  input: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be URL-safe'),
  kicker: nullableText.default(null),
  standfirst: nullableText.default(null),
  syndicated_from: nullableText.default(null),
  credit: nullableText.default(null),
  lang: nullableText.default(null),
  words: z.number().int().nonnegative(),
  body: z.string(),
});

// Dates stay strings in both directions (no YAML timestamps, so no time zone can shift them).
const engines = {
  yaml: {
    parse: (s: string) => yaml.load(s, { schema: yaml.CORE_SCHEMA }) as object,
    stringify: (o: object) => yaml.dump(o, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true }),
  },
};

// gray-matter's types do not describe custom engines with stringify; the runtime does.
const GRAY_MATTER_OPTIONS = { engines } as unknown as Parameters<typeof matter>[1] & Parameters<typeof matter.stringify>[2];

/** The record as Markdown with front matter. */
export function recordToMarkdown(record: ArticleRecord): string {
  const data: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) data[k] = record[k];
  const body = record.body.endsWith('\n') ? record.body : record.body + '\n';
  return matter.stringify(body, data, GRAY_MATTER_OPTIONS);
}

/** Parse and validate a record file; throws with the field that is wrong. */
export function recordFromMarkdown(text: string): ArticleRecord {
  const { data, content } = matter(text, GRAY_MATTER_OPTIONS);
  return recordSchema.parse({ ...data, body: content.replace(/^\n/, '') });
}
