import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import type { Seed } from '../../shared/schema/seed';
import { removeAbandonedTemporaryFiles } from './atomicWrite';
import { readFileBounded } from './boundedRead';
import { listBackups, removeAbandonedBackupFiles, writeBackup } from './backups';
import type { DatabaseFile } from './databaseFile';
import { readWithRecovery } from './databaseRecovery';
import { diskReason, withRetries, writeFailed } from './diskErrors';
import { errorCode, type FileSystem } from './ports/fileSystem';
import { databaseFromSeed, mergeSeed } from './seed';

export interface StartedDatabase {
  database: Database;
  notice?: StartupNotice;
  /** Set when the data folder cannot be written: the reason, for a person. */
  readOnly?: { reason: string };
}

interface StartOptions {
  dataDirectory: string;
  seed: Seed;
  now: Date;
  retryDelaysMs: readonly number[];
}

const readOnlyCodes = new Set(['EROFS', 'EACCES', 'EPERM']);

/** Whether a file can be created in the folder: the one honest test of a read-only folder or disk. */
async function whyReadOnly(
  fileSystem: FileSystem,
  folder: string,
  retryDelaysMs: readonly number[],
): Promise<string | undefined> {
  const probe = join(folder, `.summit-briefing-probe-${randomUUID()}.tmp`);
  try {
    await withRetries(async () => (await fileSystem.open(probe, 'wx', 0o600)).close(), retryDelaysMs);
    await fileSystem.rm(probe, { force: true }).catch(() => undefined);
    return undefined;
  } catch (error) {
    const code = errorCode(error);
    if (code && readOnlyCodes.has(code)) return `${diskReason(error)} (${code} on ${folder})`;
    // Anything else (a full disk, say) is not read-only: each change will say what the disk said.
    return undefined;
  }
}

/** Probes a start killed half-way left behind; safe under the single-instance lock. */
async function removeAbandonedProbes(fileSystem: FileSystem, folder: string): Promise<void> {
  const names = await fileSystem.readdir(folder).catch(() => [] as string[]);
  const probes = names.filter((name) => name.startsWith('.summit-briefing-probe-') && name.endsWith('.tmp'));
  await Promise.all(probes.map((name) => fileSystem.rm(join(folder, name), { force: true }).catch(() => undefined)));
}

/** True when the newest backup already holds exactly `text`, so a start with no change keeps no new copy. */
async function newestBackupHolds(file: DatabaseFile, dataDirectory: string, text: string): Promise<boolean> {
  const [newest] = await listBackups(dataDirectory, file.fileSystem);
  if (!newest) return false;
  const held = await readFileBounded(file.fileSystem, newest, file.maxBytes).catch(() => undefined);
  return held === text;
}

/**
 * Everything the store does before the first change: finds out whether the folder can be written,
 * cleans up after a killed write, reads (or recovers, or creates) the database, merges a newer
 * seed, and keeps a backup of what it opened unless the newest backup already holds it. A
 * read-only folder is opened for reading: the data is shown, and nothing is written.
 */
export async function startDatabase(
  file: DatabaseFile,
  { dataDirectory, seed, now, retryDelaysMs }: StartOptions,
): Promise<StartedDatabase> {
  const { fileSystem } = file;
  await fileSystem.mkdir(dataDirectory, { recursive: true }).catch((error: unknown) => {
    // A folder that exists is fine however it is mounted; one that cannot even be made leaves nothing to open.
    if (errorCode(error) !== 'EEXIST' && !readOnlyCodes.has(errorCode(error) ?? '')) {
      throw new BriefingError({
        code: 'write-failed',
        reason: diskReason(error),
        message: `Summit Briefing could not create its data folder ${dataDirectory}: ${diskReason(error)}.`,
      });
    }
  });
  const readOnlyReason = await whyReadOnly(fileSystem, dataDirectory, retryDelaysMs);
  if (!readOnlyReason) {
    await removeAbandonedTemporaryFiles(fileSystem, file.path).catch(() => 0);
    await removeAbandonedBackupFiles(dataDirectory, fileSystem);
    await removeAbandonedProbes(fileSystem, dataDirectory);
  }

  const fresh = () => databaseFromSeed(seed);
  const { database: existing, notice } = await readWithRecovery(file, now, fresh);
  const merged = existing ? mergeSeed(existing, seed) : { database: fresh(), changed: true };
  const readOnly = readOnlyReason ? { reason: readOnlyReason } : undefined;
  if (readOnly) return { database: merged.database, ...(notice ? { notice } : {}), readOnly };

  if (merged.changed) {
    try {
      const text = file.prepare(merged.database);
      await withRetries(() => file.writeText(text, merged.database), retryDelaysMs);
    } catch (error) {
      // With no file yet there is nothing to show; a seed update that cannot be saved is merged again next start.
      if (!existing) {
        const failure = writeFailed(error, file.path);
        throw new BriefingError({
          code: 'write-failed',
          ...(failure.reason ? { reason: failure.reason } : {}),
          message: `Summit Briefing could not create its database at ${file.path}: ${failure.reason ?? failure.message}. Nothing was written; free some space or fix the folder and choose Try again.`,
        });
      }
    }
  }
  // After a recovery the backups are left exactly as they were: the user may want to look at them.
  if (!notice && file.lastText && !(await newestBackupHolds(file, dataDirectory, file.lastText))) {
    await writeBackup(dataDirectory, file.lastText, now, fileSystem).catch(() => undefined);
  }
  return { database: merged.database, ...(notice ? { notice } : {}) };
}
