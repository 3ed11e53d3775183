import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDocuments, writeArchive } from '../../src/bench/generateArchive.ts';
import { TermCounter } from '../../src/bench/termCounter.ts';
import { extractArticle } from '../../src/ingest/extract.ts';

const docs = (n: number) => [...generateDocuments(n)];

test('the same size gives a byte-identical archive', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-bench-test-'));
  try {
    writeArchive(path.join(tmp, 'a'), 150);
    writeArchive(path.join(tmp, 'b'), 150);
    const a = fs.readdirSync(path.join(tmp, 'a')).sort();
    assert.equal(a.length, 150);
    assert.deepEqual(fs.readdirSync(path.join(tmp, 'b')).sort(), a);
    for (const name of a) assert.ok(fs.readFileSync(path.join(tmp, 'a', name)).equals(fs.readFileSync(path.join(tmp, 'b', name))), name);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the vocabulary keeps growing with the number of articles', () => {
  const terms = (n: number) => {
    const c = new TermCounter();
    for (const d of generateDocuments(n)) c.add(d.text);
    return c.distinct;
  };
  const small = terms(500);
  const large = terms(2000);
  // Names are invented as the archive grows: about four new terms per article.
  assert.ok(large - small > 3 * 1500, `${small} terms at 500 articles, ${large} at 2000`);
});

test('documents contain every kind of page furniture and layout habit', () => {
  const all = docs(600).map((d) => d.text).join('\n\u0000\n');
  const kinds: Record<string, RegExp> = {
    'teaser block after a label': /^Most read in \w+$/m,
    'advert line': /^Advertisement$/m,
    'share prompt': /^(Share this (article|post:)|Click to share on \w+ \(Opens in new window\)|Follow us on Facebook)$/m,
    'copyright footer': /^(© \d{4} .+\. All rights reserved\.|Copyright © \d{4} .+|© Copyright .+ \d{4})$/m,
    'related story stamp': /^[A-Z][a-z]+\d+ months? ago$/m,
    'glued caption credit': /[a-z]Credit: [A-Z]\w+$/m,
    'outlet suffix on the headline': /^.+ \| [A-Z][\w -]+$/m,
    'glued date prefix': /^ date \d{4}-\d\d-\d\d \S/m,
    'byline with three authors': /^By [^,\n]+, [^,\n]+ and .+$/m,
    'published date line': /^Published \d{1,2} [A-Z][a-z]+ \d{4}/m,
    'wire dateline': /^[A-Z]+ \((Reuters|AP|AFP|Getty|PA|Bloomberg|EPA|Alamy)\) - /m,
    'republication note': /^This article appeared in .+ and has been published here with permission\.$/m,
    'kicker line': /^[A-Z' ]{5,}$/m,
  };
  for (const [kind, re] of Object.entries(kinds)) assert.match(all, re, kind);
  const wrapped = all.split('\n').filter((l) => l.length > 50 && l.length <= 76 && /[a-z,]$/.test(l));
  assert.ok(wrapped.length > 100, 'hard-wrapped paragraphs');
});

test('some files are versions, republished copies or undated, in about the intended shares', () => {
  const d = docs(2000);
  const share = (k: string) => d.filter((x) => x.truth.kind === k).length / d.length;
  assert.ok(share('near-duplicate') > 0.03 && share('near-duplicate') < 0.07, `near-duplicates ${share('near-duplicate')}`);
  assert.ok(share('republished') > 0.015 && share('republished') < 0.045, `republished ${share('republished')}`);
  const undated = d.filter((x) => x.truth.date === null).length;
  assert.ok(undated > 0 && undated < d.length / 3, `undated ${undated}`);
});

test('names appear in both transliterations (iy/y, ia/ya, iu/yu)', () => {
  const c = new TermCounter();
  for (const d of generateDocuments(800)) c.add(d.text);
  const pairs = [/iy$/, /ia/, /iu/].map((re) => {
    const text = docs(800).map((d) => d.text).join(' ');
    const names = [...new Set(text.match(/\b[A-Z][a-z]+\b/g) ?? [])].filter((w) => re.test(w));
    return names.filter((w) => c.docFrequency(w.replace(/([^aeiouy])iy$/, '$1y').replace(/([^aeiouy])ia/g, '$1ya').replace(/([^aeiouy])iu/g, '$1yu')) > 0).length;
  });
  for (const n of pairs) assert.ok(n > 5, `variant pairs ${pairs.join(', ')}`);
});

test('ingest finds the headline of most generated files (a realism check)', () => {
  const d = docs(400);
  const right = d.filter((x) => extractArticle(x.text).fields.title === x.truth.title).length;
  assert.ok(right / d.length >= 0.8, `${right} of ${d.length} headlines found`);
});
