/**
 * Runs a build in a child Node process (so its memory is its own) and reads back the summary that
 * `runBuild.ts` prints: phases, counts, wall time as seen from outside, and peak RSS.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUMMARY_MARK } from './runBuild.ts';
import { heapFlag } from '../build/heapLimit.ts';

const RUNNER = fileURLToPath(new URL('./runBuild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What one build measured. */
export interface BuildRun {
  ok: boolean;
  /** Wall time of the child process, start-up (tsx, imports) included. */
  wallMs: number;
  /** buildArchive's own total. */
  buildMs: number;
  phases: Record<string, number>;
  peakRssBytes: number;
  articles: number;
  inputs: number;
  pages: number;
  warnings: number;
  errors: number;
  cardsDrawn: number;
  /** Why it failed (exit status, last lines of stderr), when it did. */
  failure?: string;
}

export interface BuildChildOptions {
  input: string;
  output: string;
  cacheDir: string;
  images: boolean;
  timeoutMs: number;
}

/** Build once in a child process; never rejects (a failed or timed-out build is reported as such). */
export function runBuildChild(o: BuildChildOptions): Promise<BuildRun> {
  // The heap limit `npm run build` runs with, so the bench measures what users get.
  const args = [heapFlag(), '--import', 'tsx', RUNNER, '--input', o.input, '--output', o.output, '--cache-dir', o.cacheDir];
  if (!o.images) args.push('--no-images');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGTERM'), o.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const line = out.split('\n').reverse().find((l) => l.startsWith(SUMMARY_MARK));
      if (code !== 0 || !line) {
        const why = signal ? `killed by ${signal}${signal === 'SIGTERM' ? ` (timeout ${Math.round(o.timeoutMs / 1000)} s)` : ''}` : `exit ${code}`;
        resolve({
          ok: false, wallMs, buildMs: 0, phases: {}, peakRssBytes: 0, articles: 0, inputs: 0, pages: 0, warnings: 0, errors: 0, cardsDrawn: 0,
          failure: `${why}: ${err.trim().split('\n').slice(-5).join(' | ')}`,
        });
        return;
      }
      const s = JSON.parse(line.slice(SUMMARY_MARK.length)) as {
        ms: number; phases: Array<{ name: string; ms: number }>; peakRssBytes: number; articles: number; inputs: number;
        pages: number; warnings: number; errors: number; cardsDrawn: number;
      };
      resolve({
        ok: true, wallMs, buildMs: s.ms, phases: Object.fromEntries(s.phases.map((p) => [p.name, p.ms])), peakRssBytes: s.peakRssBytes,
        articles: s.articles, inputs: s.inputs, pages: s.pages, warnings: s.warnings, errors: s.errors, cardsDrawn: s.cardsDrawn,
      });
    });
  });
}
