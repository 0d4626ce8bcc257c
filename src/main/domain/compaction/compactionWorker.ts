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

const port = parentPort;
if (port) {
  port.on('message', ({ id, job }: { id: number; job: WorkerJob }) => {
    try {
      if (job.kind === 'open') {
        const result = openDatabase(job, (slice) => port.postMessage({ id, type: 'slice', ...slice }));
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
