/**
 * The offline part of the search stage: sw.js at the site root with the precache list made at
 * build time (and a version hashed from those files' contents, so a rebuild takes effect), and
 * assets/sw-register.js that every page loads.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

/** Pages and assets of the site shell, relative to the site root, when they exist. */
const SHELL = ['./', 'index.html', 'search/', 'search/index.html', '404.html', 'assets/style.css', 'assets/search.css', 'assets/search.js', 'assets/sw-register.js'];

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const r = await esbuild.build({
    entryPoints: [here(entry)], bundle: true, format: 'iife', platform: 'browser', target: 'es2020',
    minify: true, legalComments: 'none', write: false, logLevel: 'silent', define,
  });
  return r.outputFiles[0]!.text;
}

/**
 * Write assets/sw-register.js and sw.js into `outDir`; `searchFiles` are paths under search/.
 * `searchVersion` (the manifest's, a hash over every search file) stands for the search files'
 * contents in the worker's version, so they need not be read back.
 */
export async function writeOffline(outDir: string, searchFiles: string[], searchVersion?: string): Promise<{ precache: string[]; version: string }> {
  await fs.mkdir(path.join(outDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(outDir, 'assets', 'sw-register.js'), await bundle('./register.ts'));
  const exists = async (f: string) => fs.stat(path.join(outDir, f === './' ? 'index.html' : f)).then((s) => s.isFile() || s.isDirectory(), () => false);
  const shell = [];
  for (const f of SHELL) if (await exists(f.endsWith('/') && f !== './' ? f + 'index.html' : f)) shell.push(f);
  // Document texts (x/) are not listed: the worker reads their names from the results chunks.
  const precache = [...shell, ...searchFiles.filter((f) => !f.startsWith('x/')).map((f) => `search/${f}`)];
  const hash = createHash('sha256');
  for (const f of precache) {
    hash.update(f);
    if (searchVersion === undefined || !f.startsWith('search/') || f === 'search/' || f === 'search/index.html') hash.update(await fs.readFile(path.join(outDir, f.endsWith('/') ? f + 'index.html' : f)));
  }
  if (searchVersion !== undefined) hash.update(searchVersion);
  const version = hash.digest('hex').slice(0, 12);
  const worker = await bundle('./worker.ts', { __VERSION__: JSON.stringify(version), __PRECACHE__: JSON.stringify(precache) });
  await fs.writeFile(path.join(outDir, 'sw.js'), `// Clippings offline copy, version ${version}\n${worker}`);
  return { precache, version };
}
