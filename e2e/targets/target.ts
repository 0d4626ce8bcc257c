import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

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
}

/**
 * Where the Electron binary is, or undefined when it is not installed. Found the way the
 * `electron` package's own index.js finds it, without calling that index: in Electron 45
 * requiring it from Node starts a download when the binary is missing.
 */
export function electronBinaryPath(): string | undefined {
  const packageFolder = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideFolder) {
    const binary = join(overrideFolder, executable || 'electron');
    return existsSync(binary) ? binary : undefined;
  }
  if (!executable) return undefined;
  const binary = join(packageFolder, 'dist', executable);
  return existsSync(binary) ? binary : undefined;
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
        'Install it (node node_modules/electron/install.js) or run with E2E_TARGET=browser.',
    );
  }
  return requested as TargetName;
}
