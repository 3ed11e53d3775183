/**
 * Atomic output: a build writes into a staging folder beside the output and swaps it into place
 * only when everything is written, so a failed or interrupted build leaves the previous site whole.
 */
import fs from 'node:fs/promises';
import { rmSync } from 'node:fs';
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
  const dir = await fs.mkdtemp(path.join(parent, `.${path.basename(output)}.staging-`));
  active.add(dir);
  return dir;
}

/**
 * Replace `output` with `staging` (two renames), then remove the old site. The removal is
 * synchronous: tens of thousands of unlinks cost seconds more as promises.
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
  if (hadOld) rmSync(retired, { recursive: true, force: true });
}

/** Remove a staging folder left by a failed build. */
export async function discardStaging(staging: string): Promise<void> {
  active.delete(staging);
  await fs.rm(staging, { recursive: true, force: true });
}
