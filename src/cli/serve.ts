/** `clippings serve`: build once, serve the site with live reload, rebuild on changes to articles or templates. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { buildArchive } from '../build/buildArchive.ts';
import { formatSummary } from './summary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function serve(o: { input: string; output: string; port: number }): Promise<void> {
  const build = async () => console.log(formatSummary(await buildArchive({ input: o.input, output: o.output })));
  await build();
  const server = EleventyDevServer.getServer('clippings', o.output, { port: o.port, domDiff: false, showVersion: false });
  server.serve(o.port);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = (why: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        console.log(`Changed: ${why}; rebuilding…`);
        try {
          await build();
          server.reload();
        } catch (e) {
          console.error(`Build failed, still serving the previous site: ${(e as Error).message}`);
        }
      });
    }, 200);
  };
  for (const dir of [o.input, path.join(ROOT, 'templates'), path.join(ROOT, 'public')]) {
    fs.watch(dir, { recursive: true }, (_event, file) => rebuild(path.join(dir, String(file ?? ''))));
  }
}
