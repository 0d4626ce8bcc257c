import { mkdirSync, realpathSync } from 'node:fs';
import { app, dialog } from 'electron';
import { chooseDataDirectory, profileDirectoryFor, type DataDirectoryChoice } from '../domain/dataDirectory';
import {
  acquireDataFolderLock,
  systemLockEnvironment,
  type DataFolderLock,
  type LockAttempt,
} from '../domain/dataFolderLock';

export interface PreparedDataFolder {
  /** The data folder's real path: the database, its backups and the lock file live here. */
  directory: string;
  source: DataDirectoryChoice['source'];
  /** Chromium's profile (Electron's userData), which is never the data folder unless it is the default one. */
  profile: string;
}

export interface StartLocation {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  home: string;
}

function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM') return 'you do not have permission to create or open it';
  if (code === 'EROFS') return 'it is on a read-only disk';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

function refuseFolder(folder: string, reason: string): void {
  dialog.showErrorBox(
    'Summit Briefing cannot use its data folder',
    `The data folder\n\n${folder}\n\ncannot be used: ${reason}. Nothing was changed.\n\n` +
      'Start Summit Briefing with --data-dir=PATH (or set SUMMIT_BRIEFING_DATA_DIR) to choose a folder you can write to.',
  );
}

/**
 * Before the app is ready: resolve the data folder (relative paths against the folder the app was
 * started in), create it, and give Chromium a profile of its own for it, outside it. Returns
 * undefined after telling the user why the folder cannot be used; the caller then quits.
 */
export function prepareDataFolder({ argv, env, cwd, home }: StartLocation): PreparedDataFolder | undefined {
  const defaultUserData = app.getPath('userData');
  const choice = chooseDataDirectory(argv, env, defaultUserData, { cwd, home });
  let directory: string;
  try {
    mkdirSync(choice.path, { recursive: true });
    directory = realpathSync(choice.path);
  } catch (error) {
    refuseFolder(choice.path, reasonOf(error));
    return undefined;
  }
  let defaultProfile = defaultUserData;
  try {
    defaultProfile = realpathSync(defaultUserData);
  } catch {
    // Not created yet: Chromium creates it, and it cannot be the data folder, which exists.
  }
  const profile = profileDirectoryFor(directory, defaultProfile);
  if (profile !== defaultProfile) {
    try {
      mkdirSync(profile, { recursive: true });
      app.setPath('userData', profile);
    } catch (error) {
      refuseFolder(profile, reasonOf(error));
      return undefined;
    }
  }
  return { directory, source: choice.source, profile };
}

function describeHolder(attempt: Extract<LockAttempt, { status: 'held' }>): string {
  const since = attempt.holder ? new Date(attempt.holder.startedAt).toLocaleString() : 'a moment ago';
  return attempt.holder
    ? `process ${attempt.holder.pid} on “${attempt.holder.hostname}”, since ${since}`
    : 'another copy';
}

/**
 * After ready: takes the data folder's lock file, so no two copies of the app ever write one
 * database, whichever user or computer runs them. Asks before taking over a lock left on another
 * computer. Returns undefined (after telling the user) when the app must not start.
 */
export async function lockDataFolder(directory: string): Promise<DataFolderLock | undefined> {
  const environment = systemLockEnvironment();
  let attempt = await acquireDataFolderLock(directory, environment);
  if (attempt.status === 'held' && attempt.judgement === 'other-computer') {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Data folder in use on another computer',
      message: 'This data folder is open on another computer',
      detail:
        `${directory}\n\nis in use by ${describeHolder(attempt)}. If that computer is no longer using it ` +
        '(it crashed, or the stick was pulled out while the app was open), you can open it here. ' +
        'If both copies write to it, changes will be lost.',
      buttons: ['Quit', 'Open Here Anyway'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (response === 1) attempt = await acquireDataFolderLock(directory, environment, { takeOver: true });
    else return undefined;
  }
  if (attempt.status === 'acquired') return attempt.lock;
  if (attempt.status === 'unwritable') {
    refuseFolder(directory, attempt.message);
    return undefined;
  }
  await dialog.showMessageBox({
    type: 'info',
    title: 'Summit Briefing is already open',
    message: 'Summit Briefing is already open on this data folder',
    detail:
      `${directory}\n\nis in use by ${describeHolder(attempt)}. Switch to that window, ` +
      'or start this one with --data-dir=PATH to open another folder.',
    buttons: ['Quit'],
    noLink: true,
  });
  return undefined;
}
