// Eleventy 3 ships no type declarations; this is the part of its API Clippings uses.
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addFilter(name: string, fn: (this: FilterContext, ...args: any[]) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addPassthroughCopy(map: string | Record<string, string>): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    addTransform(name: string, fn: (this: FilterContext, content: string) => string | Promise<string>): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setDataDeepMerge(b: boolean): void;
    setUseGitIgnore(b: boolean): void;
    ignores: { add(glob: string): void };
    [key: string]: any;
  }
  export interface FilterContext {
    page?: { url?: string | false; inputPath?: string; outputPath?: string | false };
    ctx?: Record<string, unknown>;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (config: UserConfig) => void | Promise<void>;
    [key: string]: unknown;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}
declare module '@11ty/eleventy-plugin-rss';
declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void;
    reload(event?: unknown): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer };
  export default EleventyDevServer;
}
