/**
 * What happens between "quit" and the process ending, as plain functions of their steps, so the
 * order is tested in Node: refuse new calls, let the calls already made finish (at most a couple
 * of seconds: a call stuck on a dialog must not keep the app from quitting), write the last
 * change, then give the data folder back. Whatever triggered it — the window closing, Cmd+Q,
 * Windows logging off, SIGTERM — runs the same sequence once.
 */

/** IPC calls in flight, so quitting can wait for them. */
export interface CallTracker {
  track<Value>(call: Promise<Value>): Promise<Value>;
  /** Resolves true once no call is in flight, or false after `timeoutMs` with some still running. */
  settled(timeoutMs: number): Promise<boolean>;
  readonly inFlight: number;
}

export function createCallTracker(): CallTracker {
  const pending = new Set<Promise<unknown>>();
  return {
    get inFlight() {
      return pending.size;
    },
    track(call) {
      pending.add(call);
      const forget = () => pending.delete(call);
      call.then(forget, forget);
      return call;
    },
    async settled(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      // Calls may start while earlier ones finish; keep waiting until none is left or time is up.
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((done) => {
          timer = setTimeout(() => done('timeout'), left);
        });
        const outcome = await Promise.race([Promise.allSettled([...pending]), timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') return false;
      }
      return true;
    },
  };
}

export interface QuitSteps {
  /** From now on the IPC bridge answers "closing" and starts nothing new. */
  refuseNewCalls(): void;
  settleCalls(timeoutMs: number): Promise<boolean>;
  /** Resolves once every change acknowledged so far is on disk. */
  flush(): Promise<void>;
  releaseDataFolder(): Promise<void>;
  log(message: string, error?: unknown): void;
}

export interface QuitSequence {
  /** Runs the steps once; later calls get the same promise. Never rejects. */
  run(): Promise<void>;
  readonly finished: boolean;
}

export const callSettleTimeoutMs = 2_000;

export function createQuitSequence(steps: QuitSteps, timeoutMs: number = callSettleTimeoutMs): QuitSequence {
  let running: Promise<void> | undefined;
  let finished = false;
  return {
    get finished() {
      return finished;
    },
    run() {
      running ??= (async () => {
        steps.refuseNewCalls();
        const quiet = await steps.settleCalls(timeoutMs).catch(() => false);
        if (!quiet) steps.log(`some calls were still running after ${timeoutMs} ms; saving what has arrived`);
        await steps.flush().catch((error: unknown) => steps.log('the final save failed', error));
        await steps
          .releaseDataFolder()
          .catch((error: unknown) => steps.log('the data folder lock was not released', error));
        finished = true;
      })();
      return running;
    },
  };
}
