/**
 * The ingest step's edge: find the raw files under the input folder and read their bytes.
 * Only `.txt` files are articles. Symbolic links are followed only when they stay inside the
 * input folder; everything skipped is reported, so nothing disappears without a word.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RawFile } from './ingestArchive.ts';
import type { IngestReportEntry } from './IngestReport.ts';

export interface InputScan {
  files: RawFile[];
  /** Inputs that could not be read at all (links out of the folder, unreadable files). */
  refused: IngestReportEntry[];
}

const isArticleFile = (name: string) => /\.txt$/i.test(name);

/**
 * Recursively read every `.txt` file under `root`, in a stable order. The calls are synchronous:
 * nothing else runs while the build reads its inputs, and ten thousand awaited reads cost
 * seconds more than inline ones.
 */
export async function readInputs(root: string): Promise<InputScan> {
  const base = fs.realpathSync(root);
  const files: RawFile[] = [];
  const refused: IngestReportEntry[] = [];
  function visit(dir: string): void {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const input = path.relative(base, full).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') visit(full);
        continue;
      }
      if (!isArticleFile(e.name)) continue;
      try {
        if (e.isSymbolicLink()) {
          const target = fs.realpathSync(full);
          if (target !== base && !target.startsWith(base + path.sep)) {
            refused.push({ input, status: 'error', messages: [`${input}: symbolic link to a file outside the input folder; not followed`] });
            continue;
          }
          if (!fs.statSync(target).isFile()) continue;
        } else if (!e.isFile()) continue;
        files.push({ input, bytes: fs.readFileSync(full) });
      } catch (err) {
        refused.push({ input, status: 'error', messages: [`${input}: could not be read (${(err as Error).message})`] });
      }
    }
  }
  visit(base);
  return { files, refused };
}
