import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { BriefingError } from '../../../shared/errors';
import { layOutPdfText, pdfPageSchema, type PdfLayout } from './pdfTextLayout';

/** A PDF whose text takes longer than this to read is damaged or hostile; its worker is terminated. */
export const pdfTimeLimitMs = 20_000;
/** The worker's heap: far beyond what the text of a 20 MB PDF needs, and the app's own memory is never at stake. */
export const pdfWorkerHeapMb = 512;

export interface PdfReadOptions {
  fileName: string;
  timeLimitMs?: number;
  /**
   * The worker script. Its default sits beside this file, which is where it is in the tests; a bundled main process
   * passes the emitted file instead (electron-vite: `import pdfWorker from './pdfTextWorker.mjs?modulePath'`).
   */
  workerUrl?: URL | string;
  /** Sees the worker once it is started: how the tests watch a slow one being terminated. */
  onWorker?: (worker: Worker) => void;
}

export interface PdfText extends PdfLayout {
  title?: string;
  author?: string;
}

const workerReplySchema = z.discriminatedUnion('ok', [
  z
    .object({
      ok: z.literal(true),
      result: z
        .object({
          pages: z.array(pdfPageSchema).max(100_000),
          title: z.string().max(2_000).optional(),
          author: z.string().max(2_000).optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ ok: z.literal(false), error: z.object({ name: z.string(), message: z.string() }).strict() }).strict(),
]);

type WorkerReply = z.infer<typeof workerReplySchema>;

function refuse(fileName: string, reason: string): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `${fileName} cannot be imported: ${reason} Nothing was imported.`,
  });
}

function whyUnreadable(fileName: string, error: { name: string; message: string }): BriefingError {
  if (error.name === 'PasswordException') {
    return refuse(fileName, 'it is protected by a password. Save a copy without the password and import that.');
  }
  if (error.name === 'InvalidPDFException') return refuse(fileName, 'it is damaged or not really a PDF.');
  return refuse(fileName, `its text could not be read (${error.message}).`);
}

/**
 * Runs pdf.js in a worker thread on the bytes of a PDF and lays its text out in paragraphs. The worker is
 * terminated when it takes longer than the time limit, runs out of its heap or fails; either way the caller gets a
 * `BriefingError` naming the file and nothing else happens.
 */
export function readPdfText(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  const limit = options.timeLimitMs ?? pdfTimeLimitMs;
  const worker = new Worker(options.workerUrl ?? new URL('./pdfTextWorker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: pdfWorkerHeapMb },
    stdout: true,
    stderr: true,
  });
  options.onWorker?.(worker);
  return new Promise<WorkerReply>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          refuse(
            options.fileName,
            `reading its text took longer than ${limit >= 1000 ? `${Math.round(limit / 1000)} seconds` : `${limit} ms`}, so it was stopped. The file may be damaged.`,
          ),
        ),
      );
    }, limit);
    worker.once('message', (message: unknown) => {
      const reply = workerReplySchema.safeParse(message);
      finish(() =>
        reply.success
          ? resolve(reply.data)
          : reject(refuse(options.fileName, 'the PDF reader gave an answer it should not.')),
      );
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'it needs more memory to read than a source may take. The file may be damaged.'
          : `the PDF reader failed (${error.message}).`;
      finish(() => reject(refuse(options.fileName, reason)));
    });
    worker.once('exit', (code) => {
      finish(() => reject(refuse(options.fileName, `the PDF reader stopped unexpectedly (exit code ${code}).`)));
    });
    // A copy is transferred, so the caller's bytes stay usable (and checksummed) after the worker has gone.
    const data = bytes.slice();
    worker.postMessage({ data }, [data.buffer]);
  }).then((reply) => {
    if (!reply.ok) throw whyUnreadable(options.fileName, reply.error);
    const layout = layOutPdfText(reply.result.pages);
    if (layout.paragraphs.length === 0) {
      throw refuse(
        options.fileName,
        'it has no text to read. It may be a scan: Summit Briefing reads the text a PDF contains, not text in pictures.',
      );
    }
    return {
      ...layout,
      ...(reply.result.title ? { title: reply.result.title } : {}),
      ...(reply.result.author ? { author: reply.result.author } : {}),
    };
  });
}
