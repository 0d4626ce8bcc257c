import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { BriefingError } from '../../../shared/errors';

/** A file whose text takes longer than this to read is damaged or hostile; its worker is terminated. */
export const workerTimeLimitMs = 20_000;
/** A reading worker's heap: far beyond what the text of a 20 MB file needs, and the app's own memory is never at stake. */
export const workerHeapMb = 512;

export interface WorkerTask<Result> {
  /** Named in every refusal. */
  fileName: string;
  workerUrl: URL | string;
  /** The file's bytes; the worker gets a copy, so the caller's stay usable. */
  bytes: Uint8Array;
  result: z.ZodType<Result>;
  timeLimitMs?: number;
  /** The message for a failure the worker reports, e.g. pdf.js's "InvalidPDFException". */
  explain: (error: { name: string; message: string }) => string;
  /** Sees the worker once it is started: how the tests watch a slow one being terminated. */
  onWorker?: (worker: Worker) => void;
}

const failureSchema = z.object({ ok: z.literal(false), error: z.object({ name: z.string(), message: z.string() }) });

export function refuseFile(fileName: string, reason: string): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `${fileName} cannot be imported: ${reason} Nothing was imported.`,
  });
}

/**
 * Reads a file in a worker thread: the worker posts `{ ok: true, result }` or `{ ok: false, error }` once. A worker
 * that takes longer than the time limit, runs out of its heap, crashes or answers in a shape it should not is
 * terminated, and the caller gets a `BriefingError` naming the file; a hostile file can stall or bloat only the
 * worker, never the main process.
 */
export function runWorkerTask<Result>(task: WorkerTask<Result>): Promise<Result> {
  const limit = task.timeLimitMs ?? workerTimeLimitMs;
  const replySchema = z.union([z.object({ ok: z.literal(true), result: task.result }), failureSchema]);
  const worker = new Worker(task.workerUrl, {
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    // A library's warnings about a hostile file stay in the worker rather than fill the app's log.
    stdout: true,
    stderr: true,
  });
  task.onWorker?.(worker);
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const fail = (reason: string) => finish(() => reject(refuseFile(task.fileName, reason)));
    const timer = setTimeout(() => {
      const took = limit >= 1000 ? `${Math.round(limit / 1000)} seconds` : `${limit} ms`;
      fail(`reading its text took longer than ${took}, so it was stopped. The file may be damaged.`);
    }, limit);
    worker.once('message', (message: unknown) => {
      const reply = replySchema.safeParse(message);
      if (!reply.success) fail('the reader gave an answer it should not.');
      else if (reply.data.ok) finish(() => resolve((reply.data as { result: Result }).result));
      else fail(task.explain(reply.data.error));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'it needs more memory to read than an article may take. The file may be damaged.'
          : `the reader failed (${error.message}).`,
      );
    });
    worker.once('exit', (code) => fail(`the reader stopped unexpectedly (exit code ${code}).`));
    const data = task.bytes.slice();
    worker.postMessage({ data }, [data.buffer]);
  });
}
