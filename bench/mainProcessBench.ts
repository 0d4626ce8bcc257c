import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdir, mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFileName, journalFileName, openFactStore } from '../src/main/domain/factStore';
import { updateNote } from '../src/main/domain/annotationOperations';
import { repoRoot } from '../e2e/targets/target';
import type { ChildFigures } from './mainProcessChild';
import type { Seed } from '../src/shared/schema/seed';
import { copyDataDir } from './storeBench';
import { summarise, timeAsync, type Summary } from './stats';

const run = promisify(execFile);

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
  /** Router undo of one note edit, round trip, and the size of its answer. */
  undo: Summary;
  undoAnswerBytes: number;
  /** structuredClone of the undo answer: what Electron's IPC would copy. */
  undoClone: Summary;
  undoLoopBlockMs: number;
  /** Resident set of a fresh main process right after the open, and at its end (after compaction and undos). */
  rssAfterOpenMb: number;
  rssMb: number;
}

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
async function journalledCopy(dataDir: string, seed: Seed, lines: number): Promise<{ dir: string; noteId: string }> {
  const dir = await copyDataDir(dataDir);
  const store = await openFactStore({
    dataDirectory: dir,
    seed,
    writeDelayMs: 0,
    compaction: {
      minBytes: Number.MAX_SAFE_INTEGER,
      fileRatio: Number.MAX_SAFE_INTEGER,
      maxLines: Number.MAX_SAFE_INTEGER,
    },
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
  return { dir, noteId: id };
}

/** The child script as run.mjs bundles it beside the benchmark. */
const childScript = join(repoRoot, 'out', 'bench', 'main-process-child.mjs');

async function startInChild(dir: string, noteId: string, undos: number): Promise<ChildFigures> {
  const { stdout } = await run(process.execPath, ['--expose-gc', childScript, dir, noteId, String(undos)], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ChildFigures;
}

export async function measureMainProcess(
  dataDir: string,
  seed: Seed,
  runs: number,
  journalLines: number,
): Promise<MainProcessFigures> {
  const { dir: master, noteId } = await journalledCopy(dataDir, seed, journalLines);
  const dir = await mkdtemp(join(tmpdir(), 'summit-bench-main-'));
  const journalBytes = (await stat(join(master, journalFileName))).size;
  try {
    const children: ChildFigures[] = [];
    const bareWrites: number[] = [];
    for (let index = 0; index < runs; index++) {
      // A fresh copy of the file and its journal each time: a start with journal lines compacts them away.
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await cp(join(master, databaseFileName), join(dir, databaseFileName));
      await cp(join(master, journalFileName), join(dir, journalFileName));
      const figures = await startInChild(dir, noteId, index === 0 ? Math.max(5, runs) : 1);
      if (figures.compactions !== 1) throw new Error('the start did not compact the journal it replayed');
      children.push(figures);
      const bytes = await readFile(join(dir, databaseFileName));
      bareWrites.push(await timeAsync(() => bareWriteSync(join(dir, 'bare-snapshot.json'), bytes)));
    }
    const snapshotBytes = (await stat(join(dir, databaseFileName))).size;
    const max = (pick: (figures: ChildFigures) => number) => Math.max(...children.map(pick));
    return {
      openWithReplay: summarise(children.map((figures) => figures.openMs)),
      bareParse: summarise(children.map((figures) => figures.bareParseMs)),
      openLoopBlockMs: max((figures) => figures.openBlockMs),
      journalLines,
      journalBytes,
      compaction: summarise(children.map((figures) => figures.compactionMs)),
      compactionLoopBlockMs: max((figures) => figures.compactionBlockMs),
      bareWriteSync: summarise(bareWrites),
      snapshotBytes,
      undo: summarise(children.flatMap((figures) => figures.undoMs)),
      undoLoopBlockMs: max((figures) => figures.undoBlockMs),
      undoAnswerBytes: max((figures) => figures.undoAnswerBytes),
      undoClone: summarise(children.flatMap((figures) => figures.undoCloneMs)),
      rssAfterOpenMb: max((figures) => figures.rssAfterOpenMb),
      rssMb: max((figures) => figures.rssMb),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(master, { recursive: true, force: true });
  }
}
