import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paginate, pagerFor } from '../../src/analysis/pagination.ts';
import { calendar, articleListing } from '../../src/analysis/listings.ts';
import { groupByName } from '../../src/analysis/groups.ts';
import { SlugAllocator } from '../../src/analysis/slugAllocator.ts';

test('pages live at the listing path, then at <path><n>/', () => {
  const pages = paginate([1, 2, 3, 4, 5], 2, '/topics/izium/');
  assert.deepEqual(pages.map((p) => [p.url, p.items]), [['/topics/izium/', [1, 2]], ['/topics/izium/2/', [3, 4]], ['/topics/izium/3/', [5]]]);
  assert.equal(pages[1]!.pager.prev, '/topics/izium/');
  assert.equal(pages[1]!.pager.next, '/topics/izium/3/');
});

test('an empty listing still has one page', () => {
  assert.equal(paginate([], 10, '/x/').length, 1);
});

test('the pager of a long listing is windowed with gaps', () => {
  const labels = pagerFor(50, 100, '/latest/').links.map((l) => (l ? l.label : '…'));
  assert.deepEqual(labels, ['1', '…', '48', '49', '50', '51', '52', '…', '100']);
});

test('the calendar counts articles by year and month, newest first, from calendar dates', () => {
  const { years, months } = calendar(['2022-09-12', '2022-09-01', '2021-01-31', null], (d) => d);
  assert.deepEqual(years.map((y) => [y.year, y.count, y.months.map((m) => `${m.label}:${m.count}`)]), [
    ['2022', 2, ['September 2022:2']],
    ['2021', 1, ['January 2021:1']],
  ]);
  assert.equal(years[0]!.months[0]!.url, '/dates/2022/09/');
  assert.equal(months.get('2021-01')!.length, 1);
});

test('names differing only in case or accents share one group and page', () => {
  const g = groupByName([['The Sun'], ['THE SUN'], ['The Sun'], ['Le Monde'], ['Le Mônde']], (x) => x, '/sources/');
  assert.deepEqual(g.map((x) => [x.name, x.slug, x.items.length, x.aliases]), [
    ['Le Monde', 'le-monde', 2, ['Le Mônde']],
    ['The Sun', 'the-sun', 3, ['THE SUN']],
  ]);
});

test('slugs never collide, and reserved words are never handed out', () => {
  const s = new SlugAllocator(['page', 'unknown']);
  assert.deepEqual(['A-B', 'a b', 'Page', 'Unknown', 'Ωμέγα', '北京'].map((n) => s.allocate(n)).slice(0, 4), ['a-b', 'a-b-2', 'page-2', 'unknown-2']);
  const cjk = new SlugAllocator().allocate('北京');
  assert.match(cjk, /^[a-z0-9-]+$/);
});

test('listing pages carry their title, page number and total', () => {
  const pages = articleListing({ base: '/authors/x/', heading: 'X', kind: 'author', items: [1, 2, 3], pageSize: 2, crumbs: [] });
  assert.deepEqual(pages.map((p) => [p.title, p.total, p.pager.page]), [['X', 3, 1], ['X, page 2', 3, 2]]);
});
