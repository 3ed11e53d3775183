/** Build an archive into a temporary folder once per test file, through the real pipeline. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildArchive, type BuildSummary } from '../../src/build/buildArchive.ts';

export const SAMPLES = path.resolve('articles');

export async function buildTo(input: string, opts: { pathPrefix?: string; images?: boolean } = {}): Promise<{ site: string; summary: BuildSummary; tmp: string }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clippings-test-'));
  const site = path.join(tmp, 'site');
  const summary = await buildArchive({ input, output: site, pathPrefix: opts.pathPrefix, images: opts.images, cacheDir: path.join(tmp, 'cache') });
  return { site, summary, tmp };
}

/** Every file under `dir`, relative, '/'-separated. */
export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Text of the first <h1> of an HTML page, entities decoded, whitespace folded. */
export function h1Text(html: string): string | null {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) return null;
  return m[1]!.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
}
