interface Batch {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
  wake(): void;
  firstAt: number;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Turns many save requests into few writes. A request joins the write that is waiting to start;
 * that write begins once requests have paused for `delayMs` — but never later than `maxWaitMs`
 * after the first request of its batch, so steady typing still lands on disk — and never while
 * another write runs. It serialises the state as it is when it begins, so every change made
 * before a request is on disk when that request's promise resolves. `flush` skips the wait.
 */
export class CoalescingWriter {
  private waiting?: Batch;
  private running: Promise<void> = Promise.resolve();
  writes = 0;

  constructor(
    private readonly writeNow: () => Promise<void>,
    private readonly delayMs: number,
    private readonly maxWaitMs = Math.max(delayMs * 4, 1000),
  ) {}

  request(): Promise<void> {
    const joined = this.waiting;
    if (joined) {
      this.schedule(joined);
      return joined.promise;
    }
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
    const batch: Batch = { promise, resolve, reject, wake, firstAt: Date.now() };
    this.waiting = batch;
    this.schedule(batch);
    void woken
      .then(() => this.running)
      .then(() => {
        clearTimeout(batch.timer);
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

  private schedule(batch: Batch): void {
    clearTimeout(batch.timer);
    const untilDeadline = batch.firstAt + this.maxWaitMs - Date.now();
    batch.timer = setTimeout(() => batch.wake(), Math.max(0, Math.min(this.delayMs, untilDeadline)));
  }
}
