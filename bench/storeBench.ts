import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updateNote } from '../src/main/domain/annotationOperations';
import { readDatabaseAt, readSavedDatabase, serialiseDatabase } from '../src/main/domain/databaseFile';
import { encodeLine } from '../src/main/domain/journal/journalFormat';
import { databaseFileName, openFactStore } from '../src/main/domain/factStore';
import { migrateDatabase } from '../src/main/domain/migrations';
import { openBriefingRouter } from '../src/main/ipc/openBriefingRouter';
import { databaseSchema, type Database } from '../src/shared/schema/database';
import type { Seed } from '../src/shared/schema/seed';
import { paired, sleep, summarise, timeAsync, timeSync, type Summary } from './stats';

export interface OpenFigures {
  /** readDatabaseAt: stat, read, JSON.parse, migrate, zod validate. */
  open: Summary;
  /** readFile + JSON.parse of the same file. */
  bareParse: Summary;
  /** Where the time goes, medians: read, JSON.parse, migrate + validate. */
  steps: { read: number; jsonParse: number; validate: number };
  /** openFactStore as the app calls it at start (includes the start-of-session backup). */
  openStore: Summary;
  /** The router's getLibrary as the window's first call: the response is validated before it is sent. */
  getLibrary: Summary;
  fileBytes: number;
}

/** A fresh folder holding a copy of the database, so a run never sees another run's backups. */
export async function copyDataDir(sourceDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'summit-bench-run-'));
  await cp(join(sourceDir, databaseFileName), join(dir, databaseFileName));
  return dir;
}

export async function measureOpen(dataDir: string, seed: Seed, seedRaw: unknown, runs: number): Promise<OpenFigures> {
  const path = join(dataDir, databaseFileName);
  const fileBytes = (await readFile(path)).length;
  const timed = await paired(
    runs,
    () => timeAsync(() => readDatabaseAt(path)),
    () => timeAsync(async () => JSON.parse(await readFile(path, 'utf8'))),
  );

  const read: number[] = [];
  const jsonParse: number[] = [];
  const validate: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run++) {
    let text = '';
    read.push(await timeAsync(async () => (text = await readFile(path, 'utf8'))));
    let raw: unknown;
    jsonParse.push(timeSync(() => (raw = JSON.parse(text))));
    validate.push(timeSync(() => databaseSchema.parse(migrateDatabase(raw, path))));
  }

  const openStore: number[] = [];
  const getLibrary: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run++) {
    const dir = await copyDataDir(dataDir);
    try {
      openStore.push(await timeAsync(() => openFactStore({ dataDirectory: dir, seed })));
      const router = await openBriefingRouter({ dataDirectory: dir, seed: seedRaw });
      getLibrary.push(
        await timeAsync(async () => {
          const answer = await router.handle('getLibrary', {});
          if (!answer.ok) throw new Error(`getLibrary failed: ${answer.error.message}`);
        }),
      );
      await router.flush();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return {
    open: summarise(timed.measured),
    bareParse: summarise(timed.baseline),
    steps: {
      read: summarise(read).median,
      jsonParse: summarise(jsonParse).median,
      validate: summarise(validate).median,
    },
    openStore: summarise(openStore),
    getLibrary: summarise(getLibrary),
    fileBytes,
  };
}

export interface SaveFigures {
  /** store.change(updateNote) with no coalescing delay: check, one journal line appended and fsynced. */
  save: Summary;
  /** fs.writeFile of the journal line's bytes. */
  bareWrite: Summary;
  /** fs.writeFile + fsync of the journal line's bytes: what durability alone costs. */
  bareWriteSync: Summary;
  /** JSON.stringify of the whole database: what a compaction costs, in the worker. */
  serialise: Summary;
  /** The longest the event loop was blocked during one save (what an IPC call waits at worst). */
  eventLoopBlockMs: number;
  bytes: number;
  /** The size of one save's journal line. */
  lineBytes: number;
}

function firstNoteId(database: Database): string {
  const note = database.user.notes[0];
  if (!note) throw new Error('the database has no note to edit');
  return note.id;
}

async function bareWrite(path: string, text: string, sync: boolean): Promise<void> {
  if (!sync) return writeFile(path, text, 'utf8');
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function measureSave(dataDir: string, seed: Seed, runs: number): Promise<SaveFigures> {
  const dir = await copyDataDir(dataDir);
  try {
    const store = await openFactStore({ dataDirectory: dir, seed, writeDelayMs: 0 });
    const library = store.library();
    const database = (await readDatabaseAt(store.filePath))?.database;
    if (!database) throw new Error('no database');
    const noteId = database.user.notes.length > 0 ? firstNoteId(database) : undefined;
    // With no notes (the seed), the first save creates one; every later run edits it.
    let editId = noteId;
    if (!editId) {
      const factId = library.facts[0]?.id ?? '';
      const { result } = await store.change((user, context) => {
        const at = context.now();
        const note = { id: 'note-bench-save', factId, markdown: 'x', createdAt: at, updatedAt: at };
        return { user: { ...user, notes: [...user.notes, note] }, result: note };
      });
      editId = result.id;
    }
    const barePath = join(dir, 'bare-write.jsonl');
    let counter = 0;
    const save = () =>
      timeAsync(() =>
        store.change(
          (user, context) => updateNote(user, context, editId, `Edited note ${counter++} — saved by the benchmark.`),
          `note:${editId}`,
        ),
      );
    const text = () => serialiseDatabase({ ...database, user: store.library().user });
    // The bytes a save writes: one journal line holding the edited note.
    const journalLine = () => {
      const note = store.library().user.notes.find((candidate) => candidate.id === editId);
      const change = { user: { notes: { upserted: note ? [note] : [], removed: [] } } };
      return `${encodeLine(counter + 1, change)}\n`;
    };

    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const saves: number[] = [];
    const bare: number[] = [];
    const bareSync: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Ordering alternates so page-cache and clock drift hit all three alike.
      const current = journalLine();
      if (run % 2 === 0) {
        saves.push(await save());
        bare.push(await timeAsync(() => bareWrite(barePath, current, false)));
        bareSync.push(await timeAsync(() => bareWrite(barePath, current, true)));
      } else {
        bareSync.push(await timeAsync(() => bareWrite(barePath, current, true)));
        bare.push(await timeAsync(() => bareWrite(barePath, current, false)));
        saves.push(await save());
      }
    }
    loop.disable();
    const serialise: number[] = [];
    const current = store.library();
    for (let run = 0; run < Math.min(runs, 5); run++) {
      serialise.push(timeSync(() => serialiseDatabase({ ...database, user: current.user })));
    }
    await store.flush();
    return {
      save: summarise(saves),
      bareWrite: summarise(bare),
      bareWriteSync: summarise(bareSync),
      serialise: summarise(serialise),
      eventLoopBlockMs: loop.max / 1e6,
      bytes: Buffer.byteLength(text()),
      lineBytes: Buffer.byteLength(journalLine()),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface BurstFigures {
  edits: number;
  /** How long the 100 edits actually took to issue (a blocked event loop stretches the second). */
  burstMs: Summary;
  writes: Summary;
  /** From the last edit to its promise resolving: the last state is then on disk (fsynced). */
  lastOnDiskMs: Summary;
  /** The file read back after the burst held the last edit, every run. */
  lastStateVerified: boolean;
}

/** 100 edits of one note, one every 10 ms, with the app's own coalescing delay. */
export async function measureBurst(dataDir: string, seed: Seed, runs: number, edits = 100): Promise<BurstFigures> {
  const burstMs: number[] = [];
  const writes: number[] = [];
  const lastOnDisk: number[] = [];
  let verified = true;
  for (let run = 0; run < runs; run++) {
    const dir = await copyDataDir(dataDir);
    try {
      const store = await openFactStore({ dataDirectory: dir, seed });
      const factId = store.library().facts[0]?.id ?? '';
      const { result: note } = await store.change((user, context) => {
        const at = context.now();
        const created = { id: 'note-bench-burst', factId, markdown: 'Burst', createdAt: at, updatedAt: at };
        return { user: { ...user, notes: [...user.notes, created] }, result: created };
      });
      await store.flush();
      const writesBefore = store.writeCount();
      const start = performance.now();
      let text = 'Burst';
      const pending: Promise<unknown>[] = [];
      let lastStarted = 0;
      let lastDone = 0;
      for (let index = 0; index < edits; index++) {
        // Keystrokes arrive on a 10 ms clock; a blocked loop makes them late, as in the app.
        const due = start + index * (1000 / edits);
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        text += String.fromCharCode(97 + (index % 26));
        const markdown = text;
        const isLast = index === edits - 1;
        if (isLast) lastStarted = performance.now();
        pending.push(
          store
            .change((user, context) => updateNote(user, context, note.id, markdown), `note:${note.id}`)
            .then(() => {
              if (isLast) lastDone = performance.now();
            }),
        );
      }
      burstMs.push(performance.now() - start);
      await Promise.all(pending);
      lastOnDisk.push(lastDone - lastStarted);
      await store.flush();
      writes.push(store.writeCount() - writesBefore);
      const onDisk = (await readSavedDatabase(dir))?.database;
      verified &&= onDisk?.user.notes.find((candidate) => candidate.id === note.id)?.markdown === text;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return {
    edits,
    burstMs: summarise(burstMs),
    writes: summarise(writes),
    lastOnDiskMs: summarise(lastOnDisk),
    lastStateVerified: verified,
  };
}
