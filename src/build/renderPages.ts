/**
 * Render the corpus through the Nunjucks templates with Eleventy (programmatic API).
 *
 * Eleventy holds every page it renders in one run in memory until the run ends (about 35 kB a page),
 * so the paginated pages are rendered in batches, one Eleventy run each: memory stays bounded
 * however large the archive. The single pages (home, search, sitemap, …) are rendered once, in the
 * first batch.
 */
import { Eleventy } from '@11ty/eleventy';
import type { FileWriter } from './fileWriter.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from '../site/settings.ts';
import { PAGED, type RenderSet } from './pageReuse.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATES = path.join(ROOT, 'templates');

/** Pages per Eleventy run: large enough that a run's start-up cost is small beside its pages. */
export const PAGES_PER_BATCH = 5000;

export interface RenderOptions {
  corpus: Corpus;
  /** The paginated pages to render this time (the others are reused from the previous output). */
  render: RenderSet;
  settings: SiteSettings;
  outDir: string;
  pathPrefix: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Write pages on this thread instead of letting Eleventy write them here. */
  writer?: FileWriter;
}

/** Split a render set into render sets of at most `size` pages, keeping each collection's order. */
export function batchRenderSet(render: RenderSet, size: number): RenderSet[] {
  const empty = (): RenderSet => Object.fromEntries(PAGED.map((n) => [n, []])) as unknown as RenderSet;
  const batches: RenderSet[] = [empty()];
  let room = size;
  for (const name of PAGED) {
    for (const item of render[name]) {
      if (room === 0) { batches.push(empty()); room = size; }
      batches[batches.length - 1]![name].push(item);
      room--;
    }
  }
  return batches;
}

/** Templates that are not paginated over the render set: rendered once, with the first batch. */
function singlePageTemplates(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== '_includes' && e.name !== '_data') walk(p); }
      else if (e.name.endsWith('.njk') && !/data:\s*"render\./.test(fs.readFileSync(p, 'utf8').slice(0, 600))) found.push(p);
    }
  };
  walk(TEMPLATES);
  return found.sort();
}

export async function renderPages(o: RenderOptions): Promise<number> {
  const batches = batchRenderSet(o.render, o.batchSize ?? PAGES_PER_BATCH);
  const total = PAGED.reduce((n, name) => n + o.render[name].length, 0);
  const singles = singlePageTemplates();
  let written = 0;
  for (let b = 0; b < batches.length; b++) {
    const elev = new Eleventy(TEMPLATES, o.outDir, {
      configPath: `${ROOT}.eleventy.ts`,
      quietMode: true,
      pathPrefix: o.pathPrefix,
      config(cfg) {
        // Read by .eleventy.ts before it registers the link filters.
        cfg.clippings = { pathPrefix: o.pathPrefix, baseUrl: o.settings.url };
        cfg.addGlobalData('corpus', o.corpus);
        cfg.addGlobalData('render', batches[b]);
        cfg.addGlobalData('site', o.settings);
        if (b > 0) for (const t of singles) cfg.ignores.add('**/' + path.relative(ROOT, t).split(path.sep).join('/'));
      },
    });
    if (o.writer) {
      // Rendered here, written on the writer thread while the next batch renders.
      const pages = ((await elev.toJSON()) as Array<{ outputPath: string | false; content?: string }>)
        .filter((p): p is { outputPath: string; content: string } => typeof p.outputPath === 'string' && typeof p.content === 'string');
      // In slices, so the packed copy of a batch is never whole beside the batch itself.
      for (let i = 0; i < pages.length; i += 500) await o.writer.write(pages.slice(i, i + 500).map((p) => ({ path: path.resolve(p.outputPath), data: p.content })));
      written += pages.length;
    } else {
      const result = await elev.write();
      const pages = (result as [unknown, unknown[]] | undefined)?.[1];
      written += Array.isArray(pages) ? pages.length : 0;
    }
    o.onProgress?.(Math.min(total, (b + 1) * (o.batchSize ?? PAGES_PER_BATCH)), total);
  }
  return written;
}
