import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Library, SaveState } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import { settingsSchema, type Database, type Settings, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import type { Seed } from '../../shared/schema/seed';
import { diffUserData, type ChangeAnswer } from '../../shared/schema/userDataPatch';
import type { OperationContext, Outcome } from './annotationOperations';
import { writeBackup } from './backups';
import { ChangeQueue, type Queued } from './changeQueue';
import { DatabaseFile, databaseMaxBytes } from './databaseFile';
import { defaultRetryDelaysMs, diskReason, withRetries, writeFailed } from './diskErrors';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';
import { startDatabase } from './storeStartup';
import { UserHistory } from './userHistory';

export const databaseFileName = 'summit-briefing.json';

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
   * Asks for one change to the user's data; resolves once it is on disk, and only then is it in
   * memory and in the undo history. If the write fails for good it rejects, and memory, history
   * and file are as they were. Changes with the same coalesce key in quick succession (typing in
   * one note) are one undo step.
   */
  change<Result>(operation: Operation<Result>, coalesceKey?: string): Promise<Committed<Result>>;
  /** Runs `operation` on the saved state and checks the outcome as a write would, writing nothing. */
  check<Result>(operation: Operation<Result>): Result;
  undo(): Promise<ChangeAnswer>;
  redo(): Promise<ChangeAnswer>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  saveState(): SaveState;
  /** Resolves once every change asked for before it, and any that arrived while it waited, is on disk. */
  flush(): Promise<void>;
  /** How many times the database file has been written since opening: for tests and benchmarks. */
  writeCount(): number;
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
}

type Request =
  | {
      kind: 'change';
      operation: Operation<unknown>;
      coalesceKey?: string;
      at: number;
      /** Worked out when asked for, on the state expected by then; used if that is the state its batch finds. */
      ahead?: { before: State; after: State; result: unknown };
    }
  | { kind: 'settings'; patch: Partial<Settings> }
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

/**
 * Opens the user's database (created from the seed, recovered from a backup if damaged, merged
 * with a newer seed) and serves changes as transactions: each is computed on the saved state,
 * checked with the load's schema and invariants, written atomically in a coalesced batch — with
 * retries for a transient failure — and only then applied to memory and history.
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
}: OpenFactStoreOptions): Promise<FactStore> {
  const file = new DatabaseFile(join(dataDirectory, databaseFileName), fileSystem, maxDatabaseBytes);
  const started = await startDatabase(file, { dataDirectory, seed, now: clock(), retryDelaysMs });
  const db = new Low<Database>(file, started.database);
  const readOnly = started.readOnly;
  const history = new UserHistory();
  let revision = 0;
  let writes = 0;
  let retrying: string | undefined;
  let lastBackupAt = clock().getTime();

  let factIndex = new Map<string, Fact>();
  let indexedFor: readonly Fact[] | undefined;
  const contextFor = (user: UserData): OperationContext => ({
    now: () => clock().toISOString(),
    fact(id) {
      if (indexedFor !== user.ownFacts) {
        factIndex = new Map([...db.data.facts, ...user.ownFacts].map((fact) => [fact.id, fact]));
        indexedFor = user.ownFacts;
      }
      return factIndex.get(id);
    },
  });

  // One object per saved state: work done ahead is matched to the state its batch finds by reference.
  let savedState: State = { user: db.data.user, settings: db.data.settings };
  const saved = (): State => savedState;
  const asDatabase = (state: State): Database => ({ ...db.data, user: state.user, settings: state.settings });

  function compute(request: Request, state: State): { after: State; result: unknown } {
    switch (request.kind) {
      case 'change': {
        const { user, result } = request.operation(state.user, contextFor(state.user));
        return { after: user === state.user ? state : { ...state, user }, result };
      }
      case 'settings': {
        // A key sent as `undefined` means "no change", not "erase the setting".
        const defined = Object.fromEntries(Object.entries(request.patch).filter(([, value]) => value !== undefined));
        const settings = settingsSchema.parse({ ...state.settings, ...defined });
        const same = settings.lastTopic === state.settings.lastTopic && settings.theme === state.settings.theme;
        return { after: same ? state : { ...state, settings }, result: settings };
      }
      case 'undo':
      case 'redo': {
        const target = request.kind === 'undo' ? history.undoTarget() : history.redoTarget();
        return { after: target ? { ...state, user: target } : state, result: undefined };
      }
    }
  }

  /** Computes the batch in order; a request that throws is refused alone. */
  function computeAll(
    batch: Array<Queued<Request>>,
    from: State,
    validateEach: boolean,
  ): { computed: Computed[]; text?: string } {
    const computed: Computed[] = [];
    let state = from;
    let text: string | undefined;
    for (const item of batch) {
      try {
        const { ahead } = item.request as { ahead?: { before: State; after: State; result: unknown } };
        const { after, result } = ahead && ahead.before === state ? ahead : compute(item.request, state);
        if (validateEach && after !== state) text = file.prepare(asDatabase(after));
        computed.push({ item, before: state, after, result });
        state = after;
      } catch (error) {
        item.reject(error);
      }
    }
    return { computed, ...(text !== undefined ? { text } : {}) };
  }

  function commit(computed: readonly Computed[], next: State): void {
    for (const { item, before, after } of computed) {
      const request = item.request;
      if (request.kind === 'undo' && after !== before) history.undo(before.user);
      else if (request.kind === 'redo' && after !== before) history.redo(before.user, request.at);
      else if (request.kind === 'change' && after.user !== before.user) {
        history.record(before.user, request.at, request.coalesceKey);
      }
    }
    db.data = asDatabase(next);
    savedState = next;
    revision += 1;
  }

  async function processBatch(batch: Array<Queued<Request>>): Promise<void> {
    const before = saved();
    let { computed } = computeAll(batch, before, false);
    let next = computed.at(-1)?.after ?? before;
    let text: string | undefined;
    // What changed, computed once: it names the records to check, and it is the answer.
    let changed = next === before ? {} : diffUserData(before.user, next.user);
    if (next !== before) {
      try {
        text = file.prepare(asDatabase(next), changed);
      } catch {
        // One change of the batch would break the database: find which, refuse it alone, keep the others.
        ({ computed, text } = computeAll(
          computed.map(({ item }) => item),
          before,
          true,
        ));
        next = computed.at(-1)?.after ?? before;
        changed = diffUserData(before.user, next.user);
      }
    }
    if (next !== before && text !== undefined) {
      const database = asDatabase(next);
      const body = text;
      try {
        await withRetries(
          () => file.writeText(body, database),
          retryDelaysMs,
          (error) => (retrying = diskReason(error)),
        );
        writes += 1;
      } catch (error) {
        const failure = writeFailed(error, file.path);
        for (const { item } of computed) item.reject(failure);
        // Changes worked out on top of this batch are worked out again, on the saved state, when their turn comes.
        tail = undefined;
        return;
      } finally {
        retrying = undefined;
      }
      commit(computed, next);
    }
    const answer: ChangeAnswer = { changed, history: history.state, revision };
    for (const { item, result } of computed) item.resolve({ result, answer });
    if (next !== before) await backupIfDue();
  }

  async function backupIfDue(): Promise<void> {
    const now = clock().getTime();
    const elapsed = now - lastBackupAt;
    // A clock set back makes `elapsed` negative: that is a reason to keep a copy, not to wait.
    if (!file.lastText || (elapsed >= 0 && elapsed < backupIntervalMs)) return;
    lastBackupAt = now;
    await writeBackup(dataDirectory, file.lastText, clock(), fileSystem).catch(() => undefined);
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
  function ask<Value>(request: Request, options: { barrier?: boolean; eager?: boolean } = {}): Promise<Value> {
    if (readOnly) return Promise.reject(refusal());
    return queue.push<Value>(request, options);
  }
  const answerOf = async (request: Request) => (await ask<Committed<unknown>>(request, { barrier: true })).answer;

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
        revision,
        databaseFile: file.path,
        ...(started.notice ? { notice: started.notice } : {}),
        ...(readOnly ? { readOnly } : {}),
      };
    },
    change<Result>(operation: Operation<Result>, coalesceKey?: string) {
      const request: Request = {
        kind: 'change',
        operation,
        at: clock().getTime(),
        ...(coalesceKey ? { coalesceKey } : {}),
      };
      if (!readOnly) workAhead(request);
      // Typing waits a moment to gather keystrokes into one write; any other change is written at once.
      return ask<Committed<Result>>(request, { eager: !coalesceKey });
    },
    check(operation) {
      const { user, result } = operation(db.data.user, contextFor(db.data.user));
      if (user !== db.data.user) file.prepare(asDatabase({ ...saved(), user }));
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
    writeCount: () => writes,
  };
}
