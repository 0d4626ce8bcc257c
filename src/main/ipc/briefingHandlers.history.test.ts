import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { UserData } from '../../shared/schema/database';
import { applyPatch } from '../../shared/schema/userDataPatch';
import { call, controlledTime, create } from '../testing/routerCalls';
import type { BriefingRouter } from './openBriefingRouter';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { savedBytes, savedDatabase } from '../testing/savedFiles';

let dataDirectory: string;
let time: ReturnType<typeof controlledTime>;
let router: BriefingRouter;

let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('history');
  ({ dataDirectory, time, router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

async function userNow(): Promise<UserData> {
  return (await call(router, 'getLibrary', {})).user;
}

async function userOnDisk(): Promise<UserData> {
  return (await savedDatabase(dataDirectory)).user;
}

const body = 'Trade reached four billion dollars last year, and both sides want more.';
const card = { topic: 'trade-investment' as const, title: 'Mine', body, figures: [], people: [] };
const quoted = 'four billion dollars';
const target = describeRange(body, body.indexOf(quoted), body.indexOf(quoted) + quoted.length);

/** Builds some user data every kind of change can act on: an own card with a note, highlight, tag and star. */
async function annotatedCard() {
  const fact = await create(router, 'createCard', { id: 'user-1', card });
  const note = await create(router, 'createNote', { id: 'note-1', factId: fact.id, markdown: 'first' });
  const highlight = await create(router, 'createHighlight', {
    id: 'highlight-1',
    factId: fact.id,
    target,
    color: 'yellow',
  });
  const tag = await create(router, 'createTag', { id: 'tag-1', name: 'Energy', color: 'green' });
  await call(router, 'setCardTags', { factId: fact.id, tagIds: [tag.id] });
  await call(router, 'setStarred', { factId: fact.id, starred: true });
  time.advance(10_000);
  return { fact, note, highlight, tag };
}

type Fixture = Awaited<ReturnType<typeof annotatedCard>>;

const changes: Array<{ kind: string; change: (fixture: Fixture) => Promise<unknown> }> = [
  { kind: 'setStarred', change: ({ fact }) => call(router, 'setStarred', { factId: fact.id, starred: false }) },
  {
    kind: 'createNote',
    change: ({ fact }) => call(router, 'createNote', { id: 'note-2', factId: fact.id, markdown: 'second' }),
  },
  { kind: 'updateNote', change: ({ note }) => call(router, 'updateNote', { noteId: note.id, markdown: 'edited' }) },
  { kind: 'deleteNote', change: ({ note }) => call(router, 'deleteNote', { noteId: note.id }) },
  {
    kind: 'createHighlight',
    change: ({ fact }) =>
      call(router, 'createHighlight', {
        id: 'highlight-2',
        factId: fact.id,
        target: describeRange(body, 0, 5),
        color: 'blue',
      }),
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
  { kind: 'createTag', change: () => call(router, 'createTag', { id: 'tag-2', name: 'Later', color: 'slate' }) },
  {
    kind: 'createTag on a card (one step)',
    change: ({ fact }) => call(router, 'createTag', { id: 'tag-2', name: 'Later', color: 'slate', applyTo: fact.id }),
  },
  { kind: 'updateTag', change: ({ tag }) => call(router, 'updateTag', { tagId: tag.id, name: 'Power', color: 'red' }) },
  { kind: 'deleteTag', change: ({ tag }) => call(router, 'deleteTag', { tagId: tag.id }) },
  { kind: 'setCardTags', change: ({ fact }) => call(router, 'setCardTags', { factId: fact.id, tagIds: [] }) },
  {
    kind: 'createCard',
    change: () => call(router, 'createCard', { id: 'user-2', card: { ...card, title: 'Another' } }),
  },
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
    // The answer is the difference alone, and applied to the window's state it gives the saved one.
    expect(applyPatch(after, undone.changed)).toEqual(before);
    expect(await userNow()).toEqual(before);
    expect(undone.history.canRedo).toBe(true);
    expect(await userOnDisk()).toEqual(before);

    const redone = await call(router, 'redo', {});
    expect(applyPatch(before, redone.changed)).toEqual(after);
    expect(await userNow()).toEqual(after);
    expect(redone.history).toEqual({ canUndo: true, canRedo: false });
    expect(await userOnDisk()).toEqual(after);
  });

  it('walks back through every change to the empty start, and forward again', async () => {
    const empty = await userNow();
    await annotatedCard();
    // annotatedCard made six changes; the window follows the undo answers alone.
    let shown = await userNow();
    for (let step = 0; step < 6; step++) shown = applyPatch(shown, (await call(router, 'undo', {})).changed);
    expect(shown).toEqual(empty);
    expect(await userNow()).toEqual(empty);
    expect((await call(router, 'getLibrary', {})).history).toEqual({ canUndo: false, canRedo: true });
    for (let step = 0; step < 6; step++) await call(router, 'redo', {});
    expect((await userNow()).ownFacts).toHaveLength(1);
    expect((await userNow()).notes).toHaveLength(1);
  });

  it('makes a burst of typing in one note one undo step', async () => {
    const note = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: '' });
    for (const markdown of ['A', 'As', 'Ask', 'Ask a', 'Ask ab', 'Ask about']) {
      time.advance(400);
      await call(router, 'updateNote', { noteId: note.id, markdown });
    }
    // A pause longer than two seconds starts a new step.
    time.advance(2500);
    await call(router, 'updateNote', { noteId: note.id, markdown: 'Ask about LNG' });

    const markdownAfter = async (step: 'undo' | 'redo') =>
      (await call(router, step, {})).changed.notes?.upserted[0]?.markdown;
    expect(await markdownAfter('undo')).toBe('Ask about');
    expect(await markdownAfter('undo')).toBe('');
    expect((await userOnDisk()).notes[0]!.markdown).toBe('');
    expect((await call(router, 'undo', {})).changed.notes).toEqual({ upserted: [], removed: [note.id] });
    expect(await markdownAfter('redo')).toBe('');
    expect(await markdownAfter('redo')).toBe('Ask about');
  });

  it('keeps typing in two notes as separate steps', async () => {
    const first = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: '' });
    const second = await create(router, 'createNote', { id: 'note-2', factId: 'enterprises', markdown: '' });
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
    expect(redo.changed).toEqual({});
    expect(redo.history).toEqual(history);
    expect((await userNow()).starred).toEqual(['enterprises']);
  });

  it('does nothing when there is nothing to undo or redo', async () => {
    const before = await savedBytes(dataDirectory);
    const nothing = { changed: {}, history: { canUndo: false, canRedo: false }, revision: 0 };
    expect(await call(router, 'undo', {})).toEqual(nothing);
    expect(await call(router, 'redo', {})).toEqual(nothing);
    await router.flush();
    expect(await savedBytes(dataDirectory)).toEqual(before);
  });

  it('applies an edit sent right behind an undo to what the undo brought back', async () => {
    const note = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: 'first' });
    await call(router, 'deleteNote', { noteId: note.id });
    // Sent together, as a quick Ctrl+Z and a keystroke would be: the edit waits for the undo.
    const [undone, edited] = await Promise.all([
      router.handle('undo', {}),
      router.handle('updateNote', { noteId: note.id, markdown: 'first, then more' }),
    ]);
    expect(undone.ok && edited.ok).toBe(true);
    await router.flush();
    expect((await userOnDisk()).notes.map((saved) => saved.markdown)).toEqual(['first, then more']);
    expect((await userNow()).notes.map((saved) => saved.markdown)).toEqual(['first, then more']);
  });

  it('records no step for a refused change', async () => {
    await call(router, 'setStarred', { factId: 'trade-volume', starred: true });
    expect((await router.handle('setStarred', { factId: 'no-such-card', starred: true })).ok).toBe(false);
    await call(router, 'undo', {});
    expect((await call(router, 'getLibrary', {})).history).toEqual({ canUndo: false, canRedo: true });
  });
});
