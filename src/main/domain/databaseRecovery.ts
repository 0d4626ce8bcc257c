import { access, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import { writeFileAtomic } from './atomicWrite';
import { fileStamp, listBackups } from './backups';
import { readDatabaseAt, type DatabaseFile } from './databaseFile';

export interface RecoveredDatabase {
  /** Null when there is nothing to open: a first start, or a damaged file with no good backup. */
  database: Database | null;
  notice?: StartupNotice;
}

/**
 * Opens the database file; if it cannot be read as a database, moves it aside (never deletes
 * it), restores the newest backup that is itself good, and says what happened. A file from a
 * newer app version, or one the system will not let us read, is not "damaged": that error is
 * passed on untouched so the user can update the app or fix the permissions.
 */
/** A name no file has yet, so a second damaged file never replaces the first. */
async function freeName(folder: string, base: string): Promise<string> {
  for (let suffix = 0; ; suffix++) {
    const candidate = join(folder, `${base}${suffix ? `-${suffix}` : ''}.json`);
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}

export async function readWithRecovery(file: DatabaseFile, now: Date): Promise<RecoveredDatabase> {
  try {
    return { database: await file.read() };
  } catch (error) {
    if (!(error instanceof BriefingError) || error.code !== 'database-invalid') throw error;
    const dataDirectory = dirname(file.path);
    const damagedFile = await freeName(dataDirectory, `summit-briefing.corrupt-${fileStamp(now)}`);
    await rename(file.path, damagedFile);
    const problem = `Summit Briefing could not read its database: ${error.message}${
      error.details.length ? ` (${error.details.slice(0, 2).join('; ')})` : ''
    } The damaged file was kept as ${damagedFile}.`;

    for (const backupFile of await listBackups(dataDirectory)) {
      const backup = await readDatabaseAt(backupFile).catch(() => null);
      if (!backup) continue;
      await writeFileAtomic(file.path, backup.text);
      file.lastText = backup.text;
      return {
        database: backup.database,
        notice: {
          kind: 'restored-from-backup',
          message: `${problem} Your most recent good backup was restored; changes made after it may be missing.`,
          damagedFile,
          backupFile,
        },
      };
    }
    return {
      database: null,
      notice: {
        kind: 'started-fresh',
        message: `${problem} No good backup was found, so the briefing starts again from the shipped cards.`,
        damagedFile,
      },
    };
  }
}
