import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { paragraphRoleSchema } from '../../../shared/sources/paragraphs/paragraphSpans';
import { suggestedMetadataSchema } from '../../../shared/sources/sourceDraft';
import { sourceFileMaxBytes } from '../../../shared/sources/sourceRecord';
import { workerScript } from '../workers/workerScript';
import type { HtmlArticle } from './htmlArticle';
import { runWorkerTask } from './workerTask';

export interface HtmlReadOptions {
  fileName: string;
  timeLimitMs?: number;
  /** The worker script; by default the built app's `htmlArticleWorker.js`, or bundled from source. */
  workerUrl?: URL | string;
  onWorker?: (worker: Worker) => void;
}

// The worker is ours, but what it read is not: its answer is checked like any other input.
const htmlReplySchema: z.ZodType<HtmlArticle> = z
  .object({
    text: z.string().max(sourceFileMaxBytes),
    roles: z.array(paragraphRoleSchema).max(sourceFileMaxBytes),
    suggested: suggestedMetadataSchema,
  })
  .strict();

/**
 * Reads an HTML page's article (htmlArticle.ts) in a worker thread with a time limit, so a large or
 * hostile page never blocks the main process's event loop.
 *
 * @throws BriefingError `invalid-request` naming the file: too slow, too large to parse, or unreadable.
 */
export async function readHtmlArticleInWorker(bytes: Uint8Array, options: HtmlReadOptions): Promise<HtmlArticle> {
  return runWorkerTask({
    fileName: options.fileName,
    workerUrl: options.workerUrl ?? (await workerScript('htmlArticleWorker', import.meta.url)),
    bytes,
    result: htmlReplySchema,
    explain: (error) => `its page could not be read (${error.message}).`,
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
    ...(options.onWorker ? { onWorker: options.onWorker } : {}),
  });
}
