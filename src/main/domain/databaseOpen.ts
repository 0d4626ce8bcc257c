import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import type { Seed } from '../../shared/schema/seed';
import { applyPatch, isEmptyPatch } from '../../shared/schema/userDataPatch';
import { writeFileAtomic } from './atomicWrite';
import { listBackups, writeBackup } from './backups';
import type { CompactionWorkers } from './compaction/compactionWorkers';
import { DatabaseIndex } from './databaseIndex';
import { loadDatabase, type LoadedDatabase } from './databaseLoad';
import { freshNotice, journalNotice, repairFailed, restoredNotice, setAside } from './databaseRecovery';
import { withRetries, writeFailed } from './diskErrors';
import { JournalFile } from './journal/journalFile';
import type { JournalChange } from './journal/journalFormat';
import type { FileSystem } from './ports/fileSystem';
import { databaseFromSeed } from './seed';
import { serialiseDatabase } from './snapshotFormat';
import { newestBackupHolds, readFileBytes, type FileBytes } from './startupFiles';

export interface DatabaseFiles {
  dataDirectory: string;
  snapshotPath: string;
  journalPath: string;
  seed: Seed;
  now: Date;
  fileSystem: FileSystem;
  workers: CompactionWorkers;
  retryDelaysMs: readonly number[];
  maxBytes: number;
  writable: boolean;
}

export interface OpenedFiles {
  /** Absent when the folder is read-only. */
  journal?: JournalFile;
  /** The sequence and size of the database file on disk. */
  snapshotSequence: number;
  snapshotBytes: number;
  /** What the running store does first: nothing, back up the file as it is, or compact and back up (the start changed something). */
  afterStart: { kind: 'nothing' } | { kind: 'back-up'; bytes: Uint8Array } | { kind: 'compact-and-back-up' };
}

interface Opened {
  database: Database;
  index: DatabaseIndex;
  files: OpenedFiles;
  notice?: StartupNotice;
}

const encoder = new TextEncoder();

function journalOf(files: DatabaseFiles, database: Database, loaded?: LoadedDatabase, bytes?: FileBytes) {
  const header = { lineage: database.lineage, after: loaded?.opened.snapshotSequence ?? database.sequence };
  const carried = loaded?.opened.journal.carried ?? [];
  const fileBytes = bytes?.kind === 'bytes' ? bytes.bytes.byteLength : 0;
  return { journal: new JournalFile(files.journalPath, files.fileSystem, header, carried, fileBytes), header, carried };
}

/**
 * A newer seed's merge is a change like any other: checked with the index, written to the
 * journal, and only then part of the state. If it cannot be written the database opens as it
 * was (the shipped cards are the new ones either way) and the merge is made again next start.
 */
async function applyMerge(files: DatabaseFiles, opened: Opened, loaded: LoadedDatabase): Promise<boolean> {
  const merge = loaded.opened.merge;
  if (!merge) return false;
  const user = applyPatch(opened.database.user, merge.patch);
  if (opened.index.problems(merge.patch, user).length > 0) return false;
  const change: JournalChange = {
    seedRevision: merge.seedRevision,
    ...(isEmptyPatch(merge.patch) ? {} : { user: merge.patch }),
  };
  const sizeChange = opened.index.sizeChange(merge.patch);
  let sequence = opened.database.sequence;
  if (opened.files.journal) {
    try {
      ({ sequence } = await withRetries(() => opened.files.journal!.append(change), files.retryDelaysMs));
    } catch {
      return false;
    }
  }
  opened.index.commit(merge.patch, sizeChange);
  opened.database = { ...opened.database, user, seedRevision: merge.seedRevision, sequence };
  return true;
}

async function writeSnapshot(files: DatabaseFiles, bytes: Uint8Array): Promise<void> {
  await withRetries(() => writeFileAtomic(files.fileSystem, files.snapshotPath, bytes), files.retryDelaysMs);
}

async function firstStart(files: DatabaseFiles, journalBytes: FileBytes): Promise<Opened> {
  const database = databaseFromSeed(files.seed);
  const index = new DatabaseIndex(files.seed.facts);
  const bytes = encoder.encode(serialiseDatabase(database));
  index.bytes = bytes.byteLength;
  const opened: Opened = {
    database,
    index,
    files: { snapshotSequence: 0, snapshotBytes: bytes.byteLength, afterStart: { kind: 'nothing' } },
  };
  if (!files.writable) return opened;
  try {
    // A journal with no database file beside it cannot be replayed on anything; its bytes are kept.
    if (journalBytes.kind !== 'missing') await setAside(files.fileSystem, files.journalPath, 'journal', files.now, '');
    await writeSnapshot(files, bytes);
    const { journal, header } = journalOf(files, database);
    await withRetries(() => journal.rewrite(header), files.retryDelaysMs);
    opened.files.journal = journal;
  } catch (error) {
    const failure = writeFailed(error, files.snapshotPath);
    throw new BriefingError({
      code: 'write-failed',
      ...(failure.reason ? { reason: failure.reason } : {}),
      message: `Summit Briefing could not create its database at ${files.snapshotPath}: ${failure.reason ?? failure.message}. Nothing was written; free some space or fix the folder and choose Try again.`,
    });
  }
  await writeBackup(files.dataDirectory, bytes, files.now, files.fileSystem).catch(() => undefined);
  return opened;
}

const copyOf = (bytes: FileBytes): Uint8Array | undefined => (bytes.kind === 'bytes' ? bytes.bytes.slice() : undefined);

/**
 * The database file cannot be read as a database: restores the newest backup that is itself
 * good (with the journal replayed on it when the journal continues it, so nothing is lost), or
 * with none a fresh database, and says what happened. In that order: the damaged file is first
 * kept under a new name — linked or copied, still in its place — and only then is the restored
 * copy written over it, atomically. If any step fails, nothing is lost and the error says where
 * each file is.
 */
async function recover(files: DatabaseFiles, damage: string, journalBytes: FileBytes): Promise<Opened> {
  const problem = `Summit Briefing could not read its database: ${damage}`;
  const kept = await setAside(files.fileSystem, files.snapshotPath, 'database', files.now, problem);
  let chosen: { path: string; bytes: Uint8Array; loaded: LoadedDatabase } | undefined;
  for (const path of await listBackups(files.dataDirectory, files.fileSystem)) {
    const read = await readFileBytes(files.fileSystem, path, files.maxBytes, 'backup').catch(() => undefined);
    if (read?.kind !== 'bytes') continue;
    const journal = copyOf(journalBytes);
    const loaded = await loadDatabase(files.workers, {
      path,
      snapshot: read.bytes.slice(),
      ...(journal ? { journal } : {}),
      seed: files.seed,
      transfer: true,
    });
    if (loaded.status !== 'invalid') {
      chosen = { path, bytes: read.bytes, loaded };
      break;
    }
  }
  const fresh = chosen ? undefined : databaseFromSeed(files.seed);
  const restored = chosen
    ? (chosen.loaded.opened.rewritten ?? chosen.bytes)
    : encoder.encode(serialiseDatabase(fresh!));
  const replacing = chosen ? `the good backup ${chosen.path}` : 'a fresh database from the shipped cards';
  const database = chosen?.loaded.database ?? fresh!;
  const replayedJournal = chosen?.loaded.opened.journal;
  // The journal continues the restored copy (same lineage, nothing missing between them): it is replayed, not set aside.
  const chained = journalBytes.kind === 'bytes' && replayedJournal !== undefined && !replayedJournal.damage;
  const { journal, header, carried } = journalOf(files, database, chained ? chosen?.loaded : undefined);
  let keptJournal: string | undefined;
  if (!chained) {
    // A journal that does not continue the restored copy must never be replayed on it; its bytes are kept. It is
    // replaced before the restored copy is put in place: a kill between the two must not leave the copy beside a
    // journal of later changes, which the next start would take for damage. (Killed here, the damaged file is still
    // in place, so the next start recovers again, to the same copy, which this empty journal continues.)
    if (journalBytes.kind !== 'missing') {
      keptJournal = (await setAside(files.fileSystem, files.journalPath, 'journal', files.now, problem)).damagedFile;
    }
    await withRetries(() => journal.rewrite(header, carried), files.retryDelaysMs);
  }
  try {
    await writeSnapshot(files, restored);
  } catch (error) {
    const movedAside = await kept.undo();
    const where = movedAside
      ? `the damaged database was kept as ${kept.damagedFile}`
      : `the damaged database is still at ${files.snapshotPath}, untouched`;
    const journalWhere = keptJournal ? `, and its journal of changes was kept as ${keptJournal}` : '';
    throw repairFailed(problem, replacing, error, `${where}${journalWhere}`);
  }
  const index = chosen?.loaded.index ?? new DatabaseIndex(files.seed.facts);
  if (!chosen) index.bytes = restored.byteLength;
  // A journal that continues the copy is replaced only now that the copy holds its changes.
  if (chained) await withRetries(() => journal.rewrite(header, carried), files.retryDelaysMs);
  const opened: Opened = {
    database,
    index,
    files: {
      journal,
      snapshotSequence: chosen?.loaded.opened.snapshotSequence ?? 0,
      snapshotBytes: restored.byteLength,
      afterStart: { kind: 'nothing' },
    },
    notice: chosen
      ? restoredNotice(problem, kept.damagedFile, chosen.path, chained ? (replayedJournal?.applied ?? 0) : 0)
      : freshNotice(problem, kept.damagedFile),
  };
  if (chosen) await applyMerge(files, opened, chosen.loaded);
  return opened;
}

/**
 * Opens the database file and its journal: replays the journal on the file, drops a torn last
 * line (that change was never acknowledged), keeps a damaged journal aside and opens with the
 * changes before the damage, upgrades a file of an older schema, recovers a damaged file from a
 * backup, creates the database on a first start, and merges a newer seed — all before the first
 * change, with the heavy work in the compaction worker. A read-only folder gets the same reading
 * and nothing written.
 */
export async function openDatabaseFile(files: DatabaseFiles): Promise<Opened> {
  const { fileSystem, maxBytes } = files;
  const snapshot = await readFileBytes(fileSystem, files.snapshotPath, maxBytes, 'database');
  const journalBytes = await readFileBytes(fileSystem, files.journalPath, 2 * maxBytes, 'journal');
  if (snapshot.kind === 'missing') return firstStart(files, journalBytes);
  if (snapshot.kind === 'refused') return recover(files, snapshot.message, journalBytes);

  // With nothing to change at start, the file as it is is what a backup would copy: kept only if it differs.
  const backupDiffers = files.writable
    ? !(await newestBackupHolds(fileSystem, files.dataDirectory, snapshot.bytes, maxBytes))
    : false;
  const loaded = await loadDatabase(files.workers, {
    path: files.snapshotPath,
    snapshot: backupDiffers ? snapshot.bytes.slice() : snapshot.bytes,
    // A copy goes to the worker: recovery may need the journal again, and its size is where appends continue.
    ...(journalBytes.kind === 'bytes' ? { journal: journalBytes.bytes.slice() } : {}),
    seed: files.seed,
    transfer: true,
  });
  if (loaded.status === 'invalid') {
    const { error } = loaded;
    const details = error.details?.length ? ` (${error.details.slice(0, 2).join('; ')})` : '';
    if (error.code !== 'database-invalid') throw new BriefingError(error);
    return recover(files, `${error.message}${details}`, journalBytes);
  }
  const { opened: result } = loaded;
  const opened: Opened = {
    database: loaded.database,
    index: loaded.index,
    files: { snapshotSequence: result.snapshotSequence, snapshotBytes: result.bytes, afterStart: { kind: 'nothing' } },
  };
  if (!files.writable) {
    await applyMerge(files, opened, loaded);
    return opened;
  }
  if (result.rewritten) {
    try {
      await writeSnapshot(files, result.rewritten);
    } catch (error) {
      const failure = writeFailed(error, files.snapshotPath);
      throw new BriefingError({
        code: 'write-failed',
        ...(failure.reason ? { reason: failure.reason } : {}),
        message: `Summit Briefing could not upgrade its database at ${files.snapshotPath} to this version: ${failure.reason ?? failure.message}. Nothing was changed; free some space or fix the folder and choose Try again.`,
      });
    }
  }
  const journalProblem =
    journalBytes.kind === 'refused'
      ? journalBytes.message
      : journalBytes.kind === 'bytes'
        ? result.journal.damage
        : undefined;
  if (journalProblem) {
    const kept = await setAside(fileSystem, files.journalPath, 'journal', files.now, journalProblem);
    opened.notice = journalNotice(journalProblem, kept.damagedFile, result.journal.applied);
  }
  const { journal, header, carried } = journalOf(files, opened.database, loaded, journalBytes);
  if (!result.journal.appendable || journalBytes.kind !== 'bytes') {
    await withRetries(() => journal.rewrite(header, carried), files.retryDelaysMs);
  }
  opened.files.journal = journal;
  const merged = await applyMerge(files, opened, loaded);
  const changed =
    merged || result.journal.applied > 0 || result.rewritten !== undefined || journalProblem !== undefined;
  opened.files.afterStart = changed
    ? { kind: 'compact-and-back-up' }
    : backupDiffers
      ? { kind: 'back-up', bytes: snapshot.bytes }
      : { kind: 'nothing' };
  return opened;
}
