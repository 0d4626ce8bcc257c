import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { appPageUrl, chooseRendererRoot } from './policy/appProtocol';
import { chooseRendererUrl } from './policy/securityPolicy';

const here = import.meta.dirname;

/** The URL the window loads: the local dev server while developing, the built page on app:// otherwise. */
export function rendererUrl(): string {
  return chooseRendererUrl({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
    builtPageUrl: appPageUrl,
  });
}

/**
 * The built renderer that app:// serves: `out/renderer` of the app (app.asar when installed, the
 * checkout when started with `electron .`), else the folder beside this bundle.
 */
export function rendererRoot(): string {
  return chooseRendererRoot([join(app.getAppPath(), 'out', 'renderer'), join(here, '../renderer')], (folder) =>
    existsSync(join(folder, 'index.html')),
  );
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
      // Middle-click opens nothing: setWindowOpenHandler denies every window; this asks Blink too.
      disableBlinkFeatures: 'Auxclick',
      // Electron fetches spell-check dictionaries from the network on Linux and Windows; this app never goes online.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}
