import { z } from 'zod';
import { BriefingError, describeIssues } from '../../shared/errors';
import { databaseSchema, type Database } from '../../shared/schema/database';
import { databaseInvariantIssues, describeInvariantIssues } from '../../shared/schema/databaseInvariants';
import { factSchema, type Fact } from '../../shared/schema/fact';
import { readJournal, type JournalLine } from './journal/journalFormat';
import { UserDataMirror } from './journal/userDataMirror';
import { migrateDatabaseKeepingFacts } from './migrations';

/** Far beyond a lifetime of notes; a file this big is damaged or not ours, and parsing it would stall the app. */
export const databaseMaxBytes = 100 * 1024 * 1024;

/** "120 MB", or "600 KB" below a megabyte. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function serialiseDatabase(data: Database): string {
  return `${JSON.stringify(data)}\n`;
}

export interface ParsedSnapshot {
  database: Database;
  /** The shipped cards a file from before schema 4 held, for the seed merge that follows. */
  legacyFacts?: Fact[];
  /** Set when the file was of an older schema: it is rewritten in the current one at once. */
  migratedFrom?: number;
}

const legacyFactsSchema = z.array(factSchema);

/** Parses, migrates and checks the shape of a database file's text; the invariants are `invariantProblems`. */
export function parseSnapshot(text: string, path: string): ParsedSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} is not valid JSON (${(error as Error).message}).`,
    });
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  const { data, legacyFacts } = migrateDatabaseKeepingFacts(raw, path);
  const result = databaseSchema.safeParse(data);
  if (!result.success) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} does not have the expected shape.`,
      details: describeIssues(result.error),
    });
  }
  const facts = legacyFacts === undefined ? undefined : legacyFactsSchema.safeParse(legacyFacts);
  return {
    database: result.data,
    ...(facts?.success ? { legacyFacts: facts.data } : {}),
    ...(typeof version === 'number' && version !== result.data.schemaVersion ? { migratedFrom: version } : {}),
  };
}

/** What the schema alone cannot say (ids unique across kinds, references), checked with the shipped cards. */
export function invariantProblems(database: Database, shippedFacts: ReadonlyArray<{ id: string }>): string[] {
  return describeInvariantIssues(databaseInvariantIssues({ facts: shippedFacts, user: database.user }, 8));
}

/** Parses a database file and checks it whole, as a load does; throws `database-invalid` naming the problem. */
export function parseDatabase(
  text: string,
  path: string,
  shippedFacts: ReadonlyArray<{ id: string }> = [],
): ParsedSnapshot {
  const parsed = parseSnapshot(text, path);
  const problems = invariantProblems(parsed.database, shippedFacts);
  if (problems.length > 0) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} does not have the expected shape.`,
      details: problems,
    });
  }
  return parsed;
}

export interface Replayed {
  database: Database;
  /** How many journal lines were applied. */
  applied: number;
  /** The journal lines after the database file's sequence: what a rewrite of the journal keeps. */
  carried: JournalLine[];
  /** The journal's last line was torn by a crash: it was never acknowledged and is dropped. */
  tornTail?: string;
  /** The journal cannot be replayed (in full): why, for a person. The lines before the damage were applied. */
  damage?: string;
  /**
   * True when the next change can be appended to the journal as it is: it is whole and its next
   * line would be the database's next sequence. Otherwise it is rewritten before the first append.
   */
  appendable: boolean;
}

/**
 * Replays the journal on the database file it continues: the lines after the file's sequence, in
 * order. Without a journal (a first start, a file from before journals) there is nothing to replay.
 * A journal for another file, or one that starts after changes the file does not hold, is not
 * replayed at all: it is damage, and the caller keeps it aside.
 */
export function replayJournal(database: Database, journalText: string | undefined): Replayed {
  if (journalText === undefined) return { database, applied: 0, carried: [], appendable: false };
  const journal = readJournal(journalText);
  if (!journal) {
    return {
      database,
      applied: 0,
      carried: [],
      appendable: false,
      damage: 'the journal of changes does not start as a journal does',
    };
  }
  const { header } = journal;
  if (header.lineage !== database.lineage) {
    return {
      database,
      applied: 0,
      carried: [],
      appendable: false,
      damage: 'the journal of changes belongs to another database file',
    };
  }
  if (header.after > database.sequence) {
    return {
      database,
      applied: 0,
      carried: [],
      appendable: false,
      damage: `the journal of changes starts after change ${header.after}, but the database file holds changes only up to ${database.sequence}`,
    };
  }
  const carried = journal.lines.filter((line) => line.sequence > database.sequence);
  let { user, settings, seedRevision } = database;
  let mirror: UserDataMirror | undefined;
  for (const { change } of carried) {
    if (change.user) (mirror ??= new UserDataMirror(user)).apply(change.user);
    if (change.settings) settings = change.settings;
    if (change.seedRevision !== undefined) seedRevision = change.seedRevision;
  }
  if (mirror) user = mirror.toUserData();
  const sequence = carried.at(-1)?.sequence ?? database.sequence;
  const clean = !journal.tornTail && !journal.damage;
  return {
    database: { ...database, user, settings, seedRevision, sequence },
    applied: carried.length,
    carried,
    appendable: clean && header.after + journal.lines.length === sequence,
    ...(journal.tornTail ? { tornTail: journal.tornTail } : {}),
    ...(journal.damage ? { damage: journal.damage } : {}),
  };
}
