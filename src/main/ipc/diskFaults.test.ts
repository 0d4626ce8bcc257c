import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../shared/contract';
import type { UserData } from '../../shared/schema/database';
import { applyPatch, type ChangeAnswer } from '../../shared/schema/userDataPatch';
import { call, callFails, create } from '../testing/routerCalls';
import { savedBytes, savedDatabase } from '../testing/savedFiles';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';

/**
 * Every way the disk can fail a save, injected through the store's file-system port while the
 * real router, store and files on a temp folder do the rest. After each failure the promise is
 * the same: the user is told why, and memory, undo history and file are as they were.
 */
let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('faults');
});

afterEach(() => closeRouterOnTempFolder(opened));

const library = () => call(opened.router, 'getLibrary', {});

async function onDisk(): Promise<UserData> {
  return (await savedDatabase(opened.dataDirectory)).user;
}

/** What the window shows (getLibrary) equals what a fresh start from the disk would show. */
async function expectWindowEqualsDisk(): Promise<Library> {
  const shown = await library();
  expect(shown.user).toEqual(await onDisk());
  const reopened = await call(await opened.reopen(), 'getLibrary', {});
  expect(reopened.user).toEqual(shown.user);
  expect(reopened.settings).toEqual(shown.settings);
  return shown;
}

async function temporaryFiles(): Promise<string[]> {
  return (await readdir(opened.dataDirectory)).filter((name) => name.endsWith('.tmp'));
}

const note = { id: 'note-1', factId: 'trade-volume', markdown: 'Ask about LNG' };

describe('a lasting failure: the change is refused, and nothing changes anywhere', () => {
  it.each([
    { code: 'ENOSPC', operation: 'write' as const, reason: 'The disk is full' },
    { code: 'EIO', operation: 'sync' as const, reason: 'The disk reported a read or write error (EIO)' },
    { code: 'EROFS', operation: 'open' as const, reason: 'The disk holding your data is read-only' },
    { code: 'EDQUOT', operation: 'write' as const, reason: 'Your disk quota is used up' },
  ])('$code on $operation: the user is told "$reason"', async ({ code, operation, reason }) => {
    await call(opened.router, 'setStarred', { factId: 'enterprises', starred: true });
    const before = await savedBytes(opened.dataDirectory);
    const shownBefore = await library();
    opened.disk.fail({
      operation,
      code,
      path: /summit-briefing\.(json|journal)/,
      ...(operation === 'open' ? { writesOnly: true } : {}),
    });

    const error = await callFails(opened.router, 'createNote', note, 'write-failed');

    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`${reason}: your change was not saved, and nothing was changed.`);
    expect(await savedBytes(opened.dataDirectory)).toEqual(before);
    expect(await library()).toEqual(shownBefore);
    expect((await library()).history).toEqual({ canUndo: true, canRedo: false });
    expect(await temporaryFiles()).toEqual([]);
    opened.disk.heal();
    await expectWindowEqualsDisk();
  });

  it('a failed create sent again with its id is one note, not two', async () => {
    const heal = opened.disk.fail({ operation: 'write', code: 'ENOSPC' });
    await callFails(opened.router, 'createNote', note, 'write-failed');
    heal();
    await call(opened.router, 'createNote', note);
    // The window sends it once more (a second retry): still one note.
    const again = await call(opened.router, 'createNote', note);
    expect(again.changed).toEqual({});
    expect((await expectWindowEqualsDisk()).user.notes.map((saved) => saved.id)).toEqual(['note-1']);
  });

  it('a refused star is not saved later by an unrelated write, and quitting does not save it either', async () => {
    const heal = opened.disk.fail({ operation: 'write', code: 'EPERM' });
    await callFails(opened.router, 'setStarred', { factId: 'enterprises', starred: true }, 'write-failed');
    heal();
    await call(opened.router, 'createNote', note);
    await opened.router.whenIdle(1000);
    expect((await onDisk()).starred).toEqual([]);
    expect((await expectWindowEqualsDisk()).user.notes).toHaveLength(1);
  });

  it('a refused undo leaves the change, its undo step and the file as they were', async () => {
    await call(opened.router, 'setStarred', { factId: 'enterprises', starred: true });
    const heal = opened.disk.fail({ operation: 'write', code: 'ENOSPC' });
    await callFails(opened.router, 'undo', {}, 'write-failed');
    expect((await library()).user.starred).toEqual(['enterprises']);
    expect((await library()).history).toEqual({ canUndo: true, canRedo: false });
    heal();
    const undone = await call(opened.router, 'undo', {});
    expect(undone.changed).toEqual({ starred: [] });
    await expectWindowEqualsDisk();
  });

  it('a refused write of a batch refuses every change in it, and the next batch is written', async () => {
    // Typing waits for a pause before it is written; here the pause never comes, so flush decides.
    const typing = await openRouterOnTempFolder('faults-batch', { store: { writeDelayMs: 60_000 } });
    try {
      const created = await create(typing.router, 'createNote', { ...note, markdown: '' });
      const heal = typing.disk.fail({ operation: 'write', code: 'ENOSPC', times: 1 });
      const typed = ['A', 'As', 'Ask'].map((markdown) =>
        typing.router.handle('updateNote', { noteId: created.id, markdown }),
      );
      // Let the three calls reach the store (each passes the router's validation first), then write.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await typing.router.flush();
      const answers = await Promise.all(typed);
      expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual([
        'write-failed',
        'write-failed',
        'write-failed',
      ]);
      heal();
      const retyped = call(typing.router, 'updateNote', { noteId: created.id, markdown: 'Ask about' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await typing.router.flush();
      await retyped;
      const shown = await call(typing.router, 'getLibrary', {});
      expect(shown.user.notes[0]!.markdown).toBe('Ask about');
      expect((await savedDatabase(typing.dataDirectory)).user).toEqual(shown.user);
    } finally {
      await closeRouterOnTempFolder(typing);
    }
  });
});

describe('a transient failure: retried with backoff before anyone is told', () => {
  // A save is an append to the journal: its write is what a locked file refuses.
  it.each(['EPERM', 'EBUSY', 'EAGAIN'])('%s on the journal write, twice, then the save goes through', async (code) => {
    opened.disk.fail({ operation: 'write', code, times: 2, path: /summit-briefing\.journal/ });
    const writesBefore = opened.disk.count('write');
    const answer = await call(opened.router, 'setStarred', { factId: 'trade-volume', starred: true });
    expect(answer.changed).toEqual({ starred: ['trade-volume'] });
    expect(opened.disk.count('write') - writesBefore).toBeGreaterThanOrEqual(3);
    expect((await expectWindowEqualsDisk()).user.starred).toEqual(['trade-volume']);
  });

  it('says "retrying" while it retries, and what the disk said', async () => {
    const slow = await openRouterOnTempFolder('faults-retrying', { store: { retryDelaysMs: [150, 150, 150] } });
    try {
      slow.disk.fail({ operation: 'write', code: 'EBUSY', times: 2, path: /summit-briefing\.journal/ });
      const starring = call(slow.router, 'setStarred', { factId: 'trade-volume', starred: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const state = await call(slow.router, 'getSaveState', {});
      expect(state).toMatchObject({ status: 'retrying', pending: 1 });
      expect(state.problem).toMatch(/holding the database file/);
      await starring;
      expect(await call(slow.router, 'getSaveState', {})).toMatchObject({ status: 'idle', pending: 0 });
    } finally {
      await closeRouterOnTempFolder(slow);
    }
  });

  it('a transient failure that does not pass is told like a lasting one', async () => {
    opened.disk.fail({ operation: 'write', code: 'EBUSY', path: /summit-briefing\.journal/ });
    const error = await callFails(
      opened.router,
      'setStarred',
      { factId: 'trade-volume', starred: true },
      'write-failed',
    );
    expect(error.message).toMatch(/^Another program .* is holding the database file: your change was not saved/);
    opened.disk.heal();
    await expectWindowEqualsDisk();
  });
});

describe('a slow disk (200 ms a write) and a quick user', () => {
  beforeEach(() => {
    opened.disk.writeDelayMs = 200;
  });

  it('star, then undo at once: the answers come in revision order and the window ends equal to the file', async () => {
    let shown = (await library()).user;
    const revisions: number[] = [];
    const apply = (answer: ChangeAnswer) => {
      revisions.push(answer.revision);
      shown = applyPatch(shown, answer.changed);
    };
    const star = call(opened.router, 'setStarred', { factId: 'trade-volume', starred: true });
    const undo = call(opened.router, 'undo', {});
    apply(await star);
    apply(await undo);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(shown.starred).toEqual([]);
    expect(shown).toEqual((await expectWindowEqualsDisk()).user);
  });

  it('a tag removed and put back by undo at once ends on the card, in the window and the file', async () => {
    const tag = await create(opened.router, 'createTag', {
      id: 'tag-1',
      name: 'Energy',
      color: 'green',
      applyTo: 'trade-volume',
    });
    let shown = (await library()).user;
    const answers = await Promise.all([
      call(opened.router, 'setCardTags', { factId: 'trade-volume', tagIds: [] }),
      call(opened.router, 'undo', {}),
    ]);
    for (const answer of answers) shown = applyPatch(shown, answer.changed);
    expect(shown.cardTags).toEqual({ 'trade-volume': [tag.id] });
    expect(shown).toEqual((await expectWindowEqualsDisk()).user);
  });

  it('quitting waits for a change that arrives during the final write', async () => {
    const first = opened.router.handle('setStarred', { factId: 'trade-volume', starred: true });
    const idle = opened.router.whenIdle(2000);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the first write is under way
    const late = opened.router.handle('createNote', note);
    expect(await idle).toBe(true);
    expect((await first).ok && (await late).ok).toBe(true);
    const saved = await onDisk();
    expect(saved.starred).toEqual(['trade-volume']);
    expect(saved.notes.map((item) => item.markdown)).toEqual(['Ask about LNG']);
  });

  it('whenIdle gives up after its bound when the disk never answers in time', async () => {
    opened.disk.writeDelayMs = 1500;
    void opened.router.handle('setStarred', { factId: 'trade-volume', starred: true });
    const started = Date.now();
    expect(await opened.router.whenIdle(300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1200);
    opened.disk.writeDelayMs = 0;
  });
});
