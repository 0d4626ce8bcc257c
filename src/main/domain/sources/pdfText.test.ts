import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../../../shared/errors';
import { seedArticle } from '../../../shared/sources/testing/shippedArticle';
import { readPdfText } from './pdfText';
import { asRead, fixturePath } from './testing/articleFixtures';

const spinningWorker = new URL('./testing/spinningWorker.mjs', import.meta.url);

async function failure(run: Promise<unknown>): Promise<BriefingError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BriefingError);
  expect((error as BriefingError).message).toMatch(/Nothing was imported\.$/);
  return error as BriefingError;
}

/** A one-page PDF with nothing on it, its cross-reference table left for the reader to rebuild. */
const blankPdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

describe('reading a PDF’s text in a worker', () => {
  it('reads the fixture’s text, leaving the caller’s bytes as they were', async () => {
    const bytes = new Uint8Array(await readFile(fixturePath('article.pdf')));
    const copy = bytes.slice();
    const pdf = await readPdfText(bytes, { fileName: 'article.pdf' });
    expect(pdf.paragraphs.slice(1).map(asRead)).toEqual(seedArticle.paragraphs);
    expect(bytes).toEqual(copy);
  });

  it('terminates a worker that never answers once the time limit has passed', async () => {
    let worker: Worker | undefined;
    const started = Date.now();
    const error = await failure(
      readPdfText(blankPdf, {
        fileName: 'slow.pdf',
        timeLimitMs: 300,
        workerUrl: spinningWorker,
        onWorker: (started) => {
          worker = started;
        },
      }),
    );
    expect(error.message).toBe(
      'slow.pdf cannot be imported: reading its text took longer than 300 ms, so it was stopped. The file may be damaged. Nothing was imported.',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    // A spinning thread cannot stop itself: only terminate() ends it, and an ended worker's threadId is -1.
    if (worker!.threadId !== -1) await once(worker!, 'exit');
    expect(worker!.threadId).toBe(-1);
  });

  it('stops pdf.js itself when the limit is shorter than the reading', async () => {
    const bytes = new Uint8Array(await readFile(fixturePath('article.pdf')));
    const error = await failure(readPdfText(bytes, { fileName: 'article.pdf', timeLimitMs: 1 }));
    expect(error.message).toMatch(/took longer than 1 ms, so it was stopped/);
  });

  it('refuses a damaged PDF and one with no text, saying which it is', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n');
    expect((await failure(readPdfText(damaged, { fileName: 'damaged.pdf' }))).message).toBe(
      'damaged.pdf cannot be imported: it is damaged or not really a PDF. Nothing was imported.',
    );
    expect((await failure(readPdfText(blankPdf, { fileName: 'scan.pdf' }))).message).toMatch(
      /scan\.pdf cannot be imported: it has no text to read\. It may be a scan/,
    );
  });

  it('refuses an answer from the worker that is not the shape the reader posts', async () => {
    const liar = new URL(
      'data:text/javascript,import{parentPort}from"node:worker_threads";parentPort.once("message",()=>parentPort.postMessage({ok:true,result:{pages:"all of them"}}))',
    );
    const error = await failure(readPdfText(blankPdf, { fileName: 'odd.pdf', workerUrl: liar }));
    expect(error.message).toMatch(/the reader gave an answer it should not/);
  });
});
