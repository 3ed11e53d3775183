/**
 * Site files that are not Eleventy pages: icons and the web app manifest, the downloadable
 * dataset of records, responsive versions of article images. Runs in the build's images stage.
 */
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from './settings.ts';

export interface SiteExtrasInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
  cacheDir: string;
  /** The raw input folder (article images live beside the raw files). */
  input: string;
}

export async function writeSiteExtras(_o: SiteExtrasInput): Promise<void> {
  // Filled in by the browsing-site work (icons, manifest, articles.json, article images).
}
