/**
 * Site files that are not Eleventy pages: icons and the web app manifest, the downloadable
 * dataset of records, responsive versions of article images. Runs in the build's images stage.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from './settings.ts';
import { absoluteUrl } from './links.ts';
import { writeIcons } from '../images/icons.ts';
import { webManifest } from './manifest.ts';
import { datasetRows, toCsv } from './dataset.ts';

export interface SiteExtrasInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
  cacheDir: string;
  /** The raw input folder (article images live beside the raw files). */
  input: string;
}

export async function writeSiteExtras(o: SiteExtrasInput): Promise<void> {
  await writeIcons(o.outDir);
  await fs.writeFile(path.join(o.outDir, 'manifest.webmanifest'), JSON.stringify(webManifest(o.settings), null, 2) + '\n');
  const rows = datasetRows(o.corpus, (p) => absoluteUrl(p, o.settings.url, o.pathPrefix));
  await fs.writeFile(path.join(o.outDir, 'articles.json'), JSON.stringify({ title: o.settings.title, count: rows.length, articles: rows }, null, 2) + '\n');
  await fs.writeFile(path.join(o.outDir, 'articles.csv'), toCsv(rows));
}
