import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
// `_electron` from Playwright drives an Electron binary by path; it never loads the `electron` package.
import { _electron } from '@playwright/test';
import { electronBinaryPath, enabledMenuItem, repoRoot, type AppInstance, type MenuModelItem } from './target';

export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

/**
 * Starts the built app with its database in `dataDir`. It is launched as `electron <repo>`, as
 * `npm start` does, so package.json names it and app.getAppPath()/out/renderer is what app://
 * serves. On Linux, a machine without a display needs `xvfb-run -a npm run test:e2e`.
 */
export async function launchElectronApp(dataDir: string, saveDir?: string): Promise<AppInstance> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error('The Electron binary is not installed; run with E2E_TARGET=browser.');
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') environment[name] = value;
  }
  environment.SUMMIT_BRIEFING_DATA_DIR = dataDir;
  if (saveDir) {
    // Real save and open dialogs would block the test; in test runs only, the main process answers them from here.
    environment.SUMMIT_BRIEFING_E2E = '1';
    environment.SUMMIT_BRIEFING_E2E_SAVE_DIR = saveDir;
  }

  // On Linux Playwright adds --no-sandbox itself; a machine without a display needs xvfb-run.
  const electronApp = await _electron.launch({
    executablePath,
    args: [repoRoot, `--data-dir=${dataDir}`],
    env: environment,
  });
  // Chromium's profile for a test data folder lives under the app's user data (Profiles/<hash>); remove it after.
  const profile = await electronApp.evaluate(({ app }) => app.getPath('userData')).catch(() => undefined);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= electronApp.close().then(async () => {
      if (profile && basename(dirname(profile)) === 'Profiles') await rm(profile, { recursive: true, force: true });
    }));
  // The real application menu, read in the main process: what the window published, as Electron built it.
  const menuModel = (): Promise<MenuModelItem[]> =>
    electronApp.evaluate(({ Menu }) => {
      type Item = Electron.MenuItem;
      const read = (items: Item[]): MenuModelItem[] =>
        items
          .filter((item) => item.type !== 'separator')
          .map((item) => ({
            label: item.label,
            enabled: item.enabled,
            ...(item.id ? { command: item.id } : {}),
            ...(item.type === 'checkbox' || item.type === 'radio' ? { checked: item.checked } : {}),
            ...(typeof item.accelerator === 'string' ? { accelerator: item.accelerator } : {}),
            ...(item.submenu ? { submenu: read(item.submenu.items) } : {}),
          }));
      return read(Menu.getApplicationMenu()?.items ?? []);
    });
  const runMenuCommand: AppInstance['runMenuCommand'] = async (commandId) => {
    await enabledMenuItem(menuModel, commandId);
    await electronApp.evaluate(({ Menu }, id) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      if (!item) throw new Error(`The menu has no item for ${id}.`);
      // As a click does: Electron calls the item's handler with the item, the window and the event.
      item.click();
    }, commandId);
  };
  try {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { page, close, runMenuCommand, menuModel };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
