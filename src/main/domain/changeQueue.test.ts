import { describe, expect, it } from 'vitest';
import { ChangeQueue, type Queued } from './changeQueue';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A pretend store: each batch takes `writeMs`, answers every request with its value, and is recorded. */
function recordingQueue(delayMs: number, writeMs = 1) {
  const batches: number[][] = [];
  let running = 0;
  let overlapped = false;
  const queue = new ChangeQueue<number>(async (batch: Array<Queued<number>>) => {
    running += 1;
    if (running > 1) overlapped = true;
    await sleep(writeMs);
    batches.push(batch.map((item) => item.request));
    running -= 1;
    for (const item of batch) item.resolve(item.request);
  }, delayMs);
  return { queue, batches, overlapped: () => overlapped };
}

const typing = { eager: false };

describe('ChangeQueue', () => {
  it('gathers 100 keystrokes fired without awaiting into one batch, in order', async () => {
    const { queue, batches } = recordingQueue(50);
    const answers = Array.from({ length: 100 }, (_, index) => queue.push<number>(index + 1, typing));
    expect(batches).toEqual([]);
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(batches).toEqual([Array.from({ length: 100 }, (_, index) => index + 1)]);
  });

  it('starts any change but typing at once, and gathers what arrives meanwhile into the next batch', async () => {
    const { queue, batches } = recordingQueue(60_000, 20);
    const started = Date.now();
    const first = queue.push(1);
    await sleep(5);
    const rest = [queue.push(2), queue.push(3, typing), queue.push(4)];
    await Promise.all([first, ...rest]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never runs two batches at once, and answers them in the order they were asked for', async () => {
    const { queue, batches, overlapped } = recordingQueue(1, 15);
    const order: number[] = [];
    const answers: Array<Promise<unknown>> = [];
    for (let request = 1; request <= 10; request++) {
      answers.push(queue.push<number>(request).then((value) => order.push(value)));
      await sleep(4);
    }
    await Promise.all(answers);
    expect(overlapped()).toBe(false);
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(batches.flat()).toEqual(order);
  });

  it('puts a barrier (an undo) in a batch of its own, after everything before it', async () => {
    const { queue, batches } = recordingQueue(60_000);
    const answers = [
      queue.push(1, typing),
      queue.push(2, typing),
      queue.push(3, { barrier: true }),
      queue.push(4, typing),
    ];
    await queue.flush();
    await Promise.all(answers);
    expect(batches).toEqual([[1, 2], [3], [4]]);
  });

  it('flushes typing at once, and resolves only after a change that arrived during the final write', async () => {
    const { queue, batches } = recordingQueue(60_000, 30);
    void queue.push(1, typing);
    const flushed = queue.flush();
    await sleep(10); // the batch with 1 is being written
    void queue.push(2, typing);
    const started = Date.now();
    await flushed;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(batches).toEqual([[1], [2]]);
    expect(queue.pending).toBe(0);
  });

  it('flushes to nothing when nothing is waiting', async () => {
    const { queue, batches } = recordingQueue(0);
    await queue.flush();
    expect(batches).toEqual([]);
  });

  it('rejects a batch whose processing threw and carries on with the next one', async () => {
    let fail = true;
    const queue = new ChangeQueue<number>(async (batch) => {
      if (fail) throw new Error('disk full');
      for (const item of batch) item.resolve(item.request);
    }, 1);
    const first = queue.push(1);
    const second = queue.push(2);
    await expect(first).rejects.toThrow('disk full');
    await expect(second).rejects.toThrow('disk full');
    fail = false;
    await expect(queue.push(3)).resolves.toBe(3);
  });
});
