import { join } from 'node:path';
import type { Adapter } from 'lowdb';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import { BoundedReadError, readFileBounded } from './boundedRead';
import { journalFileName } from './journal/journalFile';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';
import { databaseMaxBytes, parseDatabase, replayJournal, sizeText, type Replayed } from './snapshotFormat';

export { databaseMaxBytes, parseDatabase, serialiseDatabase, sizeText } from './snapshotFormat';

export const databaseFileName = 'summit-briefing.json';
export { journalFileName };

/**
 * lowdb's adapter for our database, kept small and ours: lowdb's model (`db.data`) is the state
 * the store serves, and its file is the snapshot. `write` is a compaction — the journal folded
 * into a new file, off the main loop, checked whole first (see compaction.ts); `read` is what a
 * fresh start finds on disk. What lowdb's own JSONFile lacks — fsync, validation, a size limit,
 * migrations, a journal — is in the modules this adapter calls.
 */
export class DatabaseFile implements Adapter<Database> {
  constructor(
    readonly path: string,
    private readonly operations: {
      read(): Promise<Database | null>;
      /** Makes the file hold at least the changes up to `sequence`. */
      compactThrough(sequence: number): Promise<void>;
    },
  ) {}

  read(): Promise<Database | null> {
    return this.operations.read();
  }

  write(data: Database): Promise<void> {
    return this.operations.compactThrough(data.sequence);
  }
}

async function readText(path: string, fileSystem: FileSystem, maxBytes: number, what: string): Promise<string | null> {
  try {
    return await readFileBounded(fileSystem, path, maxBytes);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const { problem } = error;
    if (problem.kind === 'missing') return null;
    if (problem.kind === 'unreadable')
      throw Object.assign(new Error(`${problem.code}: cannot read ${path}`), { code: problem.code });
    throw new BriefingError({
      code: 'database-invalid',
      message:
        problem.kind === 'not-a-file'
          ? `The ${what} at ${path} is not a regular file, so it was not read.`
          : `The ${what} at ${path} is ${sizeText(problem.bytes)}, larger than the ${sizeText(maxBytes)} Summit Briefing accepts, so it was not read.`,
    });
  }
}

/**
 * Reads, size-checks, parses, migrates and validates one database file (a backup, or the
 * database file without its journal); null when there is none. Blocks the caller while it
 * parses: for tests, checks and tools, not for the running app (which parses in its worker).
 */
export async function readDatabaseAt(
  path: string,
  fileSystem: FileSystem = nodeFileSystem,
  maxBytes = databaseMaxBytes,
  shippedFacts: ReadonlyArray<{ id: string }> = [],
): Promise<{ text: string; database: Database } | null> {
  const text = await readText(path, fileSystem, maxBytes, 'database');
  if (text === null) return null;
  return { text, database: parseDatabase(text, path, shippedFacts).database };
}

/**
 * What a fresh start of the app would find in a data folder: the database file with its journal
 * replayed, as `Replayed` says (torn last line, damage). Null when there is no database file.
 * Like readDatabaseAt, for tests, checks and tools.
 */
export async function readSavedDatabase(
  dataDirectory: string,
  shippedFacts: ReadonlyArray<{ id: string }> = [],
  fileSystem: FileSystem = nodeFileSystem,
): Promise<Replayed | null> {
  const snapshot = await readDatabaseAt(
    join(dataDirectory, databaseFileName),
    fileSystem,
    databaseMaxBytes,
    shippedFacts,
  );
  if (!snapshot) return null;
  const journal = await readText(join(dataDirectory, journalFileName), fileSystem, 2 * databaseMaxBytes, 'journal');
  return replayJournal(snapshot.database, journal ?? undefined);
}
