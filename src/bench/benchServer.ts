/**
 * A static file server for the search measurement that behaves like a static host: text is sent
 * gzipped (zlib level 6) when the browser accepts it, with Last-Modified and a short max-age, and
 * every byte of body sent is counted so the benchmark can say what a search cost to download.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|octet-stream)|image\/svg)/;

/** A running server and its byte counter. */
export interface CountingServer {
  /** Base URL of the site root, ending in '/'. */
  url: string;
  /** Body bytes sent since the last `reset()`, as they went over the wire (compressed when gzipped). */
  bytes: number;
  /** Paths requested since the last `reset()`, with the bytes sent for each. */
  log: Array<{ path: string; bytes: number }>;
  reset(): void;
  close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1 at '/'. */
export function serveCounting(root: string): Promise<CountingServer> {
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const state: CountingServer = {
    url: '', bytes: 0, log: [],
    reset() { state.bytes = 0; state.log = []; },
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = decodeURIComponent(url.pathname);
    let file = path.join(root, p);
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403); res.end(); return; }
    let st = fs.statSync(file, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      if (!p.endsWith('/')) { res.writeHead(301, { location: url.pathname + '/' + url.search }); res.end(); return; }
      file = path.join(file, 'index.html');
      st = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!st?.isFile()) { res.writeHead(404); res.end(); return; }
    const lastModified = new Date(st.mtimeMs).toUTCString();
    if (req.headers['if-modified-since'] === lastModified) { res.writeHead(304); res.end(); state.log.push({ path: p, bytes: 0 }); return; }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'last-modified': lastModified, 'cache-control': 'max-age=600' };
    let body: Buffer;
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let cached = gzipped.get(file);
      if (!cached || cached.mtimeMs !== st.mtimeMs) gzipped.set(file, cached = { mtimeMs: st.mtimeMs, body: zlib.gzipSync(fs.readFileSync(file), { level: 6 }) });
      body = cached.body;
      headers['content-encoding'] = 'gzip';
    } else body = fs.readFileSync(file);
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
    state.bytes += body.length;
    state.log.push({ path: p, bytes: body.length });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    resolve(state);
  }));
}
