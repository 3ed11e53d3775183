/** Render the corpus through the Nunjucks templates with Eleventy (programmatic API). */
import { Eleventy } from '@11ty/eleventy';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from '../site/settings.ts';
import type { RenderSet } from './pageReuse.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RenderOptions {
  corpus: Corpus;
  /** The paginated pages to render this time (the others are reused from the previous output). */
  render: RenderSet;
  settings: SiteSettings;
  outDir: string;
  pathPrefix: string;
}

export async function renderPages(o: RenderOptions): Promise<number> {
  const elev = new Eleventy(`${ROOT}templates`, o.outDir, {
    configPath: `${ROOT}.eleventy.ts`,
    quietMode: true,
    pathPrefix: o.pathPrefix,
    config(cfg) {
      // Read by .eleventy.ts before it registers the link filters.
      cfg.clippings = { pathPrefix: o.pathPrefix, baseUrl: o.settings.url };
      cfg.addGlobalData('corpus', o.corpus);
      cfg.addGlobalData('render', o.render);
      cfg.addGlobalData('site', o.settings);
    },
  });
  const written = await elev.write();
  const results = (written as [unknown, unknown[]] | undefined)?.[1];
  return Array.isArray(results) ? results.length : 0;
}
