import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cp, mkdir, mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFileName, journalFileName, openFactStore } from '../src/main/domain/factStore';
import { updateNote } from '../src/main/domain/annotationOperations';
import { openBriefingRouter } from '../src/main/ipc/openBriefingRouter';
import type { FirstScreen } from '../src/shared/firstScreen';
import type { Seed } from '../src/shared/schema/seed';
import { copyDataDir } from './storeBench';
import { summarise, timeAsync, timeSync, type Summary } from './stats';

/**
 * The longest the main loop went without running a 1 ms timer while `work` ran: both Node's
 * histogram (monitorEventLoopDelay) and a timer-drift probe, since the histogram's resolution
 * hides nothing above it but says nothing about where the block came from.
 */
export async function loopBlockDuring<Value>(work: () => Promise<Value>): Promise<{ value: Value; blockMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  try {
    const value = await work();
    return { value, blockMs: Math.max(longest, histogram.max / 1e6) };
  } finally {
    clearInterval(probe);
    histogram.disable();
  }
}

export interface MainProcessFigures {
  /** openFactStore on the file plus a journal of `journalLines` unfolded changes. */
  openWithReplay: Summary;
  /** readFile + JSON.parse of the same bytes (the file and the journal). */
  bareParse: Summary;
  openLoopBlockMs: number;
  journalLines: number;
  journalBytes: number;
  /** The compaction (and backup) that start leaves to the worker; the longest main-loop block during it. */
  compaction: Summary;
  compactionLoopBlockMs: number;
  /** A bare writeFile + fsync of the compacted file's bytes. */
  bareWriteSync: Summary;
  snapshotBytes: number;
  /** Router undo (and redo) of one note edit, round trip, and the size of its answer. */
  undo: Summary;
  undoAnswerBytes: number;
  /** structuredClone of the undo answer: what Electron's IPC would copy. */
  undoClone: Summary;
  /** Resident set of this process with the store open, and before anything was opened. */
  rssMb: number;
  rssBeforeMb: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function bareWriteSync(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Appends `lines` note edits to the journal of a copy of the database, none folded in. */
async function journalledCopy(dataDir: string, seed: Seed, lines: number): Promise<string> {
  const dir = await copyDataDir(dataDir);
  const store = await openFactStore({
    dataDirectory: dir,
    seed,
    writeDelayMs: 0,
    compaction: { minBytes: Number.MAX_SAFE_INTEGER, fileRatio: Number.MAX_SAFE_INTEGER, maxLines: Number.MAX_SAFE_INTEGER },
  });
  let noteId = store.library().user.notes[0]?.id;
  if (!noteId) {
    const factId = store.library().facts[0]?.id ?? '';
    const { result } = await store.change((user, context) => {
      const at = context.now();
      const note = { id: 'note-bench-journal', factId, markdown: 'x', createdAt: at, updatedAt: at };
      return { user: { ...user, notes: [...user.notes, note] }, result: note };
    });
    noteId = result.id;
  }
  const id = noteId;
  // Each edit a separate change (no coalesce key), so each is its own journal line.
  for (let line = 0; line < lines; line++) {
    await store.change((user, context) => updateNote(user, context, id, `Journalled edit ${line}.`));
  }
  await store.close();
  return dir;
}

export async function measureMainProcess(
  dataDir: string,
  seed: Seed,
  seedRaw: unknown,
  runs: number,
  journalLines: number,
): Promise<MainProcessFigures> {
  const rssBefore = process.memoryUsage().rss;
  const master = await journalledCopy(dataDir, seed, journalLines);
  const dir = await mkdtemp(join(tmpdir(), 'summit-bench-main-'));
  const journalBytes = (await stat(join(master, journalFileName))).size;
  /** A fresh copy of the file and its journal: a start with journal lines compacts them away. */
  const fresh = async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(join(master, databaseFileName), join(dir, databaseFileName));
    await cp(join(master, journalFileName), join(dir, journalFileName));
  };
  const snapshotPath = join(dir, databaseFileName);
  const journalPath = join(dir, journalFileName);
  try {
    const opens: number[] = [];
    const bare: number[] = [];
    const compactions: number[] = [];
    const bareWrites: number[] = [];
    let openLoopBlockMs = 0;
    let compactionLoopBlockMs = 0;
    let rss = 0;
    for (let run = 0; run < runs; run++) {
      await fresh();
      bare.push(
        await timeAsync(async () => {
          JSON.parse(await readFile(snapshotPath, 'utf8'));
          for (const line of (await readFile(journalPath, 'utf8')).split('\n')) if (line) JSON.parse(line);
        }),
      );
      const start = performance.now();
      const { value: store, blockMs } = await loopBlockDuring(() => openFactStore({ dataDirectory: dir, seed }));
      opens.push(performance.now() - start);
      openLoopBlockMs = Math.max(openLoopBlockMs, blockMs);
      rss = Math.max(rss, process.memoryUsage().rss);
      // A start that replayed lines folds them into a new file (and keeps a backup of it) at once.
      const compacted = performance.now();
      const settled = await loopBlockDuring(() => store.settled());
      compactions.push(performance.now() - compacted);
      compactionLoopBlockMs = Math.max(compactionLoopBlockMs, settled.blockMs);
      if (store.compactionCount() !== 1) throw new Error('the start did not compact the journal');
      await store.close();
      const bytes = await readFile(snapshotPath);
      bareWrites.push(await timeAsync(() => bareWriteSync(join(dir, 'bare-snapshot.json'), bytes)));
    }
    const snapshotBytes = (await stat(snapshotPath)).size;

    const router = await openBriefingRouter({ dataDirectory: dir, seed: seedRaw, store: { writeDelayMs: 0 } });
    const undos: number[] = [];
    const clones: number[] = [];
    let undoAnswerBytes = 0;
    try {
      const library = await router.handle('getFirstScreen', { limit: 1 });
      if (!library.ok) throw new Error(library.error.message);
      const noteId = (library.value as FirstScreen).library.user.notes[0]?.id;
      if (!noteId) throw new Error('no note to undo');
      for (let run = 0; run < Math.max(runs, 5); run++) {
        const edit = await router.handle('updateNote', { noteId, markdown: `Undo bench ${run}` });
        if (!edit.ok) throw new Error(edit.error.message);
        let answer: unknown;
        undos.push(
          await timeAsync(async () => {
            const undone = await router.handle('undo', {});
            if (!undone.ok) throw new Error(undone.error.message);
            answer = undone.value;
          }),
        );
        undoAnswerBytes = Buffer.byteLength(JSON.stringify(answer));
        clones.push(timeSync(() => structuredClone(answer)));
      }
    } finally {
      await router.close();
    }
    return {
      openWithReplay: summarise(opens),
      bareParse: summarise(bare),
      openLoopBlockMs,
      journalLines,
      journalBytes,
      compaction: summarise(compactions),
      compactionLoopBlockMs,
      bareWriteSync: summarise(bareWrites),
      snapshotBytes,
      undo: summarise(undos),
      undoAnswerBytes,
      undoClone: summarise(clones),
      rssMb: mb(rss),
      rssBeforeMb: mb(rssBefore),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(master, { recursive: true, force: true });
  }
}
