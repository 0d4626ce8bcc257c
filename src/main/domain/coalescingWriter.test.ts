import { describe, expect, it } from 'vitest';
import { CoalescingWriter } from './coalescingWriter';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A pretend file: `writeNow` copies the state as it is when the write begins, then takes `writeMs`. */
function recordingWriter(delayMs: number, writeMs = 1) {
  const state = { value: 0 };
  const written: number[] = [];
  let running = 0;
  let overlapped = false;
  const writer = new CoalescingWriter(async () => {
    running += 1;
    if (running > 1) overlapped = true;
    const snapshot = state.value;
    await sleep(writeMs);
    written.push(snapshot);
    running -= 1;
  }, delayMs);
  return { state, written, writer, overlapped: () => overlapped };
}

describe('CoalescingWriter', () => {
  it('turns 100 requests fired without awaiting into one write that holds the last state', async () => {
    const { state, written, writer } = recordingWriter(50);
    const requests: Promise<void>[] = [];
    for (let edit = 1; edit <= 100; edit++) {
      state.value = edit;
      requests.push(writer.request());
    }
    expect(written).toEqual([]);

    await Promise.all(requests);

    expect(writer.writes).toBe(1);
    expect(written).toEqual([100]);
  });

  it('resolves every request only once a write that began after it has finished', async () => {
    const { state, written, writer } = recordingWriter(5, 20);
    const seenOnResolve: number[] = [];
    const requests: Promise<void>[] = [];
    for (let edit = 1; edit <= 30; edit++) {
      state.value = edit;
      const expected = edit;
      requests.push(
        writer.request().then(() => {
          seenOnResolve.push(written.at(-1)! >= expected ? 1 : 0);
        }),
      );
      // Spread the edits over several write windows, some of them while a write runs.
      if (edit % 10 === 0) await sleep(12);
    }
    await Promise.all(requests);
    expect(seenOnResolve).toHaveLength(30);
    expect(seenOnResolve.every((ok) => ok === 1)).toBe(true);
    expect(written.at(-1)).toBe(30);
    expect(writer.writes).toBeLessThan(30);
  });

  it('never runs two writes at once, and lands them in order', async () => {
    const { state, written, writer, overlapped } = recordingWriter(1, 15);
    const requests: Promise<void>[] = [];
    for (let edit = 1; edit <= 10; edit++) {
      state.value = edit;
      requests.push(writer.request());
      await sleep(4);
    }
    await Promise.all(requests);
    expect(overlapped()).toBe(false);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written.at(-1)).toBe(10);
  });

  it('writes at once on flush instead of waiting for the delay', async () => {
    const { state, written, writer } = recordingWriter(60_000);
    state.value = 7;
    const request = writer.request();
    const started = Date.now();
    await writer.flush();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(written).toEqual([7]);
    await expect(request).resolves.toBeUndefined();
  });

  it('flushes to nothing when nothing is waiting, and waits for a write already running', async () => {
    const { state, written, writer } = recordingWriter(0, 30);
    await writer.flush();
    expect(writer.writes).toBe(0);

    state.value = 1;
    void writer.request();
    await sleep(10); // the write has begun and is still running
    await writer.flush();
    expect(written).toEqual([1]);
  });

  it('rejects the requests of a failed write and carries on with the next one', async () => {
    let fail = true;
    const writer = new CoalescingWriter(async () => {
      if (fail) throw new Error('disk full');
    }, 1);
    const first = writer.request();
    const second = writer.request();
    await expect(first).rejects.toThrow('disk full');
    await expect(second).rejects.toThrow('disk full');
    fail = false;
    await expect(writer.request()).resolves.toBeUndefined();
    await expect(writer.flush()).resolves.toBeUndefined();
    expect(writer.writes).toBe(2);
  });
});
