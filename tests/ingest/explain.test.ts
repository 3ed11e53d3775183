import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/extract.ts';
import { explainExtraction } from '../../src/ingest/explain.ts';

test('lists the fields with their rules and every line with fate, role and rule', () => {
  const text = "Putin's troops flee | The Sun\n\nAdvertisement\n\nUkrainian forces pushed deeper into the Kharkiv region on Monday, officials said.";
  const out = explainExtraction(extractArticle(text));
  assert.match(out, /title\s+Putin's troops flee\s+headline-outlet-suffix/);
  assert.match(out, /source\s+The Sun\s+headline-outlet-suffix/);
  assert.match(out, /\n\s+3\s+dropped\s+advert\s+advertisement\s+Advertisement/);
  assert.match(out, /\n\s+5\s+kept\s+paragraph\s+paragraph\s+Ukrainian forces/);
});
