import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { UserData } from '../../shared/schema/database';
import { readDatabaseAt } from '../domain/databaseFile';
import { call, controlledTime } from '../testing/routerCalls';
import type { BriefingRouter } from './openBriefingRouter';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';

let filePath: string;
let time: ReturnType<typeof controlledTime>;
let router: BriefingRouter;

let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('history');
  ({ filePath, time, router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

async function userNow(): Promise<UserData> {
  return (await call(router, 'getLibrary', {})).user;
}

async function userOnDisk(): Promise<UserData> {
  return (await readDatabaseAt(filePath))!.database.user;
}

const body = 'Trade reached four billion dollars last year, and both sides want more.';
const card = { topic: 'trade-investment' as const, title: 'Mine', body, figures: [], people: [] };
const quoted = 'four billion dollars';
const target = describeRange(body, body.indexOf(quoted), body.indexOf(quoted) + quoted.length);

/** Builds some user data every kind of change can act on: an own card with a note, highlight, tag and star. */
async function annotatedCard() {
  const fact = (await call(router, 'createCard', card)).fact;
  const note = (await call(router, 'createNote', { factId: fact.id, markdown: 'first' })).note;
  const highlight = (await call(router, 'createHighlight', { factId: fact.id, target, color: 'yellow' })).highlight;
  const tag = (await call(router, 'createTag', { name: 'Energy', color: 'green' })).tag;
  await call(router, 'setCardTags', { factId: fact.id, tagIds: [tag.id] });
  await call(router, 'setStarred', { factId: fact.id, starred: true });
  time.advance(10_000);
  return { fact, note, highlight, tag };
}

type Fixture = Awaited<ReturnType<typeof annotatedCard>>;

const changes: Array<{ kind: string; change: (fixture: Fixture) => Promise<unknown> }> = [
  { kind: 'setStarred', change: ({ fact }) => call(router, 'setStarred', { factId: fact.id, starred: false }) },
  { kind: 'createNote', change: ({ fact }) => call(router, 'createNote', { factId: fact.id, markdown: 'second' }) },
  { kind: 'updateNote', change: ({ note }) => call(router, 'updateNote', { noteId: note.id, markdown: 'edited' }) },
  { kind: 'deleteNote', change: ({ note }) => call(router, 'deleteNote', { noteId: note.id }) },
  {
    kind: 'createHighlight',
    change: ({ fact }) =>
      call(router, 'createHighlight', { factId: fact.id, target: describeRange(body, 0, 5), color: 'blue' }),
  },
  {
    kind: 'updateHighlight',
    change: ({ highlight }) =>
      call(router, 'updateHighlight', { highlightId: highlight.id, color: 'pink', comment: 'why?' }),
  },
  {
    kind: 'deleteHighlight',
    change: ({ highlight }) => call(router, 'deleteHighlight', { highlightId: highlight.id }),
  },
  { kind: 'createTag', change: () => call(router, 'createTag', { name: 'Later', color: 'slate' }) },
  { kind: 'updateTag', change: ({ tag }) => call(router, 'updateTag', { tagId: tag.id, name: 'Power', color: 'red' }) },
  { kind: 'deleteTag', change: ({ tag }) => call(router, 'deleteTag', { tagId: tag.id }) },
  { kind: 'setCardTags', change: ({ fact }) => call(router, 'setCardTags', { factId: fact.id, tagIds: [] }) },
  { kind: 'createCard', change: () => call(router, 'createCard', { ...card, title: 'Another' }) },
  {
    kind: 'updateCard (re-anchoring a highlight)',
    change: ({ fact }) =>
      call(router, 'updateCard', { factId: fact.id, card: { ...card, body: `Last year: ${body}` } }),
  },
  { kind: 'deleteCard (with its annotations)', change: ({ fact }) => call(router, 'deleteCard', { factId: fact.id }) },
];

describe('undo and redo', () => {
  it.each(changes)('undoes and redoes $kind, on disk each time', async ({ change }) => {
    const fixture = await annotatedCard();
    const before = await userNow();
    await change(fixture);
    const after = await userNow();
    expect(after).not.toEqual(before);

    const undone = await call(router, 'undo', {});
    expect(undone.user).toEqual(before);
    expect(undone.history.canRedo).toBe(true);
    expect(await userOnDisk()).toEqual(before);

    const redone = await call(router, 'redo', {});
    expect(redone.user).toEqual(after);
    expect(redone.history).toEqual({ canUndo: true, canRedo: false });
    expect(await userOnDisk()).toEqual(after);
  });

  it('walks back through every change to the empty start, and forward again', async () => {
    const states = [await userNow()];
    await annotatedCard();
    // annotatedCard made six changes; collect the states between them by undoing.
    for (let step = 0; step < 6; step++) states.push((await call(router, 'undo', {})).user);
    expect(states.at(-1)).toEqual(states[0]);
    expect((await call(router, 'getLibrary', {})).history).toEqual({ canUndo: false, canRedo: true });
    for (let step = 0; step < 6; step++) await call(router, 'redo', {});
    expect((await userNow()).ownFacts).toHaveLength(1);
    expect((await userNow()).notes).toHaveLength(1);
  });

  it('makes a burst of typing in one note one undo step', async () => {
    const { note } = await call(router, 'createNote', { factId: 'trade-volume', markdown: '' });
    for (const markdown of ['A', 'As', 'Ask', 'Ask a', 'Ask ab', 'Ask about']) {
      time.advance(400);
      await call(router, 'updateNote', { noteId: note.id, markdown });
    }
    // A pause longer than two seconds starts a new step.
    time.advance(2500);
    await call(router, 'updateNote', { noteId: note.id, markdown: 'Ask about LNG' });

    expect((await call(router, 'undo', {})).user.notes[0]!.markdown).toBe('Ask about');
    const undone = await call(router, 'undo', {});
    expect(undone.user.notes[0]!.markdown).toBe('');
    expect((await userOnDisk()).notes[0]!.markdown).toBe('');
    expect((await call(router, 'undo', {})).user.notes).toEqual([]);
    expect((await call(router, 'redo', {})).user.notes[0]!.markdown).toBe('');
    expect((await call(router, 'redo', {})).user.notes[0]!.markdown).toBe('Ask about');
  });

  it('keeps typing in two notes as separate steps', async () => {
    const first = (await call(router, 'createNote', { factId: 'trade-volume', markdown: '' })).note;
    const second = (await call(router, 'createNote', { factId: 'enterprises', markdown: '' })).note;
    await call(router, 'updateNote', { noteId: first.id, markdown: 'one' });
    await call(router, 'updateNote', { noteId: second.id, markdown: 'two' });
    await call(router, 'updateNote', { noteId: first.id, markdown: 'one more' });

    const markdowns = async () => (await userNow()).notes.map((note) => note.markdown);
    await call(router, 'undo', {});
    expect(await markdowns()).toEqual(['one', 'two']);
    await call(router, 'undo', {});
    expect(await markdowns()).toEqual(['one', '']);
  });

  it('clears redo on a new change', async () => {
    await call(router, 'setStarred', { factId: 'trade-volume', starred: true });
    expect((await call(router, 'undo', {})).history).toEqual({ canUndo: false, canRedo: true });

    const { history } = await call(router, 'setStarred', { factId: 'enterprises', starred: true });

    expect(history).toEqual({ canUndo: true, canRedo: false });
    const redo = await call(router, 'redo', {});
    expect(redo).toEqual({ user: expect.objectContaining({ starred: ['enterprises'] }), history });
  });

  it('does nothing when there is nothing to undo or redo', async () => {
    const before = await readFile(filePath, 'utf8');
    const user = await userNow();
    expect(await call(router, 'undo', {})).toEqual({ user, history: { canUndo: false, canRedo: false } });
    expect(await call(router, 'redo', {})).toEqual({ user, history: { canUndo: false, canRedo: false } });
    await router.flush();
    expect(await readFile(filePath, 'utf8')).toBe(before);
  });

  it('records no step for a refused change', async () => {
    await call(router, 'setStarred', { factId: 'trade-volume', starred: true });
    expect((await router.handle('setStarred', { factId: 'no-such-card', starred: true })).ok).toBe(false);
    await call(router, 'undo', {});
    expect((await call(router, 'getLibrary', {})).history).toEqual({ canUndo: false, canRedo: true });
  });
});
