import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE } from './helpers.ts';

test('a bare name under the headline followed by a reading time is the byline', () => {
  const e = extractArticle(['Great white forces closure of two Sydney beaches', 'Kayla Brennan', '2 min read', '2h ago',
    'Beachgoers have been ordered out of the water at two of the city’s most popular beaches on Saturday.', PROSE].join('\n'));
  assert.deepEqual(e.fields.authors, ['Kayla Brennan']);
});
