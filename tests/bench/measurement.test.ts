import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { percentile } from '../../src/bench/measureSearch.ts';
import { outputStats } from '../../src/bench/outputStats.ts';
import { serveCounting } from '../../src/bench/benchServer.ts';
import { formatReport, type BenchResult } from '../../src/bench/report.ts';

function tmpSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-bench-site-'));
  fs.mkdirSync(path.join(dir, 'search'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(dir, 'search', 'index.html'), '<!doctype html><title>search</title>');
  fs.writeFileSync(path.join(dir, 'search', 'shard-0.js'), 'window.x = "' + 'abc '.repeat(1000) + '";');
  return dir;
}

test('percentiles are taken by nearest rank', () => {
  assert.equal(percentile([], 50), null);
  assert.equal(percentile([5], 95), 5);
  assert.equal(percentile([4, 1, 3, 2], 50), 2);
  assert.equal(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95), 95);
});

test('output stats count files, bytes and the search folder raw and gzipped', () => {
  const dir = tmpSite();
  try {
    const s = outputStats(dir, Date.now() - 60_000);
    const shard = fs.readFileSync(path.join(dir, 'search', 'shard-0.js'));
    assert.equal(s.files, 3);
    assert.equal(s.filesWritten, 3);
    assert.equal(s.searchFiles, 2);
    const page = fs.readFileSync(path.join(dir, 'search', 'index.html'));
    assert.equal(s.searchBytes, shard.length + page.length);
    assert.equal(s.searchGzipBytes, zlib.gzipSync(shard, { level: 6 }).length + zlib.gzipSync(page, { level: 6 }).length);
    assert.equal(outputStats(dir, Date.now() + 60_000).filesWritten, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the bench server sends text gzipped and counts the bytes it sent', async () => {
  const dir = tmpSite();
  const server = await serveCounting(dir);
  try {
    const res = await fetch(server.url + 'search/shard-0.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    const body = await res.text();
    assert.ok(body.startsWith('window.x'));
    assert.ok(server.bytes > 0 && server.bytes < body.length / 10, `${server.bytes} bytes sent for ${body.length}`);
    assert.equal((await fetch(server.url + 'search')).status, 200);
    assert.deepEqual(server.log.map((l) => l.path), ['/search/shard-0.js', '/search/']);
    server.reset();
    assert.equal(server.bytes, 0);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the report names failed builds and skipped search', () => {
  const r: BenchResult = {
    articles: 10, node: '20', cpus: 2, startedAt: 'now',
    archive: { files: 10, bytes: 1000, ms: 5, terms: 100, kinds: { original: 10, 'near-duplicate': 0, republished: 0 }, undated: 1, queries: [] },
    builds: [{ name: 'full', output: null, run: { ok: false, wallMs: 1, buildMs: 0, phases: {}, peakRssBytes: 0, articles: 0, inputs: 0, pages: 0, warnings: 0, errors: 0, cardsDrawn: 0, failure: 'exit 1: boom' } }],
    search: null, searchSkipped: '--no-browser',
  };
  const text = formatReport(r);
  assert.match(text, /full failed: exit 1: boom/);
  assert.match(text, /search in Chromium: not measured \(--no-browser\)/);
});
