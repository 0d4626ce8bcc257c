/**
 * The child process of the crash test, bundled by `runCrashTest` and run as plain Node:
 *
 *   SUMMIT_BRIEFING_CRASH_CHILD=1 node crashWriter.mjs <dataDirectory> <ackFile>
 *
 * and starts when a line `go <mode>` arrives on stdin (so the parent can start it ahead, while
 * another runs). It opens the real router and store and edits without pause: one "counter" note
 * updated with an ever larger number, and every tenth number a new note of its own; in `import`
 * mode every fifth number arrives as a note in a backup file it writes and imports; in `backups`
 * mode every write also keeps (and rotates) a backup; in `compaction` mode the journal is folded
 * into a new database file every few lines. Edits go out in small bursts fired without
 * awaiting, so the store batches them. Once a change is answered (on disk, by the store's
 * promise) its number is appended to the ack file and fsynced. The parent SIGKILLs this process
 * at a random moment and checks that every acknowledged number is in the database and the file
 * is whole. Each run continues from the numbers already in the file.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChannelName } from '../../../shared/channels';
import type { Library } from '../../../shared/contract';
import { emptyUserData } from '../../../shared/schema/database';
import { databaseOfLibrary, writeBackupFile } from '../../domain/backupFile';
import { openBriefingRouter } from '../../ipc/openBriefingRouter';
import { sampleSeed } from '../../../shared/testing/sampleSeed';
import {
  childVariable,
  counterPrefix,
  crashFactId,
  crashModes,
  createdPrefix,
  importedPrefix,
  numberIn,
  type CrashMode,
} from './crashProtocol';

/** A child the parent forgot (or lost) stops by itself. */
const lifetimeMs = 30_000;
const counterNoteId = 'note-counter';

function acknowledge(ackFile: string, lines: string[]): void {
  const handle = openSync(ackFile, 'a');
  try {
    writeSync(handle, lines.map((line) => `${line}\n`).join(''));
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

async function main(dataDirectory: string, ackFile: string, mode: CrashMode): Promise<void> {
  setTimeout(() => process.exit(3), lifetimeMs).unref();
  let importFile = '';
  const router = await openBriefingRouter({
    dataDirectory,
    seed: sampleSeed(),
    store: {
      writeDelayMs: 5,
      ...(mode === 'backups' ? { backupIntervalMs: 0 } : {}),
      // Every few lines the journal is folded into a new database file, so kills land during compactions.
      ...(mode === 'compaction' ? { compaction: { maxLines: 3, minBytes: 512, fileRatio: 0.01 } } : {}),
    },
    dialogs: { chooseOpenPath: async () => importFile, chooseSavePath: async () => undefined },
  });
  async function call<Value>(name: ChannelName, request: unknown): Promise<Value> {
    const envelope = await router.handle(name, request);
    if (!envelope.ok) throw new Error(`${name} answered ${JSON.stringify(envelope.error)}`);
    return envelope.value as Value;
  }

  const library = await call<Library>('getLibrary', {});
  // The parent reads this: a recovery at a start it did not damage means an earlier run left a torn file.
  if (library.notice) process.stderr.write(`recovered: ${library.notice.kind}\n`);
  const notes = library.user.notes;
  if (!notes.some((note) => note.id === counterNoteId)) {
    await call('createNote', { id: counterNoteId, factId: crashFactId, markdown: `${counterPrefix}0` });
  }
  const prefixes = [counterPrefix, createdPrefix, importedPrefix];
  let next = 1 + Math.max(0, ...notes.flatMap((note) => prefixes.map((prefix) => numberIn(note.markdown, prefix))));

  async function importNote(value: number): Promise<string> {
    const at = new Date().toISOString();
    const note = {
      id: `note-imported-${value}`,
      factId: crashFactId,
      markdown: `${importedPrefix}${value}`,
      createdAt: at,
      updatedAt: at,
    };
    importFile = join(dirname(ackFile), `import-${value}.json`);
    await writeBackupFile(importFile, databaseOfLibrary({ ...library, user: { ...emptyUserData, notes: [note] } }), at);
    const preview = await call<{ status: string; token?: string }>('previewImport', {});
    await call('applyImport', { token: preview.token });
    return `i ${value}`;
  }

  let announced = false;
  for (;;) {
    const burst = 1 + (next % 3);
    const pending: Array<Promise<string>> = [];
    for (let index = 0; index < burst; index++) {
      const value = next++;
      if (mode === 'import' && value % 5 === 0) {
        pending.push(importNote(value));
      } else if (value % 10 === 0) {
        const request = { id: `note-created-${value}`, factId: crashFactId, markdown: `${createdPrefix}${value}` };
        pending.push(call('createNote', request).then(() => `c ${value}`));
      } else {
        const request = { noteId: counterNoteId, markdown: `${counterPrefix}${value}` };
        pending.push(call('updateNote', request).then(() => `u ${value}`));
      }
    }
    acknowledge(ackFile, await Promise.all(pending));
    // Tells the parent, without it polling the ack file, that the kill may now come at any moment.
    if (!announced) announced = process.stdout.write('acknowledged\n');
  }
}

const [dataDirectory, ackFile] = process.argv.slice(2);
if (process.env[childVariable] === '1' && dataDirectory && ackFile) {
  // Started ahead of its turn with its modules loaded, it touches nothing until the parent says "go".
  process.stdin.setEncoding('utf8').once('data', (line: string) => {
    const asked = line.trim().split(' ')[1];
    const mode = (crashModes as readonly string[]).includes(asked ?? '') ? (asked as CrashMode) : 'edits';
    main(dataDirectory, ackFile, mode).catch((error: unknown) => {
      process.stderr.write(
        `crashWriter failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(2);
    });
  });
  process.stdin.once('end', () => process.exit(0));
}
