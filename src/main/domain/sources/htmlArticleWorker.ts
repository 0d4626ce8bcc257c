/**
 * The HTML reader's entry (a `worker_threads` worker): jsdom, Readability and DOMPurify take
 * seconds on a large page, which on the main process would freeze every window and save. The page's
 * bytes come in the one message; its article text goes back, or the failure's name and message.
 */
import { parentPort } from 'node:worker_threads';
import { readHtmlArticle } from './htmlArticle';

const port = parentPort;
if (port) {
  port.once('message', ({ data }: { data: Uint8Array }) => {
    try {
      port.postMessage({ ok: true, result: readHtmlArticle(data) });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ ok: false, error: { name: failure.name, message: failure.message } });
    }
  });
}
