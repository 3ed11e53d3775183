/**
 * What of an article is searchable, field by field, and how much each field weighs. Page
 * furniture never gets here: ingest removed it from the record body.
 */
import type { ArticlePage } from '../analysis/corpus.ts';

/** What search reads of an article page (all the index is made from; small enough to send to a worker). */
export type SearchArticle = Pick<ArticlePage, 'record' | 'topics' | 'url' | 'dateLabel'>;

/** Index fields in a fixed order (a posting stores the field's number). Boosts follow Lunr's meaning. */
export const FIELDS = [
  { name: 'title', boost: 10 },
  { name: 'lead', boost: 4 },
  { name: 'topic', boost: 4 },
  { name: 'author', boost: 3 },
  { name: 'source', boost: 2 },
  { name: 'body', boost: 1 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];
export const FIELD_NAMES: readonly FieldName[] = FIELDS.map((f) => f.name);
export const fieldNumber = (name: FieldName): number => FIELD_NAMES.indexOf(name);

/** The text of a Markdown body without its marks (captions and subheadings kept as words). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** The searchable text of one article, field by field. */
export function fieldsOf(a: SearchArticle): Record<FieldName, string> {
  const r = a.record;
  return {
    title: r.title,
    lead: [r.kicker, r.standfirst].filter(Boolean).join('\n'),
    topic: a.topics.flatMap((t) => [t.name, ...t.aliases]).join('\n'),
    author: r.authors.join('\n'),
    source: [r.source, r.syndicated_from, r.credit].filter(Boolean).join('\n'),
    body: plainText(r.body),
  };
}
