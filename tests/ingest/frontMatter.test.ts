import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitFrontMatter } from '../../src/ingest/frontMatter.ts';

test('a file without front matter passes through untouched', () => {
  const r = splitFrontMatter('Headline\n\nBody.\n');
  assert.ok(r.ok);
  assert.equal(r.text, 'Headline\n\nBody.\n');
  assert.deepEqual(r.overrides, {});
  assert.equal(r.bodyStartLine, 1);
});

test('front matter fields become overrides and the page text follows', () => {
  const r = splitFrontMatter('---\ntitle: Fixed headline\ndate: 2022-09-12\nauthors: [Ana Lima, Joe Bloggs]\nsource: The Gazette\n---\nHeadline\n');
  assert.ok(r.ok);
  assert.deepEqual(r.overrides, { title: 'Fixed headline', date: '2022-09-12', authors: ['Ana Lima', 'Joe Bloggs'], source: 'The Gazette' });
  assert.equal(r.text, 'Headline\n');
  assert.equal(r.bodyStartLine, 7);
});

test('a single author name is taken as a list of one', () => {
  const r = splitFrontMatter('---\nauthors: Ana Lima\n---\nText\n');
  assert.ok(r.ok);
  assert.deepEqual(r.overrides.authors, ['Ana Lima']);
});

test('malformed YAML is an error naming the line of the file', () => {
  const r = splitFrontMatter('---\ntitle: [unclosed\ndate: 2022-13-45\n---\nText\n');
  assert.equal(r.ok, false);
  // The unclosed '[' on line 2 is noticed where the next key starts, on line 3 of the file.
  assert.match(!r.ok ? r.error : '', /malformed front matter at line 3: /);
});

test('an impossible date is ignored with a warning instead of rolling over', () => {
  const r = splitFrontMatter('---\ndate: 2022-13-45\n---\nText\n');
  assert.ok(r.ok);
  assert.equal(r.overrides.date, undefined);
  assert.match(r.warnings.join(), /not a calendar date/);
});

test('a hostile slug is reduced to URL-safe characters', () => {
  const r = splitFrontMatter('---\nslug: ../../../escaped-outside\n---\nText\n');
  assert.ok(r.ok);
  assert.equal(r.overrides.slug, 'escaped-outside');
});

test('an absolute-path slug cannot leave the site either', () => {
  const r = splitFrontMatter('---\nslug: /etc/passwd\n---\nText\n');
  assert.ok(r.ok);
  assert.equal(r.overrides.slug, 'etc-passwd');
});

test('fields Clippings does not read, such as permalink, are ignored with a warning', () => {
  const r = splitFrontMatter('---\npermalink: /../../x.html\n---\nText\n');
  assert.ok(r.ok);
  assert.deepEqual(r.overrides, {});
  assert.match(r.warnings.join(), /'permalink' is not one Clippings reads/);
});

test('an unclosed front matter fence is an error', () => {
  const r = splitFrontMatter('---\ntitle: x\nBody text without a closing fence\n');
  assert.equal(r.ok, false);
});
