/**
 * Atomic output: a build writes into a staging folder beside the output and swaps it into place
 * only when everything is written, so a failed or interrupted build leaves the previous site whole.
 */
import fs from 'node:fs/promises';
import { readdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

// Staging folders of builds in progress, so an interrupted process can remove them on its way out.
const active = new Set<string>();

/** Remove every staging folder this process still has open (for SIGINT/SIGTERM handlers). */
export function discardActiveStagingSync(): void {
  for (const dir of active) rmSync(dir, { recursive: true, force: true });
  active.clear();
}

/** A fresh, empty staging folder next to `output` (same file system, so the swap is a rename). */
export async function makeStaging(output: string): Promise<string> {
  const parent = path.dirname(path.resolve(output));
  await fs.mkdir(parent, { recursive: true });
  // Retired sites whose removal did not finish (the machine went down meanwhile) go now.
  const retiredPrefix = `.${path.basename(output)}.old-`;
  for (const name of readdirSync(parent)) if (name.startsWith(retiredPrefix)) removeInBackground(path.join(parent, name));
  const dir = await fs.mkdtemp(path.join(parent, `.${path.basename(output)}.staging-`));
  active.add(dir);
  return dir;
}

/**
 * Replace `output` with `staging` (two renames), then remove the old site in the background: the
 * new site is complete once renamed, and the old one's tens of thousands of unlinks took 6 s of a
 * 10,000-article rebuild that changed one article.
 */
export async function swapIntoPlace(staging: string, output: string): Promise<void> {
  const target = path.resolve(output);
  const retired = `${path.dirname(target)}/.${path.basename(target)}.old-${process.pid}-${Date.now()}`;
  let hadOld = false;
  try {
    await fs.rename(target, retired);
    hadOld = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    await fs.rename(staging, target);
    active.delete(staging);
  } catch (e) {
    if (hadOld) await fs.rename(retired, target);
    throw e;
  }
  if (hadOld) removeInBackground(retired);
}

/** The removal each background remover runs: its folder is the last argument. */
const REMOVE = "require('node:fs').rmSync(process.argv.at(-1), { recursive: true, force: true, maxRetries: 3 })";

/**
 * Delete a folder no one will read again from a detached process, which outlives this one if need
 * be (a CLI build exits at once). Removal by a second remover of the same folder is harmless.
 */
export function removeInBackground(dir: string): void {
  const removeHere = () => rmSync(dir, { recursive: true, force: true });
  try {
    const child = spawn(process.execPath, ['-e', REMOVE, dir], { detached: true, stdio: 'ignore' });
    child.on('error', removeHere);
    child.unref();
  } catch {
    removeHere();
  }
}

/** Remove a staging folder left by a failed build. */
export async function discardStaging(staging: string): Promise<void> {
  active.delete(staging);
  await fs.rm(staging, { recursive: true, force: true });
}
