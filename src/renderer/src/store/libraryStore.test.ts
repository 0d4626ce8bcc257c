import { describe, expect, it } from 'vitest';
import type { Library } from '../../../shared/contract';
import { BriefingError } from '../../../shared/errors';
import { emptyUserData } from '../../../shared/schema/database';
import type { ChangeAnswer } from '../../../shared/schema/userDataPatch';
import { LibraryStore, type LibraryState } from './libraryStore';

const library: Library = {
  seedRevision: 1,
  sources: [],
  facts: [],
  user: emptyUserData,
  settings: { lastTopic: 'all' },
  history: { canUndo: false, canRedo: false },
  revision: 4,
  databaseFile: '/data/summit-briefing.json',
};

const history = { canUndo: true, canRedo: false };
const starred = (ids: string[], revision: number): ChangeAnswer => ({ changed: { starred: ids }, history, revision });

function ready(state: LibraryState) {
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
  return state;
}

describe('LibraryStore', () => {
  it('paints the first screen, then the whole library, with a change saved in between applied to both', () => {
    const store = new LibraryStore();
    store.previewed({ library, selection: 'all', total: 10_026, counts: { all: 10_026, starred: 0 } });
    const first = ready(store.getSnapshot());
    expect(first.preview).toEqual({
      selection: 'all',
      total: 10_026,
      counts: new Map([
        ['all', 10_026],
        ['starred', 0],
      ]),
      stage: 'first-screen',
    });
    store.answered(starred(['trade-volume'], 5));
    // The whole library was read before that change was saved (revision 4): the change is not lost.
    store.loaded({ ...library, facts: [], revision: 4 });
    const whole = ready(store.getSnapshot());
    expect(whole.preview).toBeUndefined();
    expect(whole.library.user.starred).toEqual(['trade-volume']);
    expect(whole.library.revision).toBe(5);
    // A first screen that comes after the whole library changes nothing.
    store.previewed({ library: { ...library, revision: 3 }, selection: 'all', total: 1, counts: {} });
    expect(ready(store.getSnapshot())).toBe(whole);
  });

  it('applies answers in revision order and drops one older than the last applied', () => {
    const store = new LibraryStore();
    store.loaded(library);
    store.answered(starred(['trade-volume'], 6));
    // The late answer of an earlier change: applying it would undo what revision 6 showed.
    store.answered(starred([], 5));
    expect(ready(store.getSnapshot()).library.user.starred).toEqual(['trade-volume']);
    expect(ready(store.getSnapshot()).library.revision).toBe(6);
    // Answers of one write share a revision; each is applied.
    store.answered({ changed: { notes: { upserted: [], removed: [] } }, history, revision: 6 });
    store.answered(starred(['enterprises'], 7));
    expect(ready(store.getSnapshot()).library.user.starred).toEqual(['enterprises']);
  });

  it('shows a change on its way at once, and what the answer says once it comes', () => {
    const store = new LibraryStore();
    store.loaded(library);
    const token = store.started((user) => ({ ...user, starred: ['trade-volume'] }));
    expect(ready(store.getSnapshot())).toMatchObject({ pending: 1, save: { kind: 'saving' } });
    expect(ready(store.getSnapshot()).library.user.starred).toEqual(['trade-volume']);
    store.finished(token, { answer: starred(['trade-volume'], 5) });
    expect(ready(store.getSnapshot())).toMatchObject({ pending: 0, save: { kind: 'saved' } });
    expect(ready(store.getSnapshot()).library.user.starred).toEqual(['trade-volume']);
  });

  it('takes a failed change back and says why, until a change is saved again', () => {
    const store = new LibraryStore();
    store.loaded(library);
    const token = store.started((user) => ({ ...user, starred: ['trade-volume'] }));
    const failure = new BriefingError({
      code: 'write-failed',
      reason: 'The disk is full',
      message: 'The disk is full: …',
    });
    store.finished(token, { error: failure });
    expect(ready(store.getSnapshot()).library.user.starred).toEqual([]);
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'failed', reason: 'The disk is full' });
    // A refusal that is not the disk's (a tag name taken) says nothing about saving.
    const other = store.started();
    store.finished(other, {
      error: new BriefingError({ code: 'invalid-request', message: 'There is already a tag called “x”.' }),
    });
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'failed', reason: 'The disk is full' });
    const next = store.started();
    store.finished(next, { answer: starred(['enterprises'], 5) });
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'saved' });
  });

  it('says "retrying" while the main process retries a refused write, and only then', () => {
    const store = new LibraryStore();
    store.loaded(library);
    store.saveState({ status: 'retrying', pending: 1, revision: 4, problem: 'The disk is busy' });
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'saved' });
    const token = store.started();
    store.saveState({ status: 'retrying', pending: 1, revision: 4, problem: 'The disk is busy' });
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'retrying', problem: 'The disk is busy' });
    store.finished(token, { answer: starred(['x'], 5) });
    expect(ready(store.getSnapshot()).save).toEqual({ kind: 'saved' });
  });

  it('reports a read-only library as such, whatever else happens', () => {
    const store = new LibraryStore();
    store.loaded({ ...library, readOnly: { reason: 'The disk holding your data is read-only' } });
    expect(ready(store.getSnapshot()).save).toEqual({
      kind: 'read-only',
      reason: 'The disk holding your data is read-only',
    });
  });

  it('keeps card ids out of the prototype: constructor is an ordinary card id', () => {
    const store = new LibraryStore();
    store.loaded(library);
    const { cardTags } = ready(store.getSnapshot()).library.user;
    expect(Object.getPrototypeOf(cardTags)).toBeNull();
    expect(cardTags.constructor).toBeUndefined();
    store.answered({
      changed: { cardTags: { upserted: [{ factId: 'constructor', tagIds: ['tag-1'] }], removed: [] } },
      history,
      revision: 5,
    });
    expect(ready(store.getSnapshot()).library.user.cardTags.constructor).toEqual(['tag-1']);
  });
});
