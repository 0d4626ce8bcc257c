import { app, dialog, shell, type BrowserWindow } from 'electron';
import seedJson from '../../../resources/seed/summit-2021.json';
import type { MainCommandId } from '../../shared/appCommands';
import type { PublishedCommand } from '../../shared/menuCommands';
import type { DataFolderLock } from '../domain/dataFolderLock';
import type { AppShell } from '../ipc/appShell';
import { openBriefingRouter, type BriefingRouter } from '../ipc/openBriefingRouter';
import { installApplicationMenu } from './applicationMenu';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { lockDataFolder, prepareDataFolder, type StartLocation } from './dataFolder';
import { nativeExternalLinkPort } from './externalLinkDialog';
import { electronFileDialogs, electronFileReveal } from './fileDialogs';
import { registerIpc, sendEvent, type IpcBridge } from './ipcBridge';
import { createMainWindow, rendererRoot, rendererUrl } from './mainWindow';
import { electronPrinter } from './pdfPrinter';
import { confirmedExternalLinks } from './policy/confirmedExternalLinks';
import { createCallTracker, createQuitSequence } from './policy/quitSequence';
import { applySecurityPolicy } from './security';
import type { Language } from '../../shared/i18n/languages';

export interface MainProcessOptions extends StartLocation {
  /** process.on for SIGTERM and SIGINT; the harness passes its own so the test runner keeps its signals. */
  onSignal(signal: 'SIGTERM' | 'SIGINT', handler: () => void): void;
}

const log = (message: string, error?: unknown) =>
  error === undefined
    ? console.error(`[summit-briefing] ${message}`)
    : console.error(`[summit-briefing] ${message}`, error);

/**
 * The desktop app's main process: data folder and locks before anything else, the app:// scheme
 * before ready, then the security policy, the database, IPC, the menu and the window. Quitting,
 * however it is asked for, waits for calls in flight and the last write before the process ends.
 */
export function startMainProcess(options: MainProcessOptions): void {
  registerAppScheme();
  const folder = prepareDataFolder(options);
  if (!folder) {
    app.exit(1);
    return;
  }
  // Per profile, and the profile is per data folder: a second launch on this folder focuses the first window.
  if (!app.requestSingleInstanceLock({ dataDirectory: folder.directory })) {
    app.quit();
    return;
  }

  const appUrl = rendererUrl();
  const calls = createCallTracker();
  let mainWindow: BrowserWindow | undefined;
  let router: BriefingRouter | undefined;
  let bridge: IpcBridge | undefined;
  let lock: DataFolderLock | undefined;
  const quitSequence = createQuitSequence({
    refuseNewCalls: () => bridge?.close(),
    settleCalls: (timeoutMs) => calls.settled(timeoutMs),
    // The router waits for calls it has received and for every write they cause, bounded.
    flush: async () => {
      await router?.whenIdle(2000);
    },
    releaseDataFolder: async () => lock?.release(),
    log,
  });
  const quitWhenSaved = () => void quitSequence.run().then(() => app.quit());

  applySecurityPolicy(() => appUrl);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the last save to reach the disk, so closing the window never loses a change.
  app.on('before-quit', (event) => {
    if (quitSequence.finished) return;
    event.preventDefault();
    quitWhenSaved();
  });
  // A terminal's Ctrl+C, `kill`, a service manager: the same orderly quit.
  options.onSignal('SIGTERM', () => app.quit());
  options.onSignal('SIGINT', () => app.quit());

  async function showDataFolder(): Promise<void> {
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: 'Where your data lives',
      message: 'Your briefing data lives in this folder',
      detail:
        `${folder!.directory}\n\nThe database (summit-briefing.json) holds your notes, highlights, tags, stars and ` +
        'own cards; backups/ beside it keeps recent good copies. Start the app with --data-dir=PATH, or set ' +
        'SUMMIT_BRIEFING_DATA_DIR, to keep it elsewhere, such as on a USB stick.',
      buttons: ['Show in Folder', 'Close'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (response === 0) await shell.openPath(folder!.directory);
  }

  async function runMainCommand(command: MainCommandId): Promise<void> {
    if (command === 'about') app.showAboutPanel();
    else await showDataFolder();
  }

  // The window's commands as it last published them (validated by the router): the menu's items.
  let published: readonly PublishedCommand[] = [];
  let menuLanguage: Language | undefined;
  function runCommand(command: string): void {
    if (command === 'about' || command === 'show-data-folder') {
      void runMainCommand(command).catch((error: unknown) => log(`could not run ${command}`, error));
    } else if (published.some((item) => item.id === command)) {
      sendEvent(mainWindow?.webContents, 'runCommand', { commandId: command });
    }
  }
  const installMenu = () =>
    installApplicationMenu(
      {
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.getName(),
        commands: published,
        ...(menuLanguage ? { language: menuLanguage } : {}),
      },
      runCommand,
    );
  const appShell: AppShell = {
    publishMenu(commands, language) {
      published = commands;
      menuLanguage = language;
      installMenu();
    },
    runMainCommand,
  };

  void app.whenReady().then(async () => {
    lock = await lockDataFolder(folder.directory);
    if (!lock) {
      app.exit(1);
      return;
    }
    serveAppProtocol(rendererRoot());
    router = await openBriefingRouter({
      dataDirectory: folder.directory,
      seed: seedJson,
      links: confirmedExternalLinks(nativeExternalLinkPort(() => menuLanguage)),
      log: (error) => console.error('[summit-briefing]', error),
      printer: electronPrinter(() => appUrl),
      dialogs: electronFileDialogs(),
      reveal: electronFileReveal(),
      systemLanguages: app.getPreferredSystemLanguages(),
      shell: appShell,
    });
    bridge = registerIpc(router, () => appUrl, { calls });
    app.setAboutPanelOptions({
      applicationName: 'Summit Briefing',
      applicationVersion: app.getVersion(),
      copyright: 'Facts as of the Kazakhstan–Republic of Korea summit, Seoul, August 2021.',
      credits: 'An offline briefing: nothing is fetched from the network.',
    });
    installMenu();
    mainWindow = createMainWindow(appUrl);
    const window = mainWindow;
    // Windows logging off or shutting down: hold it off until the last write is on disk.
    window.on('query-session-end', (event) => {
      if (quitSequence.finished) return;
      event.preventDefault();
      quitWhenSaved();
    });
    window.on('session-end', () => void quitSequence.run());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
  });
}
