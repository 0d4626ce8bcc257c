import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import { noteMaxBytes } from '../../shared/schema/annotations';
import type { UserData } from '../../shared/schema/database';
import { call, callFails, controlledTime, create } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
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

const tradeBody = sampleSeed().facts[1]!.body; // "The full text of trade-volume, written for the test."
const wordStart = tradeBody.indexOf('trade-volume');
const wordEnd = wordStart + 'trade-volume'.length;

let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('annotations');
  ({ dataDirectory, time, router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

/** The user data a freshly opened store finds on disk: what survives a restart. */
async function reopened(): Promise<UserData> {
  return (await savedDatabase(dataDirectory)).user;
}

/** Asserts that a refused call changed nothing, in memory or on disk. */
async function unchangedBy(action: () => Promise<unknown>): Promise<void> {
  const before = await savedBytes(dataDirectory);
  const library = await call(router, 'getLibrary', {});
  await action();
  await router.flush();
  expect(await savedBytes(dataDirectory)).toEqual(before);
  expect(await call(router, 'getLibrary', {})).toEqual(library);
}

describe('stars', () => {
  it('stars and unstars a card, saved each time', async () => {
    expect(await call(router, 'setStarred', { factId: 'enterprises', starred: true })).toEqual({
      changed: { starred: ['enterprises'] },
      history: { canUndo: true, canRedo: false },
      revision: 1,
    });
    expect((await reopened()).starred).toEqual(['enterprises']);
    expect((await call(router, 'setStarred', { factId: 'enterprises', starred: false })).changed.starred).toEqual([]);
    expect((await reopened()).starred).toEqual([]);
  });

  it('answers a star that is already set with no change and no new revision', async () => {
    await call(router, 'setStarred', { factId: 'enterprises', starred: true });
    const again = await call(router, 'setStarred', { factId: 'enterprises', starred: true });
    expect(again).toEqual({ changed: {}, history: { canUndo: true, canRedo: false }, revision: 1 });
  });

  it('answers not-found for an unknown card', async () => {
    await unchangedBy(() => callFails(router, 'setStarred', { factId: 'no-such-card', starred: true }, 'not-found'));
  });
});

describe('notes', () => {
  it('creates, updates and deletes a note, each saved', async () => {
    const answer = await call(router, 'createNote', {
      id: 'note-1',
      factId: 'trade-volume',
      markdown: 'Ask about **LNG**',
    });
    const note = answer.changed.notes!.upserted[0]!;
    expect(answer.changed).toEqual({ notes: { upserted: [note], removed: [] } });
    expect(note).toEqual({
      id: 'note-1',
      factId: 'trade-volume',
      markdown: 'Ask about **LNG**',
      createdAt: '2021-08-17T09:00:00.000Z',
      updatedAt: '2021-08-17T09:00:00.000Z',
    });
    expect(answer.history).toEqual({ canUndo: true, canRedo: false });
    expect((await reopened()).notes).toEqual([note]);

    time.advance(60_000);
    const markdown = 'Ask about LNG — 카자흐스탄';
    const updated = (await call(router, 'updateNote', { noteId: note.id, markdown })).changed.notes!.upserted[0];
    expect(updated).toEqual({ ...note, markdown, updatedAt: '2021-08-17T09:01:00.000Z' });
    expect((await reopened()).notes).toEqual([updated]);

    expect((await call(router, 'deleteNote', { noteId: note.id })).changed).toEqual({
      notes: { upserted: [], removed: [note.id] },
    });
    expect((await reopened()).notes).toEqual([]);
  });

  it('keeps the notes of several cards apart, in the order they were written', async () => {
    const first = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: 'one' });
    const second = await create(router, 'createNote', { id: 'note-2', factId: 'enterprises', markdown: 'two' });
    const third = await create(router, 'createNote', { id: 'note-3', factId: 'trade-volume', markdown: 'three' });
    await call(router, 'deleteNote', { noteId: second.id });
    expect((await reopened()).notes).toEqual([first, third]);
  });

  it('answers not-found for an unknown card or note', async () => {
    await unchangedBy(async () => {
      await callFails(router, 'createNote', { id: 'note-1', factId: 'no-such-card', markdown: 'x' }, 'not-found');
      await callFails(router, 'updateNote', { noteId: 'note-404', markdown: 'x' }, 'not-found');
      await callFails(router, 'deleteNote', { noteId: 'note-404' }, 'not-found');
    });
  });

  it('refuses a note over the size limit, counting bytes rather than characters', async () => {
    const justRight = '가'.repeat(Math.floor(noteMaxBytes / 3)); // three bytes each in UTF-8
    const note = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: justRight });
    expect(note.markdown).toBe(justRight);
    await unchangedBy(() =>
      callFails(
        router,
        'createNote',
        { id: 'note-2', factId: 'trade-volume', markdown: `${justRight}가` },
        'invalid-request',
      ),
    );
  });

  it('answers every one of 100 quick edits, and holds the last when they are answered', async () => {
    const note = await create(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: '' });
    const edits = Array.from({ length: 100 }, (_, index) =>
      call(router, 'updateNote', { noteId: note.id, markdown: `draft ${index + 1}` }),
    );
    const answers = await Promise.all(edits);
    expect(answers.at(-1)!.changed.notes!.upserted[0]!.markdown).toBe('draft 100');
    // Answers come in revision order, never going back.
    const revisions = answers.map((answer) => answer.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect((await savedDatabase(dataDirectory)).user.notes[0]?.markdown).toBe('draft 100');
  });
});

describe('highlights', () => {
  const target = describeRange(tradeBody, wordStart, wordEnd);

  it('creates a highlight on the quoted words, updates its colour and comment, and deletes it', async () => {
    const highlight = await create(router, 'createHighlight', {
      id: 'highlight-1',
      factId: 'trade-volume',
      target,
      color: 'yellow',
      comment: 'check the figure',
    });
    expect(highlight).toEqual({
      id: 'highlight-1',
      factId: 'trade-volume',
      color: 'yellow',
      comment: 'check the figure',
      target,
      createdAt: '2021-08-17T09:00:00.000Z',
      updatedAt: '2021-08-17T09:00:00.000Z',
    });
    expect(highlight.target.quote.exact).toBe('trade-volume');
    expect((await reopened()).highlights).toEqual([highlight]);

    time.advance(1000);
    const recoloured = (await call(router, 'updateHighlight', { highlightId: highlight.id, color: 'violet' })).changed
      .highlights!.upserted[0]!;
    expect(recoloured).toEqual({ ...highlight, color: 'violet', updatedAt: '2021-08-17T09:00:01.000Z' });
    expect((await reopened()).highlights).toEqual([recoloured]);

    const commented = (await call(router, 'updateHighlight', { highlightId: highlight.id, comment: 'ask the embassy' }))
      .changed.highlights!.upserted[0]!;
    expect(commented).toMatchObject({ color: 'violet', comment: 'ask the embassy' });
    expect((await reopened()).highlights).toEqual([commented]);

    const cleared = (await call(router, 'updateHighlight', { highlightId: highlight.id, comment: '' })).changed
      .highlights!.upserted[0]!;
    expect(cleared).not.toHaveProperty('comment');
    expect(cleared.color).toBe('violet');
    expect((await reopened()).highlights).toEqual([cleared]);

    expect((await call(router, 'deleteHighlight', { highlightId: highlight.id })).changed.highlights).toEqual({
      upserted: [],
      removed: [highlight.id],
    });
    expect((await reopened()).highlights).toEqual([]);
  });

  it('stores no comment when none or an empty one is given', async () => {
    const highlight = await create(router, 'createHighlight', {
      id: 'highlight-1',
      factId: 'trade-volume',
      target,
      color: 'blue',
      comment: '',
    });
    expect(highlight).not.toHaveProperty('comment');
  });

  it.each([
    {
      name: 'words the card does not contain',
      target: { ...target, quote: { ...target.quote, exact: 'trade-VOLUME' } },
    },
    {
      name: 'offsets that point elsewhere',
      target: { ...target, position: { ...target.position, start: 0, end: 12 } },
    },
    { name: 'a quote taken from another card', target: describeRange('Something else entirely', 0, 9) },
  ])('refuses a target with $name as invalid-request', async ({ target: wrong }) => {
    await unchangedBy(() =>
      callFails(
        router,
        'createHighlight',
        { id: 'highlight-1', factId: 'trade-volume', target: wrong, color: 'yellow' },
        'invalid-request',
      ),
    );
  });

  it.each([
    { name: 'an empty range', position: { type: 'TextPositionSelector', start: 5, end: 5 } },
    { name: 'a reversed range', position: { type: 'TextPositionSelector', start: 9, end: 5 } },
    { name: 'a negative offset', position: { type: 'TextPositionSelector', start: -1, end: 5 } },
  ])('refuses a target with $name before it reaches the store', async ({ position }) => {
    const error = await callFails(
      router,
      'createHighlight',
      { id: 'highlight-1', factId: 'trade-volume', target: { ...target, position }, color: 'yellow' },
      'invalid-request',
    );
    expect(error.details!.join('\n')).toContain('target.position');
  });

  it('answers not-found for an unknown card or highlight', async () => {
    await unchangedBy(async () => {
      await callFails(
        router,
        'createHighlight',
        { id: 'highlight-1', factId: 'no-such-card', target, color: 'yellow' },
        'not-found',
      );
      await callFails(router, 'updateHighlight', { highlightId: 'highlight-404', color: 'pink' }, 'not-found');
      await callFails(router, 'deleteHighlight', { highlightId: 'highlight-404' }, 'not-found');
    });
  });
});

describe('tags', () => {
  it('creates, renames, recolours and deletes a tag, each saved', async () => {
    const tag = await create(router, 'createTag', { id: 'tag-1', name: '  Follow up  ', color: 'amber' });
    expect(tag).toEqual({ id: 'tag-1', name: 'Follow up', color: 'amber', createdAt: '2021-08-17T09:00:00.000Z' });
    expect((await reopened()).tags).toEqual([tag]);

    const renamed = (await call(router, 'updateTag', { tagId: tag.id, name: 'Ask Seoul' })).changed.tags!.upserted[0];
    expect(renamed).toEqual({ ...tag, name: 'Ask Seoul' });
    const recoloured = (await call(router, 'updateTag', { tagId: tag.id, color: 'teal' })).changed.tags!.upserted[0];
    expect(recoloured).toEqual({ ...tag, name: 'Ask Seoul', color: 'teal' });
    expect((await reopened()).tags).toEqual([recoloured]);

    expect((await call(router, 'deleteTag', { tagId: tag.id })).changed).toEqual({
      tags: { upserted: [], removed: [tag.id] },
    });
    expect((await reopened()).tags).toEqual([]);
  });

  it('refuses a second tag with the same name in any case, and a rename onto another tag', async () => {
    await call(router, 'createTag', { id: 'tag-1', name: 'Follow up', color: 'amber' });
    const other = await create(router, 'createTag', { id: 'tag-2', name: 'Energy', color: 'green' });
    await unchangedBy(async () => {
      const error = await callFails(
        router,
        'createTag',
        { id: 'tag-3', name: 'FOLLOW UP', color: 'red' },
        'invalid-request',
      );
      expect(error.message).toContain('Follow up');
      await callFails(router, 'createTag', { id: 'tag-3', name: ' follow up ', color: 'red' }, 'invalid-request');
      await callFails(router, 'updateTag', { tagId: other.id, name: 'follow Up' }, 'invalid-request');
    });
    // Changing only the case of a tag's own name is a rename, not a clash.
    expect((await call(router, 'updateTag', { tagId: other.id, name: 'ENERGY' })).changed.tags!.upserted[0]!.name).toBe(
      'ENERGY',
    );
  });

  it('refuses an empty or over-long name', async () => {
    await callFails(router, 'createTag', { id: 'tag-1', name: '   ', color: 'amber' }, 'invalid-request');
    await callFails(router, 'createTag', { id: 'tag-1', name: 'x'.repeat(41), color: 'amber' }, 'invalid-request');
  });

  it('tags cards, and deleting a tag takes it off every card', async () => {
    const energy = await create(router, 'createTag', { id: 'tag-1', name: 'Energy', color: 'green' });
    const later = await create(router, 'createTag', { id: 'tag-2', name: 'Later', color: 'slate' });

    expect(
      (await call(router, 'setCardTags', { factId: 'trade-volume', tagIds: [energy.id, later.id, energy.id] })).changed,
    ).toEqual({ cardTags: { upserted: [{ factId: 'trade-volume', tagIds: [energy.id, later.id] }], removed: [] } });
    await call(router, 'setCardTags', { factId: 'enterprises', tagIds: [energy.id] });
    expect((await reopened()).cardTags).toEqual({ 'trade-volume': [energy.id, later.id], enterprises: [energy.id] });

    const deleted = await call(router, 'deleteTag', { tagId: energy.id });
    expect(deleted.changed).toEqual({
      tags: { upserted: [], removed: [energy.id] },
      cardTags: { upserted: [{ factId: 'trade-volume', tagIds: [later.id] }], removed: ['enterprises'] },
    });
    const user = await reopened();
    expect(user.cardTags).toEqual({ 'trade-volume': [later.id] });
    expect(user.tags).toEqual([later]);

    expect((await call(router, 'setCardTags', { factId: 'trade-volume', tagIds: [] })).changed.cardTags).toEqual({
      upserted: [],
      removed: ['trade-volume'],
    });
    expect((await reopened()).cardTags).toEqual({});
  });

  it('answers not-found for an unknown tag or card', async () => {
    const tag = await create(router, 'createTag', { id: 'tag-1', name: 'Energy', color: 'green' });
    await unchangedBy(async () => {
      await callFails(router, 'setCardTags', { factId: 'trade-volume', tagIds: [tag.id, 'tag-404'] }, 'not-found');
      await callFails(router, 'setCardTags', { factId: 'no-such-card', tagIds: [tag.id] }, 'not-found');
      await callFails(router, 'updateTag', { tagId: 'tag-404', color: 'red' }, 'not-found');
      await callFails(router, 'deleteTag', { tagId: 'tag-404' }, 'not-found');
    });
  });
});
