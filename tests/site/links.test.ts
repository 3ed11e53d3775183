import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeUrl, normalisePrefix, absoluteUrl } from '../../src/site/links.ts';

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
