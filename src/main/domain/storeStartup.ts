import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import { removeAbandonedTemporaryFiles } from './atomicWrite';
import { removeAbandonedBackupFiles } from './backups';
import type { DatabaseIndex } from './databaseIndex';
import { openDatabaseFile, type DatabaseFiles, type OpenedFiles } from './databaseOpen';
import { diskReason, withRetries } from './diskErrors';
import { errorCode, type FileSystem } from './ports/fileSystem';

export interface StartedDatabase {
  database: Database;
  index: DatabaseIndex;
  /** The journal, ready for the next change; absent when the folder is read-only. */
  files: OpenedFiles;
  notice?: StartupNotice;
  /** Set when the data folder cannot be written: the reason, for a person. */
  readOnly?: { reason: string };
}

/** The files to open; whether they can be written is found out here, not told. */
export type StartOptions = Omit<DatabaseFiles, 'writable'>;

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

/**
 * Everything the store does before the first change: finds out whether the folder can be written,
 * cleans up after a killed write, then opens the database file and its journal (recovering,
 * creating or upgrading them as needed; see databaseOpen.ts). A read-only folder is opened for
 * reading: the data is shown, and nothing is written.
 */
export async function startDatabase(options: StartOptions): Promise<StartedDatabase> {
  const { fileSystem, dataDirectory, retryDelaysMs } = options;
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
    await removeAbandonedTemporaryFiles(fileSystem, options.snapshotPath).catch(() => 0);
    await removeAbandonedTemporaryFiles(fileSystem, options.journalPath).catch(() => 0);
    await removeAbandonedBackupFiles(dataDirectory, fileSystem);
    await removeAbandonedProbes(fileSystem, dataDirectory);
  }
  const files: DatabaseFiles = { ...options, writable: !readOnlyReason };
  const opened = await openDatabaseFile(files);
  const readOnly = readOnlyReason ? { reason: readOnlyReason } : undefined;
  return {
    database: opened.database,
    index: opened.index,
    files: opened.files,
    ...(opened.notice ? { notice: opened.notice } : {}),
    ...(readOnly ? { readOnly } : {}),
  };
}
