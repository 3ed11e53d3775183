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
import { findArticleImages, makeResponsive, pictureHtml, folderIndex } from '../images/articleImages.ts';

/** Where article pages leave room for the pictures saved with the raw file (see article.njk). */
export const IMAGES_SLOT = '<!--clippings:article-images-->';

export interface SiteExtrasInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
  cacheDir: string;
  /** The raw input folder (article images live beside the raw files). */
  input: string;
  /** Make responsive versions of article images (off for a quick --no-images build). */
  articleImages?: boolean;
}

export async function writeSiteExtras(o: SiteExtrasInput): Promise<void> {
  await writeIcons(o.outDir);
  await fs.writeFile(path.join(o.outDir, 'manifest.webmanifest'), JSON.stringify(webManifest(o.settings), null, 2) + '\n');
  const rows = datasetRows(o.corpus, (p) => absoluteUrl(p, o.settings.url, o.pathPrefix));
  await fs.writeFile(path.join(o.outDir, 'articles.json'), JSON.stringify({ title: o.settings.title, count: rows.length, articles: rows }, null, 2) + '\n');
  await fs.writeFile(path.join(o.outDir, 'articles.csv'), toCsv(rows));
  if (o.articleImages !== false) await writeArticleImages(o);
}

/** Convert each article's saved pictures and put them into its page's images slot. */
async function writeArticleImages(o: SiteExtrasInput): Promise<void> {
  const index = folderIndex();
  for (const a of o.corpus.articles) {
    const files = await findArticleImages(o.input, a.record.input, index);
    if (!files.length) continue;
    const pageDir = path.join(o.outDir, a.url);
    const figures: string[] = [];
    for (const [i, f] of files.entries()) {
      const img = await makeResponsive(f, path.join(pageDir, 'images'), path.join(o.cacheDir, 'images'));
      figures.push(pictureHtml(img, `Picture ${i + 1} saved with “${a.record.title}”`));
    }
    const page = path.join(pageDir, 'index.html');
    const html = await fs.readFile(page, 'utf8');
    // A page reused from the last build is a hard link to it and already has its pictures: leave it be.
    if (html.includes(IMAGES_SLOT)) await fs.writeFile(page, html.replace(IMAGES_SLOT, `<div class="photos">${figures.join('')}</div>`));
  }
}
