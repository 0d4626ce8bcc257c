/**
 * The child process of the crash test, bundled by `runCrashTest` and run as plain Node:
 *
 *   SUMMIT_BRIEFING_CRASH_CHILD=1 node crashWriter.mjs <dataDirectory> <ackFile>
 *
 * and starts when a line arrives on stdin (so the parent can start it ahead, while another runs).
 * It opens the store and edits without pause: one "counter" note updated with an ever larger
 * number, and every tenth number a new note of its own. Edits go out in small bursts fired
 * without awaiting, so the coalescing writer batches them. Once a burst's changes resolve (the
 * store's promise that they are on disk) the numbers are appended to the ack file and fsynced.
 * The parent SIGKILLs this process at a random moment and checks that every acknowledged number
 * is in the database and the file is whole. Each run continues from the numbers already in the file.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import * as annotations from '../../domain/annotationOperations';
import { openFactStore } from '../../domain/factStore';
import { sampleSeed } from '../sampleSeed';
import { childVariable, counterPrefix, crashFactId, createdPrefix, numberIn } from './crashProtocol';

/** A child the parent forgot (or lost) stops by itself. */
const lifetimeMs = 30_000;

function acknowledge(ackFile: string, lines: string[]): void {
  const handle = openSync(ackFile, 'a');
  try {
    writeSync(handle, lines.map((line) => `${line}\n`).join(''));
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

async function main(dataDirectory: string, ackFile: string): Promise<void> {
  setTimeout(() => process.exit(3), lifetimeMs).unref();
  const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 5 });
  const notice = store.library().notice;
  // The parent reads this: a recovery at start means an earlier run left a torn file behind.
  if (notice) process.stderr.write(`recovered: ${notice.kind}\n`);

  const notes = store.library().user.notes;
  let counterNote = notes.find((note) => note.markdown.startsWith(counterPrefix));
  if (!counterNote) {
    counterNote = (
      await store.change((user, context) => annotations.createNote(user, context, crashFactId, `${counterPrefix}0`))
    ).result;
  }
  const counterNoteId = counterNote.id;
  let next =
    1 +
    Math.max(
      0,
      ...notes.map((note) => Math.max(numberIn(note.markdown, counterPrefix), numberIn(note.markdown, createdPrefix))),
    );

  let announced = false;
  for (;;) {
    const burst = 1 + (next % 3);
    const pending: Array<Promise<string>> = [];
    for (let index = 0; index < burst; index++) {
      const value = next++;
      if (value % 10 === 0) {
        pending.push(
          store
            .change((user, context) => annotations.createNote(user, context, crashFactId, `${createdPrefix}${value}`))
            .then(() => `c ${value}`),
        );
      } else {
        pending.push(
          store
            .change(
              (user, context) => annotations.updateNote(user, context, counterNoteId, `${counterPrefix}${value}`),
              `note:${counterNoteId}`,
            )
            .then(() => `u ${value}`),
        );
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
  process.stdin.once('data', () => {
    main(dataDirectory, ackFile).catch((error: unknown) => {
      process.stderr.write(
        `crashWriter failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(2);
    });
  });
  process.stdin.once('end', () => process.exit(0));
}
