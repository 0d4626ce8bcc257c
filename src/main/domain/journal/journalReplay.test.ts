import { mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSeed } from '../../../shared/testing/sampleSeed';
import * as annotations from '../annotationOperations';
import { journalFileName } from './journalFile';
import { closeOpenedStores, openFactStore } from '../../testing/openedStores';

let dataDirectory: string;
const journalPath = () => join(dataDirectory, journalFileName);

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-journal-'));
});

afterEach(async () => {
  await closeOpenedStores();
  await rm(dataDirectory, { recursive: true, force: true });
});

/** A session that stars two cards and writes a note: three journal lines after the header. */
async function threeChanges(): Promise<void> {
  const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 0 });
  await store.change((user, context) => annotations.setStarred(user, context, 'trade-volume', true));
  await store.change((user, context) => annotations.setStarred(user, context, 'enterprises', true));
  await store.change((user, context) =>
    annotations.createNote(user, context, { id: 'note-1', factId: 'enterprises', markdown: 'Ask about it' }),
  );
  await store.close();
}

const reopen = () => openFactStore({ dataDirectory, seed: sampleSeed() });

describe('replaying the journal at start', () => {
  it('drops a last line cut short by a crash, quietly: that change was never acknowledged', async () => {
    await threeChanges();
    await appendFile(journalPath(), '{"seq":4,"sum":"0badf00d","change":{"user":{"star');
    const store = await reopen();
    expect(store.library().notice).toBeUndefined();
    expect(store.library().user.starred).toEqual(['trade-volume', 'enterprises']);
    expect(store.library().user.notes.map((note) => note.id)).toEqual(['note-1']);
  });

  it('drops a whole last line whose checksum fails, quietly', async () => {
    await threeChanges();
    const lines = (await readFile(journalPath(), 'utf8')).split('\n');
    lines[3] = lines[3]!.replace('Ask about it', 'Ask about IT');
    await writeFile(journalPath(), lines.join('\n'));
    const store = await reopen();
    expect(store.library().notice).toBeUndefined();
    expect(store.library().user.starred).toEqual(['trade-volume', 'enterprises']);
    expect(store.library().user.notes).toEqual([]);
  });

  it('treats damage before the last line as damage: keeps the journal aside, opens with what came before, and says so', async () => {
    await threeChanges();
    const lines = (await readFile(journalPath(), 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('enterprises', 'enterprizes');
    const damaged = lines.join('\n');
    await writeFile(journalPath(), damaged);
    const store = await reopen();
    const notice = store.library().notice!;
    expect(notice.kind).toBe('journal-repaired');
    expect(notice.message).toContain(notice.damagedFile);
    expect(await readFile(notice.damagedFile, 'utf8')).toBe(damaged);
    expect((await readdir(dataDirectory)).filter((name) => name.includes('.journal.corrupt-'))).toHaveLength(1);
    expect(store.library().user.starred).toEqual(['trade-volume']);
    expect(store.library().user.notes).toEqual([]);
    // The next change is saved as usual, and the next start is quiet.
    await store.change((user, context) => annotations.setStarred(user, context, 'summit-overview', true));
    await store.close();
    const next = await reopen();
    expect(next.library().notice).toBeUndefined();
    expect(next.library().user.starred).toEqual(['trade-volume', 'summit-overview']);
  });
});
