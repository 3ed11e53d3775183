/**
 * Build progress people can see: on a terminal, one bar per stage with count, rate and ETA;
 * in CI logs and pipes (no TTY, or CI set), nothing until the summary.
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  stage(name: string): void;
  tick(name: string, done: number, total: number): void;
  stop(): void;
}

const SILENT: ProgressReporter = { stage() {}, tick() {}, stop() {} };

export function progressFor(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY || process.env.CI) return SILENT;
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const finish = () => { bar?.stop(); bar = null; };
  return {
    stage(name) {
      finish();
      current = name;
      stream.write(`${name}…\n`);
    },
    tick(name, done, total) {
      if (name !== current || total < 50) return; // small stages finish before a bar helps
      if (!bar) {
        bar = new cliProgress.SingleBar({
          stream,
          format: `  ${name.padEnd(9)} [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted}`,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 200,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { rate: '0' });
      }
      const secs = (performance.now() - startedAt(name)) / 1000;
      bar.update(done, { rate: secs > 0 ? Math.round(done / secs).toString() : '0' });
    },
    stop: finish,
  };
}

const starts = new Map<string, number>();
function startedAt(name: string): number {
  if (!starts.has(name)) starts.set(name, performance.now());
  return starts.get(name)!;
}
