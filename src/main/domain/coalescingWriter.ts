/**
 * Turns many save requests into few writes. A request joins the write that is waiting to
 * start; that write begins `delayMs` after the first request of its batch (and never while
 * another write runs), and serialises the state as it is when it begins — so every change made
 * before a request is on disk when that request's promise resolves. `flush` skips the wait.
 */
export class CoalescingWriter {
  private waiting?: { promise: Promise<void>; resolve(): void; reject(error: unknown): void; wake(): void };
  private running: Promise<void> = Promise.resolve();
  writes = 0;

  constructor(
    private readonly writeNow: () => Promise<void>,
    private readonly delayMs: number,
  ) {}

  request(): Promise<void> {
    if (this.waiting) return this.waiting.promise;
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    let wake!: () => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    const woken = new Promise<void>((done) => {
      wake = done;
    });
    const batch = { promise, resolve, reject, wake };
    this.waiting = batch;
    const timer = setTimeout(() => wake(), this.delayMs);
    void woken
      .then(() => this.running)
      .then(() => {
        clearTimeout(timer);
        if (this.waiting === batch) this.waiting = undefined;
        this.writes += 1;
        this.running = this.writeNow().then(batch.resolve, (error: unknown) => batch.reject(error));
        return this.running;
      });
    return promise;
  }

  /** Starts any waiting write at once and resolves when everything requested so far is on disk. */
  async flush(): Promise<void> {
    const batch = this.waiting;
    if (batch) {
      batch.wake();
      await batch.promise.catch(() => undefined);
    }
    await this.running;
  }
}
