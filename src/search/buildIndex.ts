/**
 * The search index, built at build time with Lunr and shipped as a script (not JSON) so that the
 * search page works from a copy opened from disk, where fetch() of local files is blocked.
 *
 * Documents are referred to by short refs (base-36 positions), because the ref is repeated in
 * every posting of a Lunr index and long refs (URLs) make most of its size.
 */
import lunr from 'lunr';
import type { ArticlePage } from '../analysis/corpus.ts';

/** What a result needs to be shown: headline, site path, date, source. */
export type SearchDoc = [title: string, path: string, date: string | null, source: string | null];

export interface SearchBundle {
  index: object;
  docs: SearchDoc[];
}

/** The text of a Markdown body without its marks, for indexing. */
export function plainText(markdown: string): string {
  return markdown.replace(/^#{1,6}\s+/gm, '').replace(/[*_`>\\]/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function buildSearchBundle(articles: ArticlePage[]): SearchBundle {
  const docs: SearchDoc[] = articles.map((a) => [a.record.title, a.url.replace(/^\//, '') + 'index.html', a.record.date, a.record.source]);
  const index = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('lead', { boost: 3 });
    this.field('author', { boost: 2 });
    this.field('source', { boost: 2 });
    this.field('body');
    this.metadataWhitelist = ['position'];
    articles.forEach((a, i) => {
      const r = a.record;
      this.add({
        id: i.toString(36),
        title: r.title,
        lead: [r.kicker, r.standfirst].filter(Boolean).join(' '),
        author: r.authors.join(' '),
        source: [r.source, r.syndicated_from, r.credit].filter(Boolean).join(' '),
        body: plainText(r.body),
      });
    });
  });
  return { index: index.toJSON(), docs };
}

/** The bundle as a classic script that registers itself with the search page. */
export function searchBundleScript(bundle: SearchBundle): string {
  return `window.__clippingsSearch=${JSON.stringify(bundle).replace(/</g, '\\u003c')};\n`;
}
