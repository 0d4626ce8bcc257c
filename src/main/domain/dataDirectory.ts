import { createHash } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';

export const dataDirectoryVariable = 'SUMMIT_BRIEFING_DATA_DIR';
export const dataDirectoryFlag = '--data-dir';

/** Where relative paths and `~` are resolved from: the folder the app was started in, and the user's home. */
export interface PathBase {
  cwd: string;
  home?: string;
}

export interface DataDirectoryChoice {
  /** Always absolute. */
  path: string;
  /** Who chose it: `--data-dir`, SUMMIT_BRIEFING_DATA_DIR, or the platform's user-data folder. */
  source: 'flag' | 'environment' | 'default';
}

/**
 * Where the database lives: `--data-dir=PATH` wins, then SUMMIT_BRIEFING_DATA_DIR, then the
 * platform's user-data folder. Tests and portable installs use the first two. A relative path is
 * resolved against the folder the app was started in (Electron's app.setPath and the store both
 * need an absolute one), and a leading `~` against the home folder, which a shell does not expand
 * after `--data-dir=`.
 */
export function chooseDataDirectory(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: string,
  base: PathBase,
): DataDirectoryChoice {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    // An empty value is ignored rather than taken as "the current folder".
    const value = argument.startsWith(`${dataDirectoryFlag}=`)
      ? argument.slice(dataDirectoryFlag.length + 1)
      : argument === dataDirectoryFlag
        ? (argv[index + 1] ?? '')
        : '';
    if (value.trim()) return { path: absolute(value, base), source: 'flag' };
  }
  const fromEnvironment = env[dataDirectoryVariable];
  if (fromEnvironment && fromEnvironment.trim())
    return { path: absolute(fromEnvironment, base), source: 'environment' };
  return { path: absolute(fallback, base), source: 'default' };
}

/** The absolute data folder; see chooseDataDirectory. */
export function resolveDataDirectory(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: string,
  base: PathBase,
): string {
  return chooseDataDirectory(argv, env, fallback, base).path;
}

function absolute(path: string, { cwd, home }: PathBase): string {
  if (home && (path === '~' || path.startsWith('~/') || path.startsWith('~\\'))) return resolve(home, path.slice(2));
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}

/**
 * Where Chromium keeps its profile (cache, Local Storage, GPU cache, the single-instance lock):
 * always inside the app's own user-data folder, never in a data folder the user chose. For the
 * default data folder that is the user-data folder itself; for any other it is a folder of its
 * own under `Profiles/`, named by a hash of the data folder's real path, so Electron's
 * single-instance lock is per data folder: two windows on one database cannot both start, two on
 * different databases can, and a data folder on a FAT or exFAT stick (where the lock, a symlink,
 * cannot be made) still works.
 */
export function profileDirectoryFor(realDataDirectory: string, defaultUserData: string): string {
  if (resolve(realDataDirectory) === resolve(defaultUserData)) return resolve(defaultUserData);
  const key = createHash('sha256').update(resolve(realDataDirectory)).digest('hex').slice(0, 16);
  return join(resolve(defaultUserData), 'Profiles', key);
}
