/** Summary of repeated timings, in milliseconds (or whatever unit the samples are in). */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile: with few runs, p95 is the slowest run, which is the honest reading. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    median: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

export async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function timeSync(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Runs `measure` and `baseline` alternately, so drift (page cache, CPU clock) hits both alike. */
export async function paired(
  runs: number,
  measure: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ measured: number[]; baseline: number[] }> {
  const measured: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      measured.push(await measure());
      base.push(await baseline());
    } else {
      base.push(await baseline());
      measured.push(await measure());
    }
  }
  return { measured, baseline: base };
}

/** With `unref`, a pending sleep does not keep the process alive (for timeouts raced against work). */
export const sleep = (ms: number, { unref = false } = {}) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    if (unref) timer.unref();
  });
