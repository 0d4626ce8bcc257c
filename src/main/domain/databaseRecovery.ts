import { dirname, join } from 'node:path';
import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import { writeTarget } from './atomicWrite';
import { fileStamp, listBackups } from './backups';
import { readDatabaseAt, serialiseDatabase, type DatabaseFile } from './databaseFile';
import { diskReason } from './diskErrors';
import { errorCode, type FileSystem } from './ports/fileSystem';

export interface RecoveredDatabase {
  /** Null when there is no file yet: a first start. */
  database: Database | null;
  notice?: StartupNotice;
}

/** A name no file has yet, so a second damaged file never replaces the first. */
async function freeName(fileSystem: FileSystem, folder: string, base: string): Promise<string> {
  for (let suffix = 0; ; suffix++) {
    const candidate = join(folder, `${base}${suffix ? `-${suffix}` : ''}.json`);
    try {
      await fileSystem.lstat(candidate);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return candidate;
      throw error;
    }
  }
}

/** Copies a file of any size in chunks, to a name that must not exist yet, and fsyncs the copy. */
async function copyExclusive(fileSystem: FileSystem, from: string, to: string): Promise<void> {
  const source = await fileSystem.open(from, 'r');
  try {
    const copy = await fileSystem.open(to, 'wx', 0o600);
    try {
      const chunk = new Uint8Array(1024 * 1024);
      for (;;) {
        const { bytesRead } = await source.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        await copy.write(chunk.slice(0, bytesRead));
      }
      await copy.sync();
    } finally {
      await copy.close();
    }
  } catch (error) {
    await fileSystem.rm(to, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    await source.close();
  }
}

/**
 * Keeps the damaged file's bytes under `damagedFile` while they stay where they are: a hard link
 * where the disk allows one, a copy where it does not. Only something that is not a file at all
 * (a folder where the database should be) is moved; `undo` puts it back.
 */
async function keepDamaged(fileSystem: FileSystem, target: string, damagedFile: string): Promise<() => Promise<void>> {
  const info = await fileSystem.lstat(target);
  if (!info.isFile()) {
    await fileSystem.rename(target, damagedFile);
    return () => fileSystem.rename(damagedFile, target);
  }
  await fileSystem.link(target, damagedFile).catch(() => copyExclusive(fileSystem, target, damagedFile));
  return () => Promise.resolve();
}

/**
 * Opens the database file; if it cannot be read as a database, restores the newest backup that
 * is itself good (or, with none, a fresh database from the shipped cards) and says what happened.
 * In that order: the damaged file is first kept under a new name — linked or copied, still in its
 * place — and only then is the restored copy written over it, atomically. If any step fails,
 * nothing is lost and the error says where each file is. A file from a newer app version, or one
 * the system will not let us read, is not "damaged": that error is passed on untouched.
 */
export async function readWithRecovery(
  file: DatabaseFile,
  now: Date,
  freshDatabase: () => Database,
): Promise<RecoveredDatabase> {
  try {
    return { database: await file.read() };
  } catch (error) {
    if (!(error instanceof BriefingError) || error.code !== 'database-invalid') throw error;
    return recover(file, now, freshDatabase, error);
  }
}

async function recover(
  file: DatabaseFile,
  now: Date,
  freshDatabase: () => Database,
  damage: BriefingError,
): Promise<RecoveredDatabase> {
  const { fileSystem } = file;
  const folder = dirname(file.path);
  const problem = `Summit Briefing could not read its database: ${damage.message}${
    damage.details.length ? ` (${damage.details.slice(0, 2).join('; ')})` : ''
  }`;
  let backup: { path: string; text: string; database: Database } | undefined;
  for (const backupFile of await listBackups(folder, fileSystem)) {
    const read = await readDatabaseAt(backupFile, fileSystem, file.maxBytes).catch(() => null);
    if (read) {
      backup = { path: backupFile, ...read };
      break;
    }
  }
  const database = backup?.database ?? freshDatabase();
  const text = backup?.text ?? serialiseDatabase(database);

  const target = await writeTarget(fileSystem, file.path);
  const damagedFile = await freeName(fileSystem, folder, `summit-briefing.corrupt-${fileStamp(now)}`);
  const replacing = backup ? `the good backup ${backup.path}` : 'a fresh database from the shipped cards';
  let putBack: () => Promise<void>;
  try {
    putBack = await keepDamaged(fileSystem, target, damagedFile);
  } catch (error) {
    throw new BriefingError({
      code: 'write-failed',
      reason: diskReason(error),
      message: `${problem} It could not be repaired: ${diskReason(error)}, so the damaged file could not be kept aside. Nothing was moved or replaced: the damaged database is still at ${target}. Fix the disk or the folder and choose Try again.`,
    });
  }
  try {
    await file.writeText(text, database);
  } catch (error) {
    // The damaged file is still in its place; the copy made for it would only pile up with each Try again.
    const movedAside = await putBack().then(
      () => false,
      () => true,
    );
    if (!movedAside) await fileSystem.rm(damagedFile, { force: true }).catch(() => undefined);
    const where = movedAside
      ? `the damaged database was kept as ${damagedFile}`
      : `the damaged database is still at ${target}, untouched`;
    throw new BriefingError({
      code: 'write-failed',
      reason: diskReason(error),
      message: `${problem} Summit Briefing meant to put ${replacing} in its place, but could not write it: ${diskReason(error)}. Nothing was replaced: ${where}. Fix the disk (free some space, for one) and choose Try again.`,
    });
  }
  const kept = `The damaged file was kept as ${damagedFile}.`;
  if (backup) {
    return {
      database,
      notice: {
        kind: 'restored-from-backup',
        message: `${problem} ${kept} Your most recent good backup was restored (${backup.path}); changes made after it may be missing.`,
        damagedFile,
        backupFile: backup.path,
      },
    };
  }
  return {
    database,
    notice: {
      kind: 'started-fresh',
      message: `${problem} ${kept} No good backup was found, so the briefing starts again from the shipped cards.`,
      damagedFile,
    },
  };
}
