import { app, shell, type BrowserWindow } from 'electron';
import seedJson from '../../../resources/seed/summit-2021.json';
import { resolveDataDirectory } from '../domain/dataDirectory';
import { guardedExternalLinks } from '../ipc/externalLinks';
import { openBriefingRouter, type BriefingRouter } from '../ipc/openBriefingRouter';
import { electronFileDialogs, electronFileReveal } from './fileDialogs';
import { registerIpc } from './ipcBridge';
import { createMainWindow, rendererUrl } from './mainWindow';
import { electronPrinter } from './pdfPrinter';
import { applySecurityPolicy } from './security';

const dataDirectory = resolveDataDirectory(process.argv, process.env, app.getPath('userData'));
// The lock lives in userData, so pointing userData at the data folder makes it one writer per
// database: a second launch on the same folder focuses the first window instead.
app.setPath('userData', dataDirectory);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const appUrl = rendererUrl();
  let mainWindow: BrowserWindow | undefined;
  let router: BriefingRouter | undefined;
  let flushedForQuit = false;

  applySecurityPolicy(() => appUrl);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  // Quitting waits for the last save to reach the disk, so closing the window never loses a change.
  app.on('before-quit', (event) => {
    if (flushedForQuit || !router) return;
    event.preventDefault();
    void router
      .flush()
      .catch((error: unknown) => console.error('[summit-briefing] final save failed', error))
      .finally(() => {
        flushedForQuit = true;
        app.quit();
      });
  });

  void app.whenReady().then(async () => {
    router = await openBriefingRouter({
      dataDirectory,
      seed: seedJson,
      links: guardedExternalLinks((url) => shell.openExternal(url)),
      log: (error) => console.error('[summit-briefing]', error),
      printer: electronPrinter(() => appUrl),
      dialogs: electronFileDialogs(),
      reveal: electronFileReveal(),
    });
    registerIpc(router, () => appUrl);
    mainWindow = createMainWindow(appUrl);
  });
}
