/**
 * Loading search files as classic scripts: each file calls `__clippingsSearch.register(name,
 * data)`. Works from a copy on disk (file://), where fetch() of local files is blocked.
 */
import { GLOBAL, type Manifest, type TermShard, type PositionShard, type DocChunk, type FacetTable } from '../format.ts';
import type { IndexSource } from '../query/evaluate.ts';

declare global {
  interface Window { [GLOBAL]?: { register(name: string, data: unknown): void } }
}

/** Search files, fetched once each, by injecting script elements. */
export class ScriptLoader {
  private readonly registered = new Map<string, unknown>();
  private readonly loading = new Map<string, Promise<unknown>>();

  /** `base` is the URL of the site's search/ folder. */
  constructor(private readonly base: URL) {
    window[GLOBAL] = { register: (name, data) => void this.registered.set(name, data) };
  }

  load<T>(name: string, file: string): Promise<T> {
    let p = this.loading.get(name);
    if (!p) {
      p = new Promise<unknown>((resolve, reject) => {
        const s = document.createElement('script');
        s.src = new URL(file, this.base).href; // shards and chunks are named by their content: a new build never reuses a name
        s.async = true;
        s.onload = () => {
          s.remove();
          if (this.registered.has(name)) resolve(this.registered.get(name));
          else reject(new Error(`${file} did not register “${name}”`));
        };
        s.onerror = () => {
          s.remove();
          this.loading.delete(name); // let a later search try again (the network may come back)
          reject(new Error(`Could not load the search file ${file}`));
        };
        document.head.append(s);
      });
      this.loading.set(name, p);
    }
    return p as Promise<T>;
  }

  /** Files loaded so far (for tests and the status line). */
  get count(): number {
    return this.loading.size;
  }

  async manifest(): Promise<Manifest> {
    return this.load<Manifest>('manifest', 'manifest.js');
  }
}

/** The index as the evaluator sees it, plus the document chunks results show. */
export class ScriptSource implements IndexSource {
  constructor(readonly manifest: Manifest, private readonly loader: ScriptLoader) {}
  termShard(n: number): Promise<TermShard> {
    const id = this.manifest.shardIds[n]!;
    return this.loader.load(`t${id}`, `t/${id}.js`);
  }
  positionShard(n: number): Promise<PositionShard> {
    const id = this.manifest.shardIds[n]!;
    return this.loader.load(`p${id}`, `p/${id}.js`);
  }
  facets(): Promise<FacetTable> {
    const id = this.manifest.facetsId;
    return this.loader.load(`f${id}`, `f/${id}.js`);
  }
  chunk(n: number): Promise<DocChunk> {
    const id = this.manifest.chunkIds[n]!;
    return this.loader.load(`d${id}`, `d/${id}.js`);
  }
  /** One document's text (DocEntry's textId), for its snippet. */
  text(id: string): Promise<string> {
    return this.loader.load(`x${id}`, `x/${id}.js`);
  }
}
