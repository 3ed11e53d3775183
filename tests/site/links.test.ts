import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeUrl, normalisePrefix, absoluteUrl } from '../../src/site/links.ts';
import path from 'node:path';

test('links between folders name index.html so they open from disk', () => {
  assert.equal(relativeUrl('/articles/a/', '/search/'), '../articles/a/index.html');
  assert.equal(relativeUrl('/', '/articles/a/'), '../../index.html');
  assert.equal(relativeUrl('/', '/'), 'index.html');
});

test('links to files keep their name and query', () => {
  assert.equal(relativeUrl('/assets/style.css', '/articles/a/'), '../../assets/style.css');
  assert.equal(relativeUrl('/search/?q=izium', '/'), 'search/index.html?q=izium');
});

test('path prefixes are normalised to /x/ form', () => {
  assert.equal(normalisePrefix('archive'), '/archive/');
  assert.equal(normalisePrefix('/archive'), '/archive/');
  assert.equal(normalisePrefix(undefined), '/');
  assert.equal(normalisePrefix('/'), '/');
});

test('absolute URLs carry the base URL and the prefix', () => {
  assert.equal(absoluteUrl('/cards/a.png', 'https://x.github.io', '/archive/'), 'https://x.github.io/archive/cards/a.png');
  assert.equal(absoluteUrl('/cards/a.png', '', '/'), '/cards/a.png');
});

test('relative links agree with path.posix.relative for every pair of site paths', () => {
  const pages = ['/', '/articles/a/', '/articles/ab/', '/articles/a/versions/b/', '/topics/x/page/2/', '/feed.xml', '/a/b/c/', '/assets/style.css'];
  const targets = [...pages, '/articles/a/#top', '/search/?q=izium', '/articles/a', '/articles/a-b/', '/a/b', '/a/b/c/d/e.png', '/a/../b/', '/a//b.css'];
  for (const from of pages) {
    for (const to of targets) {
      const fromDir = from.endsWith('/') ? from : path.posix.dirname(from) + '/';
      const [target, suffix = ''] = to.split(/(?=[?#])/);
      const file = target!.endsWith('/') ? target + 'index.html' : target!;
      const want = (path.posix.relative(fromDir, file) || 'index.html') + suffix;
      assert.equal(relativeUrl(to, from), want, `${from} → ${to}`);
    }
  }
});
