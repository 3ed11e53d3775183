/** Bundle the browser search client (with Lunr) into one classic script: module scripts do not load from file://. */
import esbuild from 'esbuild';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** `src` without the text from `from` up to `to` (unchanged when either is missing). */
function cut(src: string, from: string, to: string): string {
  const a = src.indexOf(from);
  const b = a < 0 ? -1 : src.indexOf(to, a);
  return b < 0 ? src : src.slice(0, a) + src.slice(b);
}

/**
 * The client uses Lunr's tokenizer, pipeline, stemmer, stop-word filter and trimmer (the index is
 * ours), so Lunr's vectors, token sets, index, builder and query parser are left out of the bundle:
 * about a third of search.js. Lunr is one file that no bundler can shake, hence the cut by its own
 * section comments; a Lunr without them is bundled whole.
 */
const lunrPipelineOnly: esbuild.Plugin = {
  name: 'lunr-pipeline-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]lunr[\\/]lunr\.js$/ }, (args) => {
      let src = fs.readFileSync(args.path, 'utf8');
      src = cut(src, '/*!\n * lunr.Vector', '/*!\n * lunr.stemmer');
      src = cut(src, '/*!\n * lunr.TokenSet', '  /**\n   * export the module via AMD');
      return { contents: src, loader: 'js' };
    });
  },
};

export async function bundleSearchClient(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [lunrPipelineOnly],
  });
  return result.outputFiles[0]!.text;
}
