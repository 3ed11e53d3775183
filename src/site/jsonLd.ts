/**
 * schema.org NewsArticle for an article page, written into a JSON-LD data block with the
 * `jsonScript` filter (which escapes '<'). URLs arrive absolute (or prefixed when the site has
 * no base URL); the date stays the calendar date as printed.
 */
import type { ArticlePage } from '../analysis/corpus.ts';

/** The NewsArticle object; `abs` turns a site path into an absolute URL. */
export function newsArticle(a: ArticlePage, siteTitle: string, abs: (path: string) => string): object {
  const r = a.record;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: r.title.length > 110 ? r.title.slice(0, 109) + '…' : r.title,
    name: r.title,
    ...(r.standfirst ? { description: r.standfirst } : {}),
    ...(r.date ? { datePublished: r.date } : {}),
    ...(r.authors.length ? { author: a.authorLinks.map((l) => ({ '@type': 'Person', name: l.name, url: abs(l.url) })) } : {}),
    ...(r.source ? { publisher: { '@type': 'Organization', name: r.source } } : {}),
    ...(r.syndicated_from ? { isBasedOn: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: r.syndicated_from } } } : {}),
    ...(r.credit ? { creditText: r.credit } : {}),
    ...(r.lang ? { inLanguage: r.lang } : {}),
    ...(r.kicker ? { articleSection: r.kicker } : {}),
    ...(a.topics.length ? { about: a.topics.map((t) => ({ '@type': 'Thing', name: t.name })) } : {}),
    image: [abs(a.cardUrl)],
    wordCount: r.words,
    url: abs(a.url),
    mainEntityOfPage: abs(a.url),
    archivedAt: abs(a.originalUrl),
    isPartOf: { '@type': 'WebSite', name: siteTitle },
  };
}
