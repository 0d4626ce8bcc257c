/**
 * The compaction worker's entry (a `worker_threads` worker): runs the jobs of workerJobs.ts off
 * the main process's event loop. Each message is one job; an open answers its records in slices
 * first, then the result. Bytes go back as transferred buffers, never copied.
 */
import { parentPort } from 'node:worker_threads';
import { BriefingError } from '../../../shared/errors';
import { compactDatabase, openDatabase, type WorkerJob } from './workerJobs';

export type FromWorker =
  | { id: number; type: 'slice'; list: string; items: unknown[] }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; error: { code?: string; message: string; details?: string[]; reason?: string } };

/**
 * Waits (this thread only) until the main process has room for another slice. Node delivers every
 * message already queued on a port in one turn of the main loop, so slices sent as fast as they
 * are cut would all be taken in at once — hundreds of milliseconds at 10k cards; with credit,
 * at most `slicesInFlight` are queued.
 */
function takeCredit(credit: Int32Array): void {
  while (Atomics.load(credit, 0) <= 0) Atomics.wait(credit, 0, Atomics.load(credit, 0), 1000);
  Atomics.sub(credit, 0, 1);
}

const port = parentPort;
if (port) {
  port.on('message', ({ id, job, credit }: { id: number; job: WorkerJob; credit?: SharedArrayBuffer }) => {
    try {
      if (job.kind === 'open') {
        const room = credit ? new Int32Array(credit) : undefined;
        const result = openDatabase(job, (slice) => {
          if (room) takeCredit(room);
          port.postMessage({ id, type: 'slice', ...slice });
        });
        const transfer = result.status === 'opened' && result.rewritten ? [result.rewritten.buffer as ArrayBuffer] : [];
        port.postMessage({ id, type: 'done', result }, transfer);
      } else {
        const result = compactDatabase(job);
        port.postMessage({ id, type: 'done', result }, [result.bytes.buffer as ArrayBuffer]);
      }
    } catch (error) {
      const failure =
        error instanceof BriefingError
          ? error.toData()
          : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      port.postMessage({ id, type: 'failed', error: failure });
    }
  });
}
