/**
 * Cache folders that hold one version of the code that fills them. Entries made by another version
 * can never be hit again (the version is part of their keys), so a build removes them, in the
 * background, as they may be a whole archive's worth of files. Without this, every update of
 * Clippings left all of an archive's extractions (or cards) behind in `.cache/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { removeInBackground } from './outputDir.ts';

/** The folder under `root` for `version`; everything else in `root` goes. */
export function versionFolder(root: string, version: string): string {
  const name = version.replace(/[^0-9a-zA-Z]/g, '').slice(0, 16);
  let others: string[] = [];
  try {
    others = fs.readdirSync(root).filter((n) => n !== name);
  } catch {
    // no cache yet
  }
  for (const n of others) removeInBackground(path.join(root, n));
  return path.join(root, name);
}
