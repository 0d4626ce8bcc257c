import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { chooseRendererUrl } from '../ipc/securityPolicy';

const here = import.meta.dirname;

/** The URL the window loads: the local dev server while developing, the built file otherwise. */
export function rendererUrl(): string {
  return chooseRendererUrl({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
    builtPageUrl: pathToFileURL(join(here, '../renderer/index.html')).href,
  });
}

export function createMainWindow(appUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'Summit Briefing',
    // Matches the page background so the window never flashes white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#f7f5f0',
    icon: join(here, '../../resources/icon.png'),
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Electron fetches spell-check dictionaries from the network on Linux and Windows; this app never goes online.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}
