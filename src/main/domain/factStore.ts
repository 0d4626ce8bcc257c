import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { HistoryState, Library, StartupNotice } from '../../shared/contract';
import { settingsSchema, type Database, type Settings, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import type { Seed } from '../../shared/schema/seed';
import type { OperationContext, Outcome } from './annotationOperations';
import { removeAbandonedTemporaryFiles } from './atomicWrite';
import { listBackups, writeBackup } from './backups';
import { CoalescingWriter } from './coalescingWriter';
import { DatabaseFile } from './databaseFile';
import { readWithRecovery } from './databaseRecovery';
import { databaseFromSeed, mergeSeed } from './seed';
import { UserHistory } from './userHistory';

export const databaseFileName = 'summit-briefing.json';

export interface FactStore {
  readonly filePath: string;
  library(): Library;
  /**
   * Applies one change to the user's data and resolves once it is on disk. Changes with the same
   * coalesce key in quick succession (typing in one note) are one undo step.
   */
  change<Result>(
    operation: (user: UserData, context: OperationContext) => Outcome<Result>,
    coalesceKey?: string,
  ): Promise<{ result: Result; history: HistoryState }>;
  undo(): Promise<{ user: UserData; history: HistoryState }>;
  redo(): Promise<{ user: UserData; history: HistoryState }>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Starts any waiting write now and waits for every write; the app calls it before quitting. */
  flush(): Promise<void>;
  /** How many times the database file has been written since opening: for tests and benchmarks. */
  writeCount(): number;
}

export interface OpenFactStoreOptions {
  dataDirectory: string;
  seed: Seed;
  clock?: () => Date;
  newId?: (prefix: string) => string;
  /** How long a save waits to gather other changes into one write. */
  writeDelayMs?: number;
  /** How often, at most, a backup of the database is kept while the app runs. */
  backupIntervalMs?: number;
}

/**
 * Opens the user's database: created from the seed on first start, recovered from a backup if
 * damaged, merged with a newer seed revision. Changes are applied in memory at once and written
 * atomically in coalesced batches; a rolling set of backups is kept beside the file.
 */
export async function openFactStore({
  dataDirectory,
  seed,
  clock = () => new Date(),
  newId = (prefix) => `${prefix}-${randomUUID()}`,
  writeDelayMs = 150,
  backupIntervalMs = 10 * 60 * 1000,
}: OpenFactStoreOptions): Promise<FactStore> {
  await mkdir(dataDirectory, { recursive: true });
  const file = new DatabaseFile(join(dataDirectory, databaseFileName));
  await removeAbandonedTemporaryFiles(file.path);
  const { database: existing, notice } = await readWithRecovery(file, clock());
  const db = new Low<Database>(file, existing ?? databaseFromSeed(seed));
  const merged = existing ? mergeSeed(existing, seed) : { database: db.data, changed: true };
  db.data = merged.database;
  if (merged.changed) await db.write();
  const startupNotice: StartupNotice | undefined = notice;

  let lastBackupAt = 0;
  async function backupIfDue(force = false): Promise<void> {
    const now = clock().getTime();
    if (!file.lastText || (!force && now - lastBackupAt < backupIntervalMs)) return;
    lastBackupAt = now;
    await writeBackup(dataDirectory, file.lastText, clock());
  }
  // The file just opened is known good: keep a copy before this session changes anything.
  if ((await listBackups(dataDirectory)).length === 0 || !notice) await backupIfDue(true);

  const writer = new CoalescingWriter(async () => {
    await db.write();
    await backupIfDue().catch(() => undefined);
  }, writeDelayMs);
  const history = new UserHistory();

  let factIndex = new Map<string, Fact>();
  let indexedFor: UserData | undefined;
  const context: OperationContext = {
    now: () => clock().toISOString(),
    newId,
    fact(id) {
      if (indexedFor !== db.data.user) {
        factIndex = new Map([...db.data.facts, ...db.data.user.ownFacts].map((fact) => [fact.id, fact]));
        indexedFor = db.data.user;
      }
      return factIndex.get(id);
    },
  };

  function replaceUser(user: UserData): void {
    db.data = { ...db.data, user };
  }

  return {
    filePath: file.path,
    library() {
      const { seedRevision, sources, facts, user, settings } = db.data;
      return {
        seedRevision,
        sources,
        facts,
        user,
        settings,
        history: history.state,
        databaseFile: file.path,
        ...(startupNotice ? { notice: startupNotice } : {}),
      };
    },
    async change(operation, coalesceKey) {
      const before = db.data.user;
      const { user, result } = operation(before, context);
      history.record(before, clock().getTime(), coalesceKey);
      replaceUser(user);
      await writer.request();
      return { result, history: history.state };
    },
    async undo() {
      const previous = history.undo(db.data.user);
      if (previous) {
        replaceUser(previous);
        await writer.request();
      }
      return { user: db.data.user, history: history.state };
    },
    async redo() {
      const next = history.redo(db.data.user, clock().getTime());
      if (next) {
        replaceUser(next);
        await writer.request();
      }
      return { user: db.data.user, history: history.state };
    },
    async updateSettings(patch) {
      // A key sent as `undefined` means "no change", not "erase the setting".
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      db.data = { ...db.data, settings: settingsSchema.parse({ ...db.data.settings, ...defined }) };
      await writer.request();
      return { ...db.data.settings };
    },
    flush: () => writer.flush(),
    writeCount: () => writer.writes,
  };
}
