/**
 * Reads the text of a PDF with pdf.js in a worker thread, so a hostile or huge PDF can stall or bloat only this
 * thread, which pdfText.ts terminates when it runs out of time. It posts back pdf.js's positioned text items and
 * the document's title and author; pdfTextLayout.ts turns them into paragraphs.
 *
 * electron-vite builds it as its own entry (out/main/pdfTextWorker.js); run from source it is bundled once like
 * every worker (../workers/workerScript.ts).
 *
 * Nothing is fetched: the bytes come in the message; fonts are never loaded or installed (text needs no glyphs);
 * character maps for CJK fonts and the standard font metrics are read from pdfjs-dist's own folders.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  endOfLine: boolean;
}

async function readPdf(data: Uint8Array) {
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
    const pages: { items: PdfItem[] }[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ disableNormalization: false });
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c, d, x, y] = item.transform as number[];
        items.push({
          text: item.str,
          x: x ?? 0,
          y: y ?? 0,
          width: item.width,
          height: item.height || Math.hypot(c ?? 0, d ?? 0),
          endOfLine: item.hasEOL,
        });
      }
      pages.push({ items });
      page.cleanup();
    }
    const fields = (info ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    return { pages, title: text(fields.Title), author: text(fields.Author) };
  } finally {
    await document.destroy();
  }
}

parentPort?.once('message', (message: { data: Uint8Array }) => {
  readPdf(message.data).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({ ok: false, error: { name: failure.name, message: failure.message } });
    },
  );
});
