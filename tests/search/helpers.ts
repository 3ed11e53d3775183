/** Test helpers for search: articles made up in memory, and the search files read back without a browser. */
import type { ArticlePage, TopicRef } from '../../src/analysis/corpus.ts';
import type { ArticleRecord } from '../../src/records/ArticleRecord.ts';
import { buildIndex } from '../../src/search/buildIndex.ts';
import { writeShards, DEFAULT_LIMITS, type ShardLimits } from '../../src/search/shards.ts';
import type { Manifest, TermShard, PositionShard, DocChunk, FacetTable } from '../../src/search/format.ts';
import type { IndexSource } from '../../src/search/query/evaluate.ts';
import { parseQuery } from '../../src/search/query/parse.ts';
import { evaluate } from '../../src/search/query/evaluate.ts';
import { rank } from '../../src/search/query/rank.ts';

/** An article page with just what search reads. */
export function article(slug: string, r: Partial<ArticleRecord> & { topics?: TopicRef[] } = {}): ArticlePage {
  const { topics = [], ...rest } = r;
  const record: ArticleRecord = {
    title: slug, date: null, time: null, timezone: null, authors: [], source: null, input: `${slug}.txt`, slug,
    kicker: null, standfirst: null, syndicated_from: null, credit: null, lang: 'en', words: 0, body: '', ...rest,
  };
  return { record, topics, url: `/articles/${slug}/`, dateLabel: record.date } as unknown as ArticlePage;
}

/** Search files read back by running each script against a stand-in for the page's global. */
export class MemorySource implements IndexSource {
  readonly manifest: Manifest;
  readonly loaded: string[] = [];
  private readonly data = new Map<string, unknown>();

  constructor(files: Map<string, string>) {
    for (const [, text] of files) new Function('__clippingsSearch', text)({ register: (n: string, d: unknown) => this.data.set(n, d) });
    this.manifest = this.data.get('manifest') as Manifest;
  }
  private get<T>(name: string): Promise<T> {
    this.loaded.push(name);
    return Promise.resolve(this.data.get(name) as T);
  }
  termShard(n: number) { return this.get<TermShard>(`t${this.manifest.shardIds[n]}`); }
  positionShard(n: number) { return this.get<PositionShard>(`p${this.manifest.shardIds[n]}`); }
  facets() { return this.get<FacetTable>(`f${this.manifest.facetsId}`); }
  chunk(n: number) { return this.get<DocChunk>(`d${this.manifest.chunkIds[n]}`); }
}

/** Index `articles` and return a source over their search files. */
export function indexed(articles: ArticlePage[], limits: ShardLimits = DEFAULT_LIMITS): MemorySource {
  return new MemorySource(writeShards(articles, buildIndex(articles), limits).files);
}

/** Slugs of the articles a query finds, best first. */
export async function search(src: MemorySource, articles: ArticlePage[], q: string, order: 'relevance' | 'date' = 'relevance'): Promise<string[]> {
  const ev = await evaluate(parseQuery(q), src);
  return rank(ev.hits, order).map((h) => articles[h.doc]!.record.slug);
}
