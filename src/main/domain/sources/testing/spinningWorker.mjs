/**
 * A PDF reader that never answers and never yields: the worst a hostile PDF can make pdf.js do. pdfText.test.ts
 * points readPdfText at it to prove the time limit terminates a worker that cannot stop by itself.
 */
import { parentPort } from 'node:worker_threads';

parentPort?.once('message', () => {
  for (;;) {
    // Spin: no await, no timers, nothing that lets the thread notice a request to stop.
  }
});
