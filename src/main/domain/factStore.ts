import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Library, SaveState } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import { settingsSchema, type Database, type Settings, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import type { Seed } from '../../shared/schema/seed';
import { sourceLibraryOf } from '../../shared/sources/librarySources';
import { diffUserData, isEmptyPatch, type ChangeAnswer, type UserDataPatch } from '../../shared/schema/userDataPatch';
import type { OperationContext, Outcome } from './annotationOperations';
import { ChangeQueue, type Queued } from './changeQueue';
import { Compaction, defaultCompactionThresholds, type CompactionThresholds } from './compaction/compaction';
import { compactionWorkers, type CompactionWorkers } from './compaction/compactionWorkers';
import { refuseInvalid, touchedRecordProblems } from './databaseCheck';
import { DatabaseFile, databaseFileName, databaseMaxBytes, journalFileName, sizeText } from './databaseFile';
import { loadDatabase } from './databaseLoad';
import { defaultRetryDelaysMs, diskReason, withRetries, writeFailed } from './diskErrors';
import type { JournalChange } from './journal/journalFormat';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';
import { readFileBytes } from './startupFiles';
import { startDatabase } from './storeStartup';
import { writeBackup } from './backups';
import { UserHistory } from './userHistory';

/** A change to the settings: an absent key is no change, `null` clears the collection scope. */
export type SettingsPatch = Partial<Omit<Settings, 'collectionScope'>> & {
  collectionScope?: string | null | undefined;
};

export { databaseFileName, journalFileName };

export type Operation<Result> = (user: UserData, context: OperationContext) => Outcome<Result>;

/** A change that is on disk: what the operation answered, and the answer the window applies. */
export interface Committed<Result> {
  result: Result;
  answer: ChangeAnswer;
}

export interface FactStore {
  readonly filePath: string;
  /** What is on disk, as a fresh start would show it. */
  library(): Library;
  /**
   * Asks for one change to the user's data; resolves once it is on disk (its journal line written
   * and fsynced), and only then is it in memory and in the undo history. If the write fails for
   * good it rejects, and memory, history and files are as they were. Changes with the same
   * coalesce key in quick succession (typing in one note) are one undo step.
   */
  change<Result>(
    operation: Operation<Result>,
    coalesceKey?: string,
    options?: ChangeOptions,
  ): Promise<Committed<Result>>;
  /** Runs `operation` on the saved state and checks the outcome as a write would, writing nothing. */
  check<Result>(operation: Operation<Result>): Result;
  undo(): Promise<ChangeAnswer>;
  redo(): Promise<ChangeAnswer>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  saveState(): SaveState;
  /** Resolves once every change asked for before it, and any that arrived while it waited, is on disk. */
  flush(): Promise<void>;
  /** Folds the journal into a new database file now (lowdb's `write`), and resolves when it is done. */
  compact(): Promise<void>;
  /** Resolves once every change is on disk and no compaction or backup is running. */
  settled(): Promise<void>;
  /** Waits for the last writes, then lets go of the worker. The store answers nothing after it. */
  close(): Promise<void>;
  /** How many journal lines have been written since opening: for tests and benchmarks. */
  writeCount(): number;
  /** How many compactions have finished since opening: for tests and benchmarks. */
  compactionCount(): number;
}

/**
 * How a change sits in the undo history. Study mode's log and preferences are outside it: the log is append-only
 * (a rating is taken back by an undo entry of its own, src/shared/study), so the header's undo never removes an
 * answer, and undoing a note after some answers keeps them.
 */
export interface ChangeOptions {
  outsideHistory?: boolean;
}

/** The parts of the user's data undo and redo leave as they are: study mode's append-only log and its preferences. */
const outsideHistory = ['studyLog', 'studyPreferences'] as const;

function keepingOutsideHistory(target: UserData, current: UserData): UserData {
  const kept = { ...target };
  for (const key of outsideHistory) (kept as Record<string, unknown>)[key] = current[key];
  return kept;
}

export interface OpenFactStoreOptions {
  dataDirectory: string;
  seed: Seed;
  clock?: () => Date;
  /** The disk; tests pass one that fails on purpose. */
  fileSystem?: FileSystem;
  /** How long a save waits to gather other changes into one write. */
  writeDelayMs?: number;
  /** How often, at most, a backup of the database is kept while the app runs. */
  backupIntervalMs?: number;
  /** The waits between retries of a transient failure (EPERM, EBUSY, EAGAIN) before the user is told. */
  retryDelaysMs?: readonly number[];
  /** The largest database the app writes and opens. */
  maxDatabaseBytes?: number;
  /** When the journal is compacted; tests and the crash test compact far more often. */
  compaction?: Partial<CompactionThresholds>;
  /** The worker threads that open and compact; made (and ended when idle) by the store when left out. */
  workers?: CompactionWorkers;
}

type Request =
  | {
      kind: 'change';
      operation: Operation<unknown>;
      coalesceKey?: string;
      outsideHistory?: boolean;
      at: number;
      /** Worked out when asked for, on the state expected by then; used if that is the state its batch finds. */
      ahead?: { before: State; after: State; result: unknown };
    }
  | { kind: 'settings'; patch: SettingsPatch }
  | { kind: 'undo' | 'redo'; at: number };

interface State {
  user: UserData;
  settings: Settings;
}

interface Computed {
  item: Queued<Request>;
  before: State;
  after: State;
  result: unknown;
}

interface Checked {
  patch: UserDataPatch;
  change: JournalChange;
  sizeChange: number;
}

/**
 * Opens the user's database (created from the seed, recovered from a backup if damaged, merged
 * with a newer seed) and serves changes as transactions: each is computed on the saved state,
 * checked with the load's schema and invariants for what it touched, written as one fsynced
 * journal line in a coalesced batch — with retries for a transient failure — and only then
 * applied to memory and history. The journal is folded into the database file by a worker when
 * it grows, so a save costs what the change costs, not what the database costs.
 */
export async function openFactStore({
  dataDirectory,
  seed,
  clock = () => new Date(),
  fileSystem = nodeFileSystem,
  writeDelayMs = 150,
  backupIntervalMs = 10 * 60 * 1000,
  retryDelaysMs = defaultRetryDelaysMs,
  maxDatabaseBytes = databaseMaxBytes,
  compaction: thresholds = {},
  workers = compactionWorkers(),
}: OpenFactStoreOptions): Promise<FactStore> {
  const snapshotPath = join(dataDirectory, databaseFileName);
  const journalPath = join(dataDirectory, journalFileName);
  const started = await startDatabase({
    dataDirectory,
    snapshotPath,
    journalPath,
    seed,
    now: clock(),
    fileSystem,
    workers,
    retryDelaysMs,
    maxBytes: maxDatabaseBytes,
  });
  const { index, files } = started;
  const journal = files.journal;
  const readOnly = started.readOnly;
  const history = new UserHistory();
  let revision = 0;
  let writes = 0;
  let retrying: string | undefined;
  let lastBackupAt = clock().getTime();
  /** What each journal line changed the file's size by, until a compaction folds it in. */
  const sizeChanges = new Map<number, number>();

  const compaction = journal
    ? new Compaction({
        workers,
        fileSystem,
        snapshotPath,
        dataDirectory,
        journal,
        shippedFactIds: seed.facts.map((fact) => fact.id),
        maxBytes: maxDatabaseBytes,
        clock,
        retryDelaysMs,
        thresholds: { ...defaultCompactionThresholds, ...thresholds },
        snapshotSequence: files.snapshotSequence,
        snapshotBytes: files.snapshotBytes,
        onCompacted(sequence, bytes) {
          let later = 0;
          for (const [line, change] of sizeChanges) {
            if (line <= sequence) sizeChanges.delete(line);
            else later += change;
          }
          index.bytes = bytes + later;
        },
        log: () => undefined,
      })
    : undefined;
  const db = new Low<Database>(
    new DatabaseFile(snapshotPath, {
      async read() {
        const snapshot = await readFileBytes(fileSystem, snapshotPath, maxDatabaseBytes, 'database');
        if (snapshot.kind !== 'bytes') return null;
        const journalBytes = await readFileBytes(fileSystem, journalPath, 2 * maxDatabaseBytes, 'journal');
        const loaded = await loadDatabase(workers, {
          path: snapshotPath,
          snapshot: snapshot.bytes,
          ...(journalBytes.kind === 'bytes' ? { journal: journalBytes.bytes } : {}),
          seed,
          transfer: true,
        });
        return loaded.status === 'invalid' ? null : loaded.database;
      },
      async compactThrough(sequence) {
        if (!compaction) throw refusal();
        while (compaction.sequence < sequence) await compaction.run();
      },
    }),
    started.database,
  );

  let factIndex = new Map<string, Fact>();
  let indexedFor: readonly Fact[] | undefined;
  const contextFor = (user: UserData): OperationContext => ({
    now: () => clock().toISOString(),
    fact(id) {
      if (indexedFor !== user.ownFacts) {
        factIndex = new Map([...seed.facts, ...user.ownFacts].map((fact) => [fact.id, fact]));
        indexedFor = user.ownFacts;
      }
      return factIndex.get(id);
    },
    // sources
    source: (id) => sourceLibraryOf(seed.sources, user).sources.find((source) => source.id === id),
    collectionExists: (id) =>
      sourceLibraryOf(seed.sources, user).collections.some((collection) => collection.id === id),
  });

  // One object per saved state: work done ahead is matched to the state its batch finds by reference.
  let savedState: State = { user: db.data.user, settings: db.data.settings };
  const saved = (): State => savedState;

  function compute(request: Request, state: State): { after: State; result: unknown } {
    switch (request.kind) {
      case 'change': {
        const { user, result } = request.operation(state.user, contextFor(state.user));
        return { after: user === state.user ? state : { ...state, user }, result };
      }
      case 'settings': {
        // A key sent as `undefined` means "no change", not "erase the setting".
        const defined = Object.fromEntries(Object.entries(request.patch).filter(([, value]) => value !== undefined));
        const merged: Record<string, unknown> = { ...state.settings, ...defined };
        // `null` clears a setting that may be absent: the collection scope back to every collection.
        for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
        const settings = settingsSchema.parse(merged);
        const same =
          settings.lastTopic === state.settings.lastTopic &&
          settings.theme === state.settings.theme &&
          settings.language === state.settings.language &&
          settings.collectionScope === state.settings.collectionScope;
        return { after: same ? state : { ...state, settings }, result: settings };
      }
      case 'undo':
      case 'redo': {
        const target = request.kind === 'undo' ? history.undoTarget() : history.redoTarget();
        return {
          after: target ? { ...state, user: keepingOutsideHistory(target, state.user) } : state,
          result: undefined,
        };
      }
    }
  }

  /**
   * Checks the state `next` against the saved state as a load would check it, for what changed:
   * the records touched, the invariants through the index, the size limit. Throws the refusal.
   */
  function check(next: State, from: State = saved()): Checked {
    const patch = next.user === from.user ? {} : diffUserData(from.user, next.user);
    const settingsChanged = next.settings !== from.settings;
    const problems = [
      ...touchedRecordProblems(patch, settingsChanged ? next.settings : undefined),
      ...index.problems(patch, next.user),
    ];
    if (problems.length > 0) throw refuseInvalid(problems.slice(0, 8));
    const sizeChange = index.sizeChange(patch);
    const bytes = index.bytes + sizeChange;
    if (bytes > maxDatabaseBytes) {
      throw new BriefingError({
        code: 'invalid-request',
        message: `That change would make the database ${sizeText(bytes)}, more than the ${sizeText(maxDatabaseBytes)} Summit Briefing can open again, so it was refused and nothing was changed.`,
      });
    }
    const change: JournalChange = {
      ...(isEmptyPatch(patch) ? {} : { user: patch }),
      ...(settingsChanged ? { settings: next.settings } : {}),
    };
    return { patch, change, sizeChange };
  }

  /** Computes the batch in order; a request that throws is refused alone. */
  function computeAll(batch: Array<Queued<Request>>, from: State, checkEach: boolean): Computed[] {
    const computed: Computed[] = [];
    let state = from;
    for (const item of batch) {
      try {
        const { ahead } = item.request as { ahead?: { before: State; after: State; result: unknown } };
        const { after, result } = ahead && ahead.before === state ? ahead : compute(item.request, state);
        // Checked against the saved state the index describes: everything up to and including this request.
        if (checkEach && after !== state) check(after, from);
        computed.push({ item, before: state, after, result });
        state = after;
      } catch (error) {
        item.reject(error);
      }
    }
    return computed;
  }

  function commit(computed: readonly Computed[], next: State, sequence: number): void {
    for (const { item, before, after } of computed) {
      const request = item.request;
      if (request.kind === 'undo' && after !== before) history.undo(before.user);
      else if (request.kind === 'redo' && after !== before) history.redo(before.user, request.at);
      else if (request.kind === 'change' && after.user !== before.user && !request.outsideHistory) {
        history.record(before.user, request.at, request.coalesceKey);
      }
    }
    db.data = { ...db.data, user: next.user, settings: next.settings, sequence };
    savedState = next;
    revision += 1;
  }

  async function processBatch(batch: Array<Queued<Request>>): Promise<void> {
    const before = saved();
    let computed = computeAll(batch, before, false);
    let next = computed.at(-1)?.after ?? before;
    let checked: Checked | undefined;
    if (next !== before) {
      try {
        checked = check(next, before);
      } catch {
        // One change of the batch would break the database: find which, refuse it alone, keep the others.
        computed = computeAll(
          computed.map(({ item }) => item),
          before,
          true,
        );
        next = computed.at(-1)?.after ?? before;
        checked = next === before ? undefined : check(next, before);
      }
    }
    let changed: UserDataPatch = {};
    if (checked && journal) {
      const { change, patch, sizeChange } = checked;
      let sequence: number;
      try {
        await makeRoom();
        ({ sequence } = await withRetries(
          () => journal.append(change),
          retryDelaysMs,
          (error) => (retrying = diskReason(error)),
        ));
        writes += 1;
      } catch (error) {
        const failure = writeFailed(error, journalPath);
        for (const { item } of computed) item.reject(failure);
        // Changes worked out on top of this batch are worked out again, on the saved state, when their turn comes.
        tail = undefined;
        return;
      } finally {
        retrying = undefined;
      }
      index.commit(patch, sizeChange);
      sizeChanges.set(sequence, sizeChange);
      commit(computed, next, sequence);
      changed = patch;
    }
    const answer: ChangeAnswer = { changed, history: history.state, revision };
    for (const { item, result } of computed) item.resolve({ result, answer });
    if (checked) afterWrite();
  }

  /** A journal never grows past what the app reads back at open: a compaction comes first. */
  async function makeRoom(): Promise<void> {
    if (journal && compaction && journal.bytes > maxDatabaseBytes) await compaction.run();
  }

  function afterWrite(): void {
    const now = clock().getTime();
    const elapsed = now - lastBackupAt;
    // A clock set back makes `elapsed` negative: that is a reason to keep a copy, not to wait.
    const backupDue = elapsed < 0 || elapsed >= backupIntervalMs;
    if (backupDue) lastBackupAt = now;
    compaction?.poke(backupDue);
  }

  const queue = new ChangeQueue<Request>(processBatch, writeDelayMs);
  /**
   * The state after the last change worked out ahead. A burst of typing is worked out keystroke
   * by keystroke as it arrives, not all at once when its batch starts, so the last keystroke is on
   * disk as soon after it as one write takes. A batch uses the work only if it starts from the
   * state it was done on; otherwise (a failed write before it, an undo) it works the change out again.
   */
  let tail: State | undefined;
  function workAhead(request: Extract<Request, { kind: 'change' }>): void {
    // After an undo or redo still waiting, the state a change will meet is not known yet.
    if (queue.barrierAhead()) {
      tail = undefined;
      return;
    }
    const before = tail && queue.pending > 0 ? tail : saved();
    try {
      const { after, result } = compute(request, before);
      request.ahead = { before, after, result };
      tail = after;
    } catch {
      // Refused on this state; its batch says so, or finds it fine on the state it meets.
      tail = undefined;
    }
  }
  const refusal = (): BriefingError =>
    new BriefingError({
      code: 'read-only',
      reason: readOnly?.reason ?? 'The data folder cannot be written',
      message: `Nothing can be changed: ${readOnly?.reason ?? 'the data folder cannot be written'}. Your briefing is shown as it was last saved; make the folder writable and restart Summit Briefing to make changes.`,
    });
  let closed = false;
  function ask<Value>(request: Request, options: { barrier?: boolean; eager?: boolean } = {}): Promise<Value> {
    if (readOnly || !journal) return Promise.reject(refusal());
    if (closed) {
      return Promise.reject(
        new BriefingError({ code: 'internal', message: 'Summit Briefing is closing; the change was not made.' }),
      );
    }
    return queue.push<Value>(request, options);
  }
  const answerOf = async (request: Request) => (await ask<Committed<unknown>>(request, { barrier: true })).answer;

  // What the start leaves to do once the store runs: a backup of the file as it was opened, or a compaction and backup.
  let maintenance: Promise<void> = Promise.resolve();
  const { afterStart } = files;
  if (afterStart.kind === 'back-up') {
    maintenance = writeBackup(dataDirectory, afterStart.bytes, clock(), fileSystem).then(
      () => undefined,
      () => undefined,
    );
  } else if (afterStart.kind === 'compact-and-back-up' && compaction) {
    compaction.poke(true);
  }

  return {
    filePath: snapshotPath,
    library() {
      const { seedRevision, user, settings } = db.data;
      return {
        seedRevision,
        sources: seed.sources,
        facts: seed.facts,
        user,
        settings,
        history: history.state,
        revision,
        databaseFile: snapshotPath,
        ...(started.notice ? { notice: started.notice } : {}),
        ...(readOnly ? { readOnly } : {}),
      };
    },
    change<Result>(operation: Operation<Result>, coalesceKey?: string, options: ChangeOptions = {}) {
      const request: Request = {
        kind: 'change',
        operation,
        at: clock().getTime(),
        ...(coalesceKey ? { coalesceKey } : {}),
        ...(options.outsideHistory ? { outsideHistory: true } : {}),
      };
      if (!readOnly) workAhead(request);
      // Typing waits a moment to gather keystrokes into one write; any other change is written at once.
      return ask<Committed<Result>>(request, { eager: !coalesceKey });
    },
    check(operation) {
      const { user, result } = operation(db.data.user, contextFor(db.data.user));
      if (user !== db.data.user) check({ ...saved(), user });
      return result;
    },
    undo: () => answerOf({ kind: 'undo', at: clock().getTime() }),
    redo: () => answerOf({ kind: 'redo', at: clock().getTime() }),
    async updateSettings(patch) {
      return (await ask<Committed<Settings>>({ kind: 'settings', patch })).result;
    },
    saveState: () => ({
      status: retrying ? 'retrying' : queue.pending > 0 ? 'saving' : 'idle',
      pending: queue.pending,
      revision,
      ...(retrying ? { problem: retrying } : {}),
    }),
    flush: () => queue.flush(),
    async compact() {
      await queue.flush();
      await db.write();
    },
    async settled() {
      await queue.flush();
      await maintenance;
      await compaction?.settled();
    },
    async close() {
      await queue.flush();
      closed = true;
      await maintenance;
      await compaction?.settled();
      await workers.close();
    },
    writeCount: () => writes,
    compactionCount: () => compaction?.count ?? 0,
  };
}
