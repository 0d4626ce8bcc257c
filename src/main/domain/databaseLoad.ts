import { emptyUserData, type Database, type UserData } from '../../shared/schema/database';
import type { Seed } from '../../shared/schema/seed';
import type { CompactionWorkers } from './compaction/compactionWorkers';
import type { OpenedDatabase, OpenResult } from './compaction/workerJobs';
import { DatabaseIndex } from './databaseIndex';

export interface LoadedDatabase {
  status: 'loaded';
  /** The database file with its journal replayed: what was acknowledged, before any seed merge. */
  database: Database;
  index: DatabaseIndex;
  opened: OpenedDatabase;
}

/** Records per slice the worker sends: a few milliseconds of the main loop each, at most. */
const sliceSize = 500;

/**
 * Opens a database file (and its journal) in the compaction worker: it decodes, parses, checks
 * and replays there, and the records come back in slices, each a short task of the main loop,
 * gathered here into the user's data and the index the store checks every change with. With
 * `transfer`, the bytes are handed to the worker rather than copied (the caller must not use them after).
 */
export async function loadDatabase(
  workers: CompactionWorkers,
  input: { path: string; snapshot: Uint8Array; journal?: Uint8Array; seed: Seed; transfer?: boolean },
): Promise<LoadedDatabase | Extract<OpenResult, { status: 'invalid' }>> {
  const index = new DatabaseIndex(input.seed.facts);
  const user: UserData = {
    ...emptyUserData,
    ownFacts: [],
    notes: [],
    highlights: [],
    tags: [],
    // briefs (issue 15)
    briefs: [],
    // study
    studyLog: [],
    ownStudyItems: [],
    // sources
    sources: [],
    collections: [],
  };
  const buffers = input.transfer
    ? [input.snapshot.buffer as ArrayBuffer, ...(input.journal ? [input.journal.buffer as ArrayBuffer] : [])]
    : [];
  const result = await workers.open(
    {
      path: input.path,
      snapshot: input.snapshot,
      ...(input.journal ? { journal: input.journal } : {}),
      seed: input.seed,
      chunkSize: sliceSize,
    },
    ({ list, items }) => {
      const records = user[list] as unknown[];
      for (const item of items) records.push(item);
      index.addRecords(list, items as Array<{ id: string }>);
    },
    buffers,
  );
  if (result.status === 'invalid') return result;
  user.starred = result.starred;
  user.cardTags = result.cardTags;
  index.setStarred(result.starred);
  index.setCardTags(result.cardTags);
  // study
  user.studyPreferences = result.studyPreferences;
  index.setStudyPreferences(result.studyPreferences);
  index.bytes = result.bytes;
  return { status: 'loaded', database: { ...result.database, user }, index, opened: result };
}
