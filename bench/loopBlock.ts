import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * The longest the main loop went without running a 1 ms timer while `work` ran: both Node's
 * histogram (monitorEventLoopDelay) and a timer-drift probe, since the histogram's resolution
 * hides nothing above it but says nothing about where the block came from.
 */
export async function loopBlockDuring<Value>(work: () => Promise<Value>): Promise<{ value: Value; blockMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  try {
    const value = await work();
    return { value, blockMs: Math.max(longest, histogram.max / 1e6) };
  } finally {
    clearInterval(probe);
    histogram.disable();
  }
}
