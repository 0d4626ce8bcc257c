import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { layOutPdfText, pdfPageSchema, type PdfLayout } from './pdfTextLayout';
import { workerScript } from '../workers/workerScript';
import { refuseFile, runWorkerTask } from './workerTask';

export interface PdfReadOptions {
  fileName: string;
  timeLimitMs?: number;
  /** The worker script; by default the built app's `pdfTextWorker.js`, or bundled from source. */
  workerUrl?: URL | string;
  onWorker?: (worker: Worker) => void;
}

export interface PdfText extends PdfLayout {
  title?: string;
  author?: string;
}

const pdfReplySchema = z
  .object({
    pages: z.array(pdfPageSchema).max(100_000),
    title: z.string().max(2_000).optional(),
    author: z.string().max(2_000).optional(),
  })
  .strict();

function explain(error: { name: string; message: string }): string {
  if (error.name === 'PasswordException') {
    return 'it is protected by a password. Save a copy without the password and import that.';
  }
  if (error.name === 'InvalidPDFException') return 'it is damaged or not really a PDF.';
  return `its text could not be read (${error.message}).`;
}

/**
 * Runs pdf.js in a worker thread (pdfTextWorker.ts) on the bytes of a PDF, with a time limit, and lays its text
 * out in paragraphs.
 *
 * @throws BriefingError `invalid-request` naming the file: too slow, damaged, password-protected, or without text.
 */
export async function readPdfText(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  const reply = await runWorkerTask({
    fileName: options.fileName,
    workerUrl: options.workerUrl ?? (await workerScript('pdfTextWorker', import.meta.url)),
    bytes,
    result: pdfReplySchema,
    explain,
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
    ...(options.onWorker ? { onWorker: options.onWorker } : {}),
  });
  const layout = layOutPdfText(reply.pages);
  if (layout.paragraphs.length === 0) {
    throw refuseFile(
      options.fileName,
      'it has no text to read. It may be a scan: Summit Briefing reads the text a PDF contains, not text in pictures.',
    );
  }
  return {
    ...layout,
    ...(reply.title ? { title: reply.title } : {}),
    ...(reply.author ? { author: reply.author } : {}),
  };
}
