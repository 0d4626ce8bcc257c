import { BrowserWindow } from 'electron';
import { BriefingError } from '../../shared/errors';
import type { PackModel } from '../../shared/export/packModel';
import type { Printer } from '../domain/ports/exportPorts';
import type { BriefPrintModel } from '../../shared/briefs/briefPrintModel';
import type { PaperSize } from '../../shared/export/exportSchemas';

/** The print page sits beside the app's page: app://summit-briefing/print.html, or on the dev server. */
export function printPageUrl(appUrl: string): string {
  return new URL('print.html', appUrl).href;
}

/**
 * Electron's printer: a hidden, sandboxed window with no preload loads the print page, is handed
 * the pack, lays it out (the page waits for document.fonts.ready itself before it answers), and
 * is printed with Chromium's printToPDF. The window is closed whatever happens.
 */
export function electronPrinter(getAppUrl: () => string): Printer {
  /** Loads the print page in a hidden window, lays the model out with `render`, and prints it. */
  async function print(what: string, render: string, paper: PaperSize): Promise<{ pdf: Uint8Array; pages: number }> {
    const window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        // Laying out pages in a hidden window must not be throttled.
        backgroundThrottling: false,
      },
    });
    try {
      await window.loadURL(printPageUrl(getAppUrl()));
      const { pages } = (await window.webContents.executeJavaScript(render, true)) as { pages: number };
      const pdf = await window.webContents.printToPDF({
        pageSize: paper,
        printBackground: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        preferCSSPageSize: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return { pdf: new Uint8Array(pdf), pages };
    } catch (error) {
      throw new BriefingError({
        code: 'internal',
        message: `The ${what} could not be printed to PDF: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      window.destroy();
    }
  }
  return {
    printPack: (model: PackModel) => print('briefing pack', `window.renderPack(${JSON.stringify(model)})`, model.paper),
    // briefs
    printBrief: (model: BriefPrintModel) => print('brief', `window.renderBrief(${JSON.stringify(model)})`, model.paper),
  };
}
