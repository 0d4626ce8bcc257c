import { Worker } from 'node:worker_threads';
import { BriefingError, type BriefingErrorCode } from '../../../shared/errors';
import type { FromWorker } from './compactionWorker';
import { compactionWorkerScript } from './workerScript';
import {
  compactDatabase,
  openDatabase,
  type CompactJob,
  type Compacted,
  type OpenJob,
  type OpenResult,
  type RecordSlice,
} from './workerJobs';

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
  /** The open's slices the worker may still send before it waits: one more each time one is taken in. */
  credit?: Int32Array;
}

/** Slices of an open queued at once: enough to keep the worker busy, few enough to keep the loop free. */
const slicesInFlight = 2;

export interface CompactionWorkerOptions {
  /** The worker's script; found (or bundled from source) by compactionWorkerScript when left out. */
  script?: string;
  /** How long an idle worker is kept for the next job before it ends, so an idle app holds no second thread. */
  idleMs?: number;
  /**
   * Jobs on fewer bytes than this run on the calling thread, a task later: starting a worker
   * (about 100 ms, measured in `npm run bench`, "Main" rows) costs more than parsing and checking
   * a small database, which blocks the loop a few milliseconds. 0 sends every job to the worker.
   */
  inProcessBelowBytes?: number;
}

/** A quarter of a megabyte parses and validates in well under 50 ms on a slow laptop. */
export const defaultInProcessBelowBytes = 256 * 1024;

/** The job run a task later on this thread, answering as the worker would (failures as BriefingErrors). */
function inProcess<Result>(work: () => Result): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(
          error instanceof BriefingError
            ? error
            : new BriefingError({ code: 'internal', message: error instanceof Error ? error.message : String(error) }),
        );
      }
    });
  });
}

const linesBytes = (lines: readonly string[]) => lines.reduce((total, line) => total + line.length, 0);

/**
 * One worker thread at a time, started for a job and ended after `idleMs` without one, so its
 * memory (a whole second copy of the database while it compacts) is given back. A worker that
 * dies fails the jobs it had; the next job starts a new one. It never keeps the process alive:
 * it holds a reference only while a job runs.
 */
export function compactionWorkers({
  script,
  idleMs = 2000,
  inProcessBelowBytes = defaultInProcessBelowBytes,
}: CompactionWorkerOptions = {}): CompactionWorkers {
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
        const { credit } = job;
        // Room for the next slice once this turn of the loop is over, so timers and IPC run between slices.
        if (credit) {
          setImmediate(() => {
            Atomics.add(credit, 0, 1);
            Atomics.notify(credit, 0);
          });
        }
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
    const credit = onSlice ? new SharedArrayBuffer(4) : undefined;
    if (credit) new Int32Array(credit)[0] = slicesInFlight;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, {
        resolve: resolve,
        reject,
        ...(onSlice ? { onSlice } : {}),
        ...(credit ? { credit: new Int32Array(credit) } : {}),
      });
      current.postMessage({ id, job, ...(credit ? { credit } : {}) }, transfer);
    });
  }

  return {
    open: (job, onSlice, transfer = []) =>
      job.snapshot.byteLength + (job.journal?.byteLength ?? 0) < inProcessBelowBytes
        ? inProcess(() => openDatabase({ kind: 'open', ...job }, onSlice))
        : run<OpenResult>({ kind: 'open', ...job }, transfer, onSlice),
    compact: (job, transfer = []) =>
      (job.snapshot?.byteLength ?? inProcessBelowBytes) + linesBytes(job.lines) < inProcessBelowBytes
        ? inProcess(() => compactDatabase({ kind: 'compact', ...job }))
        : run<Compacted>({ kind: 'compact', ...job }, transfer),
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
