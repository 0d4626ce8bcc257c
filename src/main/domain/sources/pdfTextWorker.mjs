/**
 * Reads the text of a PDF with pdf.js in a worker thread, so a hostile or huge PDF can stall or bloat only this
 * thread, which pdfText.ts terminates when it runs out of time. It posts back pdf.js's positioned text items and
 * the document's title and author; pdfTextLayout.ts turns them into paragraphs.
 *
 * Plain JavaScript on purpose: a worker is started from a file, and Node runs .mjs as it is, in the tests and in
 * the app alike, with no build step in between.
 *
 * Nothing is fetched: the bytes come in the message; fonts are never loaded or installed (text needs no glyphs);
 * character maps for CJK fonts and the standard font metrics are read from pdfjs-dist's own folders.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** @param {Uint8Array} data */
async function readPdf(data) {
  const document = await getDocument({
    data,
    cMapUrl: `${join(packageFolder, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(packageFolder, 'standard_fonts')}/`,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  try {
    const { info } = await document.getMetadata().catch(() => ({ info: {} }));
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ disableNormalization: false });
      pages.push({
        items: content.items
          .filter((item) => 'str' in item)
          .map((item) => ({
            text: item.str,
            x: item.transform[4],
            y: item.transform[5],
            width: item.width,
            height: item.height || Math.hypot(item.transform[2], item.transform[3]),
            endOfLine: item.hasEOL,
          })),
      });
      page.cleanup();
    }
    const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    return { pages, title: text(info?.Title), author: text(info?.Author) };
  } finally {
    await document.destroy();
  }
}

parentPort?.once('message', (message) => {
  readPdf(message.data).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error) =>
      parentPort?.postMessage({
        ok: false,
        error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) },
      }),
  );
});
