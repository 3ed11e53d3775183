/**
 * The one record type that flows through everything after ingest: pages, feeds,
 * search and cards all read an ArticleRecord, never the raw text.
 *
 * On disk a record is a Markdown file with YAML front matter (see `src/records/write.ts`);
 * the front matter is every field below except `body`.
 */
export interface ArticleRecord {
  /** The headline alone (no outlet suffix, kicker or date prefix). */
  title: string;
  /** Calendar date of publication, 'YYYY-MM-DD', or null when the text shows none. Never the build's clock. */
  date: string | null;
  /** Local time of publication as printed, 'HH:MM', when the page gives one. */
  time: string | null;
  /** Time zone as printed ('BST', '+02:00', 'UTC'), when the page gives one. */
  timezone: string | null;
  /** Writers of the piece (never people quoted in it), roles stripped. */
  authors: string[];
  /** Publisher, or null when the text does not say. */
  source: string | null;
  /** The raw file's path relative to the input folder, with '/' separators. */
  input: string;
  /** Unique, URL-safe, stable across builds. */
  slug: string;
  /** A short label above the headline ('ON THE RUN'). */
  kicker: string | null;
  /** The summary paragraph under the headline. */
  standfirst: string | null;
  /** The outlet a republished piece first appeared in. */
  syndicated_from: string | null;
  /** Agency or partner credit printed with the piece ('The Sun / CNN'). */
  credit: string | null;
  /** BCP 47 language tag guessed from the text ('en'), or null. */
  lang: string | null;
  /** Words in the body. */
  words: number;
  /** The article as Markdown: paragraphs, `##` subheadings, captions, quotes, lists. */
  body: string;
}

/** Fields a user may set in front matter at the top of a raw file; they win over extraction. */
export const OVERRIDABLE_FIELDS = [
  'title', 'date', 'time', 'timezone', 'authors', 'source', 'slug', 'kicker', 'standfirst',
  'syndicated_from', 'credit', 'lang',
] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];
export type RecordOverrides = Partial<Pick<ArticleRecord, OverridableField>>;
