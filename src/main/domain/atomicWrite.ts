import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { BriefingError } from '../../shared/errors';
import { errorCode, type FileSystem } from './ports/fileSystem';

export interface AtomicWriteOptions {
  /**
   * false: never replace a file that is already there. The name is claimed with an exclusive
   * create first, so a file that appears meanwhile is not overwritten either.
   */
  overwrite?: boolean;
}

/**
 * Where a write to `path` must land: through a symlink to the file it points at, so a database
 * kept elsewhere (a synced folder, say) stays where the user put it instead of being replaced by
 * a regular file.
 */
export async function writeTarget(fileSystem: FileSystem, path: string): Promise<string> {
  try {
    const info = await fileSystem.lstat(path);
    if (!info.isSymbolicLink()) return path;
    return await fileSystem.realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
}

function temporaryPathBeside(path: string): string {
  // A random name, created exclusively: nothing planted at a guessable name can be written through.
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old or the new
 * file: write a random sibling temp file created exclusively, fsync it, rename it over the
 * target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(
  fileSystem: FileSystem,
  path: string,
  data: string | Uint8Array,
  { overwrite = true }: AtomicWriteOptions = {},
): Promise<void> {
  const target = await writeTarget(fileSystem, path);
  let claimed = false;
  if (!overwrite) {
    try {
      await (await fileSystem.open(target, 'wx', 0o600)).close();
      claimed = true;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      throw new BriefingError({
        code: 'invalid-request',
        message: `A file called ${basename(target)} is already there, and it was not replaced. Save again and choose that name if you mean to replace it.`,
      });
    }
  }
  const temporaryPath = temporaryPathBeside(target);
  try {
    const handle = await fileSystem.open(temporaryPath, 'wx', 0o600);
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporaryPath, target);
  } catch (error) {
    // A full disk or a refused rename must not leave half-written temp files, or an empty claimed name, behind.
    await fileSystem.rm(temporaryPath, { force: true }).catch(() => undefined);
    if (claimed) await fileSystem.rm(target, { force: true }).catch(() => undefined);
    throw error;
  }
  // The new file is in place and visible; a folder that will not fsync only weakens durability on
  // a power cut, so it is tried twice and then let be rather than reported as an unsaved change.
  await syncDirectory(fileSystem, dirname(target)).catch(() =>
    syncDirectory(fileSystem, dirname(target)).catch(() => undefined),
  );
}

/**
 * Removes temp files that a write killed half-way left beside `path`. Only safe while no other
 * process writes the file: the app holds the single-instance lock on its data folder.
 */
export async function removeAbandonedTemporaryFiles(fileSystem: FileSystem, path: string): Promise<number> {
  const target = await writeTarget(fileSystem, path).catch(() => path);
  const prefix = `.${basename(target)}.`;
  const names = await fileSystem.readdir(dirname(target)).catch(() => [] as string[]);
  const abandoned = names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(abandoned.map((name) => fileSystem.rm(join(dirname(target), name), { force: true })));
  return abandoned.length;
}

async function syncDirectory(fileSystem: FileSystem, path: string): Promise<void> {
  // Windows cannot open a directory for fsync; there the rename is as durable as it gets.
  if (process.platform === 'win32') return;
  const handle = await fileSystem.open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
