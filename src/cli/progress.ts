/**
 * Build progress people can see: on a terminal, a bar per running stage with count, rate and ETA
 * (the current stage, plus the social cards drawn beside it on a worker thread); in CI logs and
 * pipes (no TTY, or CI set), nothing until the summary.
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  stage(name: string): void;
  tick(name: string, done: number, total: number): void;
  stop(): void;
}

const SILENT: ProgressReporter = { stage() {}, tick() {}, stop() {} };

/** Small stages finish before a bar helps. */
const MIN_TOTAL = 50;

export function progressFor(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY || process.env.CI) return SILENT;
  const multi = new cliProgress.MultiBar({
    stream,
    format: '  {stage} [{bar}] {value}/{total} · {rate}/s · ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
  }, cliProgress.Presets.shades_classic);
  const bars = new Map<string, { bar: cliProgress.SingleBar; started: number }>();
  // Rates count from the stage's start; a background stage (cards) starts at its first tick.
  const stageStarted = new Map<string, number>();
  let current = '';
  const drop = (name: string) => {
    const b = bars.get(name);
    if (b) { multi.remove(b.bar); bars.delete(name); }
  };
  return {
    stage(name) {
      // The stage that ended takes its bar with it; background stages keep theirs until done.
      drop(current);
      current = name;
      stageStarted.set(name, performance.now());
      multi.log(`${name}…\n`);
    },
    tick(name, done, total) {
      if (total < MIN_TOTAL) return;
      let b = bars.get(name);
      if (!b) {
        b = { bar: multi.create(total, 0, { stage: name.padEnd(9), rate: '0' }), started: stageStarted.get(name) ?? performance.now() };
        bars.set(name, b);
      }
      const secs = (performance.now() - b.started) / 1000;
      b.bar.update(done, { rate: secs > 0 ? Math.round(done / secs).toString() : '0' });
      if (done >= total && name !== current) drop(name);
    },
    stop() { multi.stop(); },
  };
}
