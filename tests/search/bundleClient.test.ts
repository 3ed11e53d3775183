import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSearchClient } from '../../src/search/bundleClient.ts';

test('the search client bundles Lunr’s pipeline without its index, builder and query parser', async () => {
  const js = await bundleSearchClient();
  for (const kept of ['.stemmer=', '.stopWordFilter=', '.trimmer=', '.Pipeline=']) assert.ok(js.includes(kept), kept);
  for (const left of ['.Builder=', '.Index=', '.TokenSet=', '.QueryParser=', '.Vector=']) assert.ok(!js.includes(left), left);
});
