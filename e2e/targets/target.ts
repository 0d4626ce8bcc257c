import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { locateElectronBinary } from '../../scripts/electronProvisioning.mjs';

/** The repository root, whatever folder Playwright was started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const targetNames = ['electron', 'browser'] as const;
export type TargetName = (typeof targetNames)[number];

/** One running copy of the app on one data folder. */
export interface AppInstance {
  /** The app's window. */
  readonly page: Page;
  /** Quits the app; safe to call twice. */
  close(): Promise<void>;
  /** Chooses the native menu item that runs this command, once the menu has it and it is enabled. */
  runMenuCommand(commandId: string): Promise<void>;
  /** The application menu as it is now: what the user would see. */
  menuModel(): Promise<MenuModelItem[]>;
}

/** One item of the application menu, as both targets read it. */
export interface MenuModelItem {
  label: string;
  /** The item's id: the command it runs. */
  command?: string;
  enabled: boolean;
  checked?: boolean;
  accelerator?: string;
  submenu?: MenuModelItem[];
}

/** Every item of a menu model, submenus included, depth first. */
export function menuModelItems(model: readonly MenuModelItem[]): MenuModelItem[] {
  return model.flatMap((item) => [item, ...menuModelItems(item.submenu ?? [])]);
}

/** Waits, as a user would, until the menu has the item and it is enabled; the window publishes its commands shortly after it starts. */
export async function enabledMenuItem(
  readModel: () => Promise<MenuModelItem[]>,
  commandId: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const item = menuModelItems(await readModel()).find((candidate) => candidate.command === commandId);
    if (item?.enabled) return;
    if (Date.now() > deadline) {
      throw new Error(item ? `The menu item ${commandId} stayed disabled.` : `The menu has no item for ${commandId}.`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Where the Electron binary is, or undefined when it is not installed: the same decision
 * scripts/ensure-electron.mjs makes (path.txt and dist/, or ELECTRON_OVERRIDE_DIST_PATH), without
 * loading the `electron` package, which in Electron 45 starts a download when the binary is missing.
 */
export function electronBinaryPath(): string | undefined {
  const packageFolder = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageFolder, 'path.txt');
  const located = locateElectronBinary({
    env: process.env,
    packageFolder,
    pathTxt: existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined,
    platform: process.platform,
    exists: existsSync,
  });
  return located.installed ? located.binary : undefined;
}

/**
 * The target named by E2E_TARGET. Without it: Electron when its binary is installed, else the
 * browser target. Asking for Electron where it is not installed is an error, not a silent switch.
 */
export function resolveTarget(environment: NodeJS.ProcessEnv = process.env): TargetName {
  const requested = environment.E2E_TARGET?.trim();
  if (!requested) return electronBinaryPath() ? 'electron' : 'browser';
  if (!(targetNames as readonly string[]).includes(requested)) {
    throw new Error(`E2E_TARGET must be one of ${targetNames.join(' | ')}, not "${requested}".`);
  }
  if (requested === 'electron' && !electronBinaryPath()) {
    throw new Error(
      'E2E_TARGET=electron, but the Electron binary is not installed: neither node_modules/electron/path.txt ' +
        'with node_modules/electron/dist/<path.txt> nor ELECTRON_OVERRIDE_DIST_PATH points at one. ' +
        'npm run test:e2e installs it first (scripts/ensure-electron.mjs); or run with E2E_TARGET=browser.',
    );
  }
  return requested as TargetName;
}
