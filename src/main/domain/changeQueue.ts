export interface Queued<Request> {
  request: Request;
  /** When it was asked for, by the monotonic clock: what undo uses to gather typing into one step. */
  at: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Turns many change requests into few writes, in the order they were asked for. Typing gathers
 * into a batch that starts once it has paused for `delayMs` — but never later than `maxWaitMs`
 * after the first keystroke, so steady typing still lands. Any other change (a star, a tag) is
 * eager: its batch starts at once, or as soon as the batch being written is done, taking with it
 * everything that queued meanwhile. Never two batches at a time. A barrier (undo, redo) is a
 * batch of its own and starts the batch before it at once: it must see every earlier change saved.
 * `flush` starts everything now and resolves only once nothing is waiting and nothing runs,
 * including requests that arrived while the last batch was being written.
 */
export class ChangeQueue<Request> {
  private waiting: Array<Queued<Request> & { barrier: boolean; eager: boolean }> = [];
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;
  private lastAt = 0;
  private flushing = 0;
  /** Requests handed to the batch being processed. */
  inBatch = 0;
  private runningBarrier = false;
  batches = 0;

  constructor(
    private readonly process: (batch: Array<Queued<Request>>) => Promise<void>,
    private readonly delayMs: number,
    private readonly maxWaitMs = Math.max(delayMs * 4, 1000),
    private readonly now: () => number = () => performance.now(),
  ) {}

  push<Value>(
    request: Request,
    { barrier = false, eager = true }: { barrier?: boolean; eager?: boolean } = {},
  ): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      const at = this.now();
      if (this.waiting.length === 0) this.firstAt = at;
      this.lastAt = at;
      this.waiting.push({
        request,
        at,
        barrier,
        eager: eager || barrier,
        resolve: resolve,
        reject,
      });
      this.schedule();
    });
  }

  /** Whether an undo or redo is waiting or being written: the state after it is not known yet. */
  barrierAhead(): boolean {
    return this.runningBarrier || this.waiting.some((item) => item.barrier);
  }

  /** Requests not yet answered: waiting or being written. */
  get pending(): number {
    return this.waiting.length + this.inBatch;
  }

  async flush(): Promise<void> {
    this.flushing += 1;
    try {
      this.schedule();
      while (this.running || this.waiting.length > 0) {
        await (this.running ?? Promise.resolve());
        this.schedule();
      }
    } finally {
      this.flushing -= 1;
    }
  }

  private urgent(): boolean {
    return this.flushing > 0 || this.waiting.some((item) => item.eager);
  }

  private schedule(): void {
    if (this.running || this.waiting.length === 0) return;
    clearTimeout(this.timer);
    const due = Math.min(this.lastAt + this.delayMs, this.firstAt + this.maxWaitMs) - this.now();
    if (this.urgent() || due <= 0) {
      this.start();
      return;
    }
    this.timer = setTimeout(() => this.start(), due);
  }

  private start(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running || this.waiting.length === 0) return;
    const first = this.waiting[0];
    const count = first?.barrier ? 1 : this.waiting.findIndex((item) => item.barrier);
    const batch = this.waiting.splice(0, count < 0 ? this.waiting.length : count);
    if (this.waiting.length > 0) this.firstAt = this.waiting[0]?.at ?? this.now();
    this.inBatch = batch.length;
    this.runningBarrier = first?.barrier ?? false;
    this.batches += 1;
    this.running = this.process(batch)
      .catch((error: unknown) => {
        // The processor answers each request itself; this only guards against a bug leaving callers waiting.
        for (const item of batch) item.reject(error);
      })
      .finally(() => {
        this.inBatch = 0;
        this.runningBarrier = false;
        this.running = undefined;
        this.schedule();
      });
  }
}
