// One start of the main process, alone in a fresh Node process so its event-loop blocks and RSS
// are the app's and not the benchmark's (which holds the synthetic database it built, and whose
// garbage collector would otherwise pause inside the open). Prints one JSON line of figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseFileName, journalFileName, openFactStore } from '../src/main/domain/factStore';
import { openBriefingRouter } from '../src/main/ipc/openBriefingRouter';
import { parseSeed } from '../src/main/domain/seed';
import { seedFilePath } from '../e2e/support/dataFiles';
import { loopBlockDuring } from './loopBlock';

export interface ChildFigures {
  bareParseMs: number;
  openMs: number;
  openBlockMs: number;
  rssAfterOpenMb: number;
  compactionMs: number;
  compactionBlockMs: number;
  compactions: number;
  rssMb: number;
  undoMs: number[];
  undoBlockMs: number;
  undoAnswerBytes: number;
  undoCloneMs: number[];
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function run(dir: string, noteId: string, undos: number): Promise<ChildFigures> {
  const seedRaw: unknown = JSON.parse(await readFile(seedFilePath, 'utf8'));
  const seed = parseSeed(seedRaw);
  const snapshotPath = join(dir, databaseFileName);
  const journalPath = join(dir, journalFileName);
  let started = performance.now();
  JSON.parse(await readFile(snapshotPath, 'utf8'));
  const journal = await readFile(journalPath, 'utf8').catch(() => '');
  for (const line of journal.split('\n')) if (line) JSON.parse(line);
  const bareParseMs = performance.now() - started;
  // Let the bare parse's garbage go before the open is timed.
  (globalThis as { gc?: () => void }).gc?.();

  started = performance.now();
  const opened = await loopBlockDuring(() => openFactStore({ dataDirectory: dir, seed }));
  const openMs = performance.now() - started;
  const rssAfterOpenMb = mb(process.memoryUsage().rss);
  // A start that replayed lines folds them into a new file (and keeps a backup of it) at once.
  started = performance.now();
  const settled = await loopBlockDuring(() => opened.value.settled());
  const compactionMs = performance.now() - started;
  const compactions = opened.value.compactionCount();
  await opened.value.close();

  const router = await openBriefingRouter({ dataDirectory: dir, seed: seedRaw, store: { writeDelayMs: 0 } });
  const undoMs: number[] = [];
  const undoCloneMs: number[] = [];
  let undoAnswerBytes = 0;
  let undoBlockMs = 0;
  try {
    for (let index = 0; index < undos; index++) {
      const edit = await router.handle('updateNote', { noteId, markdown: `Undo bench ${index}` });
      if (!edit.ok) throw new Error(edit.error.message);
      started = performance.now();
      const undone = await loopBlockDuring(() => router.handle('undo', {}));
      undoMs.push(performance.now() - started);
      undoBlockMs = Math.max(undoBlockMs, undone.blockMs);
      if (!undone.value.ok) throw new Error(undone.value.error.message);
      undoAnswerBytes = Buffer.byteLength(JSON.stringify(undone.value.value));
      started = performance.now();
      structuredClone(undone.value.value);
      undoCloneMs.push(performance.now() - started);
    }
  } finally {
    await router.close();
  }
  return {
    bareParseMs,
    openMs,
    openBlockMs: opened.blockMs,
    rssAfterOpenMb,
    compactionMs,
    compactionBlockMs: settled.blockMs,
    compactions,
    rssMb: mb(process.memoryUsage().rss),
    undoMs,
    undoBlockMs,
    undoAnswerBytes,
    undoCloneMs,
  };
}

const [dir, noteId, undos] = process.argv.slice(2);
if (!dir || !noteId) throw new Error('usage: main-process-child <data folder> <note id> [undos]');
process.stdout.write(`${JSON.stringify(await run(dir, noteId, Number(undos ?? 5)))}\n`);
