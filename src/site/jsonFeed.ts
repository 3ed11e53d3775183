/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for a feed of the corpus. Dates go through
 * the RSS plugin's dateToRfc3339 from a UTC midnight, so a calendar date never shifts.
 */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { ArticlePage } from '../analysis/corpus.ts';
import type { Feed } from '../analysis/navigation.ts';

/** 'YYYY-MM-DD' → the Date at 00:00 UTC that day. */
export const calendarDateToUtc = (d: string) => new Date(`${d}T00:00:00Z`);

export function jsonFeed(feed: Feed<ArticlePage>, site: { title: string; description: string; lang: string }, abs: (path: string) => string): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title ? `${feed.title} · ${site.title}` : site.title,
    description: site.description,
    language: site.lang,
    home_page_url: abs(feed.pageUrl),
    feed_url: abs(feed.jsonUrl ?? feed.url),
    items: feed.items.map((a) => ({
      id: abs(a.url),
      url: abs(a.url),
      title: a.record.title,
      content_html: a.bodyHtml,
      ...(a.record.standfirst ? { summary: a.record.standfirst } : {}),
      ...(a.record.date ? { date_published: dateToRfc3339(calendarDateToUtc(a.record.date)) } : {}),
      ...(a.record.authors.length ? { authors: a.authorLinks.map((l) => ({ name: l.name, url: abs(l.url) })) } : {}),
      image: abs(a.cardUrl),
      tags: a.topics.map((t) => t.name),
    })),
  };
}
