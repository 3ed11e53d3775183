/**
 * The search stage's cache between builds, under the build's cache folder:
 *
 *   search/objects/ab/abcdef….js   every search file of the last build, named by the SHA-256 of its text
 *   search/last.json               that build: the fingerprint of its input and its files
 *
 * A build whose input fingerprint equals the last one's links the last build's files into place and
 * computes nothing. Otherwise each file made is looked up by its hash: a file the last build already
 * had (a shard none of the changed articles' words fall in, a chunk without a changed article) is
 * linked, not written. After a build the objects it did not use are removed, so the cache holds one
 * build. Without a cache folder, files are simply written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Folders } from '../build/syncFiles.ts';

interface LastBuild { fingerprint: string; version: string; files: Array<[name: string, hash: string]> }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class SearchCache {
  private readonly objects: string;
  private readonly lastFile: string;
  private readonly used: Array<[string, string]> = [];
  private readonly folders = new Folders();

  /** `cacheDir` is the build's cache folder, or undefined for none. */
  constructor(private readonly outDir: string, cacheDir: string | undefined) {
    const root = cacheDir ? path.join(cacheDir, 'search') : '';
    this.objects = root && path.join(root, 'objects');
    this.lastFile = root && path.join(root, 'last.json');
  }

  /** The last build, if it had this fingerprint: its files are now in `outDir`. */
  reuse(fingerprint: string): { version: string; files: string[] } | undefined {
    const last = this.last();
    if (!last || last.fingerprint !== fingerprint) return undefined;
    try {
      for (const [name, hash] of last.files) this.place(this.objectPath(hash), name);
    } catch {
      return undefined; // an object went missing: build afresh (files written so far are overwritten)
    }
    return { version: last.version, files: last.files.map(([name]) => name) };
  }

  /** Write one search file (`name` under search/), from the cache when it holds the same bytes. */
  put(name: string, text: string): void {
    const target = path.join(this.outDir, name);
    this.folders.forFile(target);
    if (!this.objects) return fs.writeFileSync(target, text);
    const hash = sha256(text);
    const object = this.objectPath(hash);
    this.used.push([name, hash]);
    if (!fs.existsSync(object)) {
      this.folders.forFile(object);
      fs.writeFileSync(object + '.tmp', text);
      fs.renameSync(object + '.tmp', object);
    }
    this.place(object, name);
  }

  /** Record this build as the last one and drop the objects it did not use. */
  finish(fingerprint: string, version: string): void {
    if (!this.objects) return;
    const keep = new Set(this.used.map(([, h]) => h));
    fs.writeFileSync(this.lastFile, JSON.stringify({ fingerprint, version, files: this.used } satisfies LastBuild));
    for (const dir of fs.readdirSync(this.objects)) {
      for (const f of fs.readdirSync(path.join(this.objects, dir))) {
        if (!keep.has(f.replace(/\.js$/, ''))) fs.rmSync(path.join(this.objects, dir, f), { force: true });
      }
    }
  }

  private last(): LastBuild | undefined {
    if (!this.lastFile || !fs.existsSync(this.lastFile)) return undefined;
    try {
      return JSON.parse(fs.readFileSync(this.lastFile, 'utf8')) as LastBuild;
    } catch {
      return undefined;
    }
  }

  private objectPath(hash: string): string {
    return path.join(this.objects, hash.slice(0, 2), `${hash}.js`);
  }

  /** A hard link to the object (no bytes copied), or a copy where links cannot be made. */
  private place(object: string, name: string): void {
    const target = path.join(this.outDir, name);
    this.folders.forFile(target);
    try {
      fs.linkSync(object, target);
    } catch (e) {
      // Already there (a file written before a failed reuse): replace it. Across devices: copy.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        fs.rmSync(target, { force: true });
        return this.place(object, name);
      }
      fs.copyFileSync(object, target);
    }
  }
}
