import { Worker } from 'node:worker_threads';
import { BriefingError, type BriefingErrorCode } from '../../../shared/errors';
import type { FromWorker } from './compactionWorker';
import { compactionWorkerScript } from './workerScript';
import type { CompactJob, Compacted, OpenJob, OpenResult, RecordSlice } from './workerJobs';

/** Runs open and compaction jobs in a worker thread; see workerJobs.ts for what each does. */
export interface CompactionWorkers {
  /** `transfer`: hand the job's buffers to the worker instead of copying them (the caller must not use them after). */
  open(
    job: Omit<OpenJob, 'kind'>,
    onSlice: (slice: RecordSlice) => void,
    transfer?: ArrayBuffer[],
  ): Promise<OpenResult>;
  compact(job: Omit<CompactJob, 'kind'>, transfer?: ArrayBuffer[]): Promise<Compacted>;
  /** Ends the worker once the jobs already asked for are done. */
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onSlice?: (slice: RecordSlice) => void;
}

export interface CompactionWorkerOptions {
  /** The worker's script; found (or bundled from source) by compactionWorkerScript when left out. */
  script?: string;
  /** How long an idle worker is kept for the next job before it ends, so an idle app holds no second thread. */
  idleMs?: number;
}

/**
 * One worker thread at a time, started for a job and ended after `idleMs` without one, so its
 * memory (a whole second copy of the database while it compacts) is given back. A worker that
 * dies fails the jobs it had; the next job starts a new one. It never keeps the process alive:
 * it holds a reference only while a job runs.
 */
export function compactionWorkers({ script, idleMs = 2000 }: CompactionWorkerOptions = {}): CompactionWorkers {
  let worker: Worker | undefined;
  let starting: Promise<Worker> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: unknown) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  async function start(): Promise<Worker> {
    const started = new Worker(script ?? (await compactionWorkerScript()), { name: 'summit-briefing-compaction' });
    started.on('message', (message: FromWorker) => {
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'slice') {
        job.onSlice?.({ list: message.list as RecordSlice['list'], items: message.items });
        return;
      }
      pending.delete(message.id);
      if (message.type === 'done') job.resolve(message.result);
      else {
        const { code = 'internal', ...rest } = message.error;
        job.reject(new BriefingError({ code: code as BriefingErrorCode, ...rest }));
      }
      if (pending.size === 0) idle();
    });
    const gone = (error: unknown) => {
      if (worker === started) worker = undefined;
      failAll(
        new BriefingError({
          code: 'internal',
          message: `The compaction worker stopped: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    };
    started.on('error', gone);
    started.on('exit', (code) => {
      if (worker === started) gone(new Error(`it exited with code ${code}`));
    });
    return started;
  }

  function idle(): void {
    worker?.unref();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      const ending = worker;
      worker = undefined;
      void ending?.terminate();
    }, idleMs);
    idleTimer.unref();
  }

  async function run<Result>(
    job: OpenJob | CompactJob,
    transfer: ArrayBuffer[],
    onSlice?: (slice: RecordSlice) => void,
  ): Promise<Result> {
    clearTimeout(idleTimer);
    if (!worker) {
      starting ??= start().finally(() => (starting = undefined));
      worker = await starting;
    }
    const current = worker;
    current.ref();
    const id = ++nextId;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, { resolve: resolve, reject, ...(onSlice ? { onSlice } : {}) });
      current.postMessage({ id, job }, transfer);
    });
  }

  return {
    open: (job, onSlice, transfer = []) => run<OpenResult>({ kind: 'open', ...job }, transfer, onSlice),
    compact: (job, transfer = []) => run<Compacted>({ kind: 'compact', ...job }, transfer),
    async close() {
      while (pending.size > 0) {
        await new Promise<void>((resolve) => setTimeout(resolve, 5));
      }
      clearTimeout(idleTimer);
      const ending = worker;
      worker = undefined;
      await ending?.terminate();
    },
  };
}
