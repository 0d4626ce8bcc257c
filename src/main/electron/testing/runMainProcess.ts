/**
 * TEST ONLY. Runs src/main/electron/index.ts — the real main process entry — in Node against the
 * stand-in `electron` module (standInElectron.ts), on temp folders: a user-data folder, an
 * installed app with a small built renderer, and a working folder to start from. The test file
 * must call `vi.mock('electron', () => standIn.module)` itself (vi.mock is hoisted per file).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { contentSecurityPolicy } from '../policy/appProtocol';
import { standIn } from './standInElectron';

export interface HarnessFolders {
  root: string;
  /** Electron's own user-data folder (app.getPath('userData') at start). */
  userData: string;
  /** The installed app (app.getAppPath()), holding out/renderer. */
  appPath: string;
  /** The folder the app is started from. */
  work: string;
  /** A file outside the app that the protocol must never serve. */
  secretFile: string;
}

export const secretText = 'a file outside the app folder';

export async function makeFolders(): Promise<HarnessFolders> {
  const root = await mkdtemp(join(tmpdir(), 'summit-briefing-harness-'));
  const folders: HarnessFolders = {
    root,
    userData: join(root, 'config', 'Summit Briefing'),
    appPath: join(root, 'app'),
    work: join(root, 'work'),
    secretFile: join(root, 'app', 'out', 'secret.txt'),
  };
  const renderer = join(folders.appPath, 'out', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await mkdir(folders.work, { recursive: true });
  await writeFile(
    join(renderer, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" /><div id="root"></div>`,
  );
  await writeFile(join(renderer, 'print.html'), '<!doctype html><title>Print</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'void 0');
  await writeFile(folders.secretFile, secretText);
  return folders;
}

export async function removeFolders(folders: HarnessFolders | undefined): Promise<void> {
  if (folders) await rm(folders.root, { recursive: true, force: true, maxRetries: 3 });
}

export interface RunOptions {
  /** Arguments after the executable and the app path, e.g. `--data-dir=relative/path`. */
  args?: string[];
  env?: Record<string, string | undefined>;
  /** Defaults to folders.work. */
  cwd?: string;
  isPackaged?: boolean;
  singleInstanceLockFree?: boolean;
}

const signals = ['SIGTERM', 'SIGINT'] as const;
let signalListenersBefore: Map<string, NodeJS.SignalsListener[]> | undefined;

/**
 * Imports index.ts afresh with this process's argv, environment and working folder set as a
 * launch would set them, and puts them back once the module has read them. The app is not ready
 * yet: call `becomeReady()` to let Electron's ready event through.
 */
export async function runIndex(folders: HarnessFolders, options: RunOptions = {}): Promise<void> {
  standIn.reset({
    userData: folders.userData,
    appPath: folders.appPath,
    isPackaged: options.isPackaged ?? false,
    singleInstanceLockFree: options.singleInstanceLockFree ?? true,
  });
  vi.resetModules();
  signalListenersBefore = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const environment = { SUMMIT_BRIEFING_DATA_DIR: undefined, ELECTRON_RENDERER_URL: undefined, ...options.env };
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  const argv = process.argv;
  const cwd = process.cwd();
  process.argv = [process.execPath, folders.appPath, ...(options.args ?? [])];
  process.chdir(options.cwd ?? folders.work);
  try {
    await import('../index');
  } finally {
    process.argv = argv;
    process.chdir(cwd);
    vi.unstubAllEnvs();
  }
}

/** Electron becomes ready; resolves once the window exists or the app has ended. */
export async function becomeReady(timeoutMs = 10_000): Promise<void> {
  standIn.becomeReady();
  const deadline = Date.now() + timeoutMs;
  while (standIn.state.windows.length === 0 && !standIn.state.ended) {
    if (Date.now() > deadline) throw new Error('the main process neither opened its window nor ended');
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** Ends the run: the app quits if it still runs, and the signal listeners it added are removed. */
export async function stopApp(): Promise<void> {
  if (!standIn.state.ended) {
    standIn.module.app.quit();
    await standIn.whenEnded();
  }
  for (const signal of signals) {
    const before = signalListenersBefore?.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!before.includes(listener)) process.removeListener(signal, listener);
    }
  }
}

/** The app's main window frame, as a call from it would name it. */
export const appFrame = { url: 'app://summit-briefing/index.html', parent: null };
