/** The search stage of a build: the index (as scripts, loadable from file://) and the browser client. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from '../site/settings.ts';
import { buildSearchBundle, searchBundleScript } from './buildIndex.ts';
import { bundleSearchClient } from './bundleClient.ts';

export interface SearchStageInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
}

export async function writeSearch(o: SearchStageInput): Promise<void> {
  await fs.mkdir(path.join(o.outDir, 'search'), { recursive: true });
  await fs.writeFile(path.join(o.outDir, 'search', 'index.js'), searchBundleScript(buildSearchBundle(o.corpus.articles)));
  await fs.mkdir(path.join(o.outDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(o.outDir, 'assets', 'search.js'), await bundleSearchClient());
}
