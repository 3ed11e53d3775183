/**
 * The search stage of a build: the index cut into script files under search/ (loadable from
 * file://, fetched only as queries need them), the browser client, and the offline service worker.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../analysis/corpus.ts';
import type { SiteSettings } from '../site/settings.ts';
import { buildIndex } from './buildIndex.ts';
import { writeShards } from './shards.ts';
import { bundleSearchClient } from './bundleClient.ts';
import { writeOffline } from './offline/writeOffline.ts';

export interface SearchStageInput {
  outDir: string;
  corpus: Corpus;
  settings: SiteSettings;
  pathPrefix: string;
}

/** Write search/*, assets/search.js, assets/sw-register.js and sw.js into `outDir`. */
export async function writeSearch(o: SearchStageInput): Promise<void> {
  const { files } = writeShards(o.corpus.articles, buildIndex(o.corpus.articles));
  const dir = path.join(o.outDir, 'search');
  for (const sub of ['t', 'p', 'd']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  await Promise.all([...files].map(([name, text]) => fs.writeFile(path.join(dir, name), text)));
  await fs.mkdir(path.join(o.outDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(o.outDir, 'assets', 'search.js'), await bundleSearchClient());
  await writeOffline(o.outDir, [...files.keys()].sort());
}
