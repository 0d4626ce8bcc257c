import { join } from 'node:path';
// `_electron` from Playwright drives an Electron binary by path; it never loads the `electron` package.
import { _electron } from '@playwright/test';
import { electronBinaryPath, repoRoot, type AppInstance } from './target';

export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');

/** Starts the built app (`out/main/index.js`) with its database in `dataDir`. */
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
    args: [mainEntry, `--data-dir=${dataDir}`],
    env: environment,
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= electronApp.close());
  try {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { page, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
