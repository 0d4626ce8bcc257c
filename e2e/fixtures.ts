import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { OpenBriefingRouterOptions } from '../src/main/ipc/openBriefingRouter';
import { FaultyFileSystem } from '../src/main/testing/faultyFileSystem';
import { launchBrowserApp, launchChromium, type BrowserAppInstance } from './targets/browserTarget';
import { launchElectronApp } from './targets/electronTarget';
import { setNextAnswer } from './targets/testDialogs';
import { resolveTarget, type AppInstance, type MenuModelItem, type TargetName } from './targets/target';

export interface AppHandle {
  /** The temporary folder that holds this test's database; removed after the test. */
  readonly dataDir: string;
  readonly target: TargetName;
  /**
   * Quits the app and starts it again on the same data folder. The `page` fixture is stale
   * afterwards: use the page this returns.
   */
  relaunch(): Promise<Page>;
  /** A temporary folder the app's save dialogs answer into (a save goes to `<saveDir>/<default name>`). */
  readonly saveDir: string;
  /** The next save dialog answers `path` (an empty string: the user cancels). */
  nextSavePath(path: string): Promise<void>;
  /** The next open dialog answers `path`. */
  nextOpenPath(path: string): Promise<void>;
  /** Files the app asked to show in their folder (browser target only; Electron opens the file manager). */
  readonly revealed: readonly string[];
  /** Chooses the native menu item of a command (Electron: the real menu; browser: the same template and event). */
  runMenuCommand(commandId: string): Promise<void>;
  /** The application menu as it is now (Electron: the real Menu; browser: the template built from what the window published). */
  menuModel(): Promise<MenuModelItem[]>;
  /**
   * The disk the router writes to, which a spec can make fail (full, read-only, slow). Only the
   * browser target has it: its router runs in the test process. Specs that need it are tagged
   * `@in-process-router`, and the config leaves them out of the electron target.
   */
  readonly disk: FaultyFileSystem | undefined;
}

interface TestFixtures {
  /**
   * Requests the test provokes on purpose and expects the browser target to abort, e.g. a
   * security spec trying to open a remote page: `test.use({ expectedBlockedRequests: [/^https:\/\/example\.com\//] })`.
   * Any other request that leaves the app still fails the test.
   */
  expectedBlockedRequests: RegExp[];
  /** Store options for the browser target's router, e.g. `test.use({ storeOptions: { maxDatabaseBytes: 60_000 } })`. */
  storeOptions: Omit<NonNullable<OpenBriefingRouterOptions['store']>, 'fileSystem'>;
  app: AppHandle;
  /** The app's window, on a fresh data folder. */
  page: Page;
  appSession: { app: AppHandle; firstPage: Page };
}

interface WorkerFixtures {
  targetName: TargetName;
  /** One Chromium per worker for the browser target; every launch gets a fresh context. */
  chromiumBrowser: Browser | undefined;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  expectedBlockedRequests: [[], { option: true }],
  storeOptions: [{}, { option: true }],

  targetName: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      await use(resolveTarget());
    },
    { scope: 'worker' },
  ],

  chromiumBrowser: [
    async ({ targetName }, use) => {
      if (targetName !== 'browser') return use(undefined);
      const browser = await launchChromium();
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'worker' },
  ],

  appSession: async ({ targetName, chromiumBrowser, expectedBlockedRequests, storeOptions }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'summit-briefing-e2e-'));
    const saveDir = await mkdtemp(join(tmpdir(), 'summit-briefing-e2e-saves-'));
    const revealed: string[] = [];
    const blockedRequests: string[] = [];
    const consoleLines: string[] = [];
    // One disk for the whole session, so a fault a spec injects survives a relaunch, as a full disk would.
    const disk = chromiumBrowser ? new FaultyFileSystem() : undefined;

    async function launch(): Promise<AppInstance> {
      const instance = chromiumBrowser
        ? await launchBrowserApp(
            chromiumBrowser,
            dataDir,
            (error) => consoleLines.push(`[router] ${describe(error)}`),
            {
              saveDir,
              revealed,
              store: { ...storeOptions, ...(disk ? { fileSystem: disk } : {}) },
            },
          )
        : await launchElectronApp(dataDir, saveDir);
      instance.page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
      instance.page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
      return instance;
    }

    async function retire(instance: AppInstance): Promise<void> {
      await instance.close();
      blockedRequests.push(...((instance as Partial<BrowserAppInstance>).blockedRequests ?? []));
    }

    let current: AppInstance | undefined;
    try {
      current = await launch();
      const app: AppHandle = {
        dataDir,
        target: targetName,
        saveDir,
        revealed,
        disk,
        nextSavePath: (path) => setNextAnswer(saveDir, 'save', path),
        nextOpenPath: (path) => setNextAnswer(saveDir, 'open', path),
        runMenuCommand: async (commandId) => {
          if (!current) throw new Error('The app is not running.');
          await current.runMenuCommand(commandId);
        },
        menuModel: async () => {
          if (!current) throw new Error('The app is not running.');
          return current.menuModel();
        },
        async relaunch() {
          const previous = current;
          current = undefined;
          if (previous) await retire(previous);
          current = await launch();
          return current.page;
        },
      };
      await use({ app, firstPage: current.page });
    } finally {
      disk?.heal();
      if (current) await retire(current).catch((error: unknown) => consoleLines.push(`[close] ${String(error)}`));
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
      await rm(saveDir, { recursive: true, force: true, maxRetries: 3 });
      if (consoleLines.length > 0 && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('app-console.txt', { body: consoleLines.join('\n'), contentType: 'text/plain' });
      }
    }
    const unexpected = blockedRequests.filter(
      (url) => !expectedBlockedRequests.some((pattern) => url.search(pattern) >= 0),
    );
    if (unexpected.length > 0) {
      throw new Error(
        `The app tried to load something that is not part of it:\n${[...new Set(unexpected)].join('\n')}`,
      );
    }
  },

  app: async ({ appSession }, use) => {
    await use(appSession.app);
  },

  page: async ({ appSession }, use) => {
    await use(appSession.firstPage);
  },
});

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export { expect };
