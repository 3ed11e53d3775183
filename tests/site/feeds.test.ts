import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus } from '../../src/analysis/corpus.ts';
import { jsonFeed } from '../../src/site/jsonFeed.ts';
import { makeFilters } from '../../src/site/filters.ts';
import { plainCitation, bibtex, cslJson } from '../../src/site/citation.ts';
import { csvField, toCsv, datasetRows } from '../../src/site/dataset.ts';
import type { ArticleRecord } from '../../src/records/ArticleRecord.ts';

const rec = (slug: string, date: string | null, source: string | null, authors: string[] = []): ArticleRecord => ({
  title: `Headline ${slug} {x}`, date, time: null, timezone: null, authors, source, input: `${slug}.txt`, slug,
  kicker: null, standfirst: null, syndicated_from: null, credit: null, lang: 'en', words: 3, body: 'Some body text.',
});
const settings = { title: 'Archive', description: 'd', url: 'https://x.github.io', lang: 'en', pageSize: 2 };
const corpus = buildCorpus([rec('a', '2022-09-12', 'The Sun', ['Ana Lima']), rec('b', null, 'the sun'), rec('c', '2022-09-11', 'Other')], settings);
const abs = (p: string) => `https://x.github.io/archive${p}`;

test('the main feed holds the newest page of articles; each source has its own feed', () => {
  assert.deepEqual(corpus.feeds.map((f) => [f.url, f.items.length]), [['/feed.xml', 2], ['/sources/other/feed.xml', 1], ['/sources/the-sun/feed.xml', 2]]);
  assert.equal(corpus.feeds[0]!.updated, '2022-09-12');
});

test('the JSON feed has absolute URLs and calendar dates at UTC midnight', () => {
  const f = jsonFeed(corpus.feeds[0]!, settings, abs) as { feed_url: string; items: Array<{ url: string; date_published?: string }> };
  assert.equal(f.feed_url, 'https://x.github.io/archive/feed.json');
  assert.equal(f.items[0]!.url, 'https://x.github.io/archive/articles/a/');
  assert.equal(f.items[0]!.date_published, '2022-09-12T00:00:00Z');
});

test('feed dates never shift by a day, whatever the time zone', () => {
  const filters = makeFilters({ pathPrefix: '/archive/', baseUrl: '' });
  assert.equal(filters.calendarRfc3339('2022-01-01'), '2022-01-01T00:00:00Z');
});

test('feed ids are absolute URLs with an origin, stable URNs without one', () => {
  assert.equal(makeFilters({ pathPrefix: '/archive/', baseUrl: 'https://x.io' }).feedId('/articles/a/'), 'https://x.io/archive/articles/a/');
  assert.equal(makeFilters({ pathPrefix: '/archive/', baseUrl: '' }).feedId('/articles/a/'), 'urn:clippings:articles:a');
});

test('citations name the authors, source and date, and escape BibTeX braces', () => {
  const r = corpus.articles[0]!.record;
  assert.match(plainCitation(r, 'U', 'Archive'), /^Ana Lima\. “Headline a \{x\}\.” The Sun, 12 September 2022\. Archived in Archive: U$/);
  assert.match(bibtex(r, 'U'), /title = \{\{Headline a \\\{x\\\}\}\}/);
  assert.deepEqual((cslJson(r, 'U') as { issued: unknown }).issued, { 'date-parts': [[2022, 9, 12]] });
});

test('the CSV dataset quotes fields and defuses formulas', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField(['x', 'y']), 'x; y');
  const csv = toCsv(datasetRows(corpus, abs));
  assert.equal(csv.split('\r\n').length, 5);
  assert.match(csv, /^slug,path,url,title,date/);
});
