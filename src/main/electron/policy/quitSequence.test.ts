import { describe, expect, it } from 'vitest';
import { createCallTracker, createQuitSequence, type QuitSteps } from './quitSequence';

function deferred<Value = void>() {
  let resolve!: (value: Value) => void;
  const promise = new Promise<Value>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createCallTracker', () => {
  it('settles at once when nothing is in flight', async () => {
    expect(await createCallTracker().settled(1000)).toBe(true);
  });

  it('waits for the calls in flight, including those started while waiting', async () => {
    const tracker = createCallTracker();
    const first = deferred();
    const second = deferred();
    void tracker.track(first.promise);
    const settled = tracker.settled(5000);
    void tracker.track(second.promise);
    first.resolve();
    await Promise.resolve();
    expect(tracker.inFlight).toBe(1);
    second.resolve();
    expect(await settled).toBe(true);
    expect(tracker.inFlight).toBe(0);
  });

  it('counts a failed call as finished', async () => {
    const tracker = createCallTracker();
    await tracker.track(Promise.reject(new Error('refused'))).catch(() => undefined);
    expect(tracker.inFlight).toBe(0);
  });

  it('gives up after the timeout when a call never ends', async () => {
    const tracker = createCallTracker();
    void tracker.track(new Promise(() => undefined));
    const started = Date.now();
    expect(await tracker.settled(50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('createQuitSequence', () => {
  function recordingSteps(overrides: Partial<QuitSteps> = {}) {
    const order: string[] = [];
    const steps: QuitSteps = {
      refuseNewCalls: () => void order.push('refuse'),
      settleCalls: async () => (order.push('settle'), true),
      flush: async () => void order.push('flush'),
      releaseDataFolder: async () => void order.push('release'),
      log: (message) => void order.push(`log: ${message}`),
      ...overrides,
    };
    return { order, steps };
  }

  it('refuses new calls, lets the running ones finish, writes the last change, then gives the folder back', async () => {
    const { order, steps } = recordingSteps();
    const sequence = createQuitSequence(steps);
    expect(sequence.finished).toBe(false);
    await sequence.run();
    expect(order).toEqual(['refuse', 'settle', 'flush', 'release']);
    expect(sequence.finished).toBe(true);
  });

  it('runs once however many times quitting is asked for', async () => {
    const { order, steps } = recordingSteps();
    const sequence = createQuitSequence(steps);
    await Promise.all([sequence.run(), sequence.run(), sequence.run()]);
    await sequence.run();
    expect(order.filter((step) => step === 'flush')).toHaveLength(1);
  });

  it('still writes and finishes when calls do not settle or the write fails, and says so', async () => {
    const { order, steps } = recordingSteps({
      settleCalls: async () => false,
      flush: async () => {
        throw new Error('disk full');
      },
    });
    const sequence = createQuitSequence(steps, 2000);
    await sequence.run();
    expect(order).toEqual([
      'refuse',
      'log: some calls were still running after 2000 ms; saving what has arrived',
      'log: the final save failed',
      'release',
    ]);
    expect(sequence.finished).toBe(true);
  });
});
