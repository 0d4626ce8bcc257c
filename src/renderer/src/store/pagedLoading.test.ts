import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateEveryPagedList, libraryPage } from '../../../main/testing/pagedLibrary';
import { readLibraryInPages } from '../../../shared/libraryPages';
import type { Requests } from '../../../shared/service';
import type { BriefingRouter } from '../../../main/ipc/openBriefingRouter';
import { call } from '../../../main/testing/routerCalls';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../../../main/testing/routerOnTempFolder';
import { LibraryStore } from './libraryStore';

// The window's store on the real router over a temporary folder: the pages, the changes and the
// fresh reads are all the main process's own.
let opened: RouterOnTempFolder;
let router: BriefingRouter;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('paged-loading');
  ({ router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

const page = (request: { revision?: number; after: number; limit: number }) => libraryPage(router, request);
const annotate = () => annotateEveryPagedList(router);

describe('the window while the pages arrive', () => {
  it('equals a fresh read at every step, with changes saved before, between and after the pages', async () => {
    await annotate();
    const { facts } = await call(router, 'getLibrary', {});
    const [first, second] = facts;
    if (!first || !second) throw new Error('the seed has fewer than two cards');
    const window = new LibraryStore();
    /** A change as the window sends it: shown at once where it has an overlay, its answer applied when it comes. */
    const change = async <Name extends 'setStarred' | 'updateNote' | 'deleteNote' | 'createNote' | 'setCardTags'>(
      name: Name,
      request: Requests[Name],
    ) => {
      const token = window.started();
      window.finished(token, { answer: await call(router, name, request) });
    };
    const shown = () => {
      const state = window.getSnapshot();
      if (state.status !== 'ready') throw new Error(`the window is ${state.status}`);
      return state.library;
    };

    window.previewed(await call(router, 'getFirstScreen', { limit: 1 }));
    await change('updateNote', { noteId: 'note-page-0', markdown: 'Edited on the first screen' });
    let pages = 0;
    const read = await readLibraryInPages(
      async (request) => {
        // Between every two pages the user does something: on cards of the first screen and beyond it.
        const step = pages++;
        if (step === 1) await change('setStarred', { factId: first.id, starred: true });
        if (step === 2) await change('deleteNote', { noteId: 'note-page-1' });
        if (step === 3) await change('createNote', { id: 'note-while-paging', factId: second.id, markdown: 'New' });
        if (step === 4) await change('setCardTags', { factId: second.id, tagIds: ['tag-ask'] });
        return page(request);
      },
      1,
      (answer, gathered) => {
        if (answer.records.notes) window.arrived(gathered());
      },
    );
    expect(pages).toBeGreaterThanOrEqual(5);
    // Once every card has arrived, the window shows every card, and nothing it shows is older than the file.
    const fresh = await call(router, 'getLibrary', {});
    const partial = shown();
    expect(partial.facts.map((fact) => fact.id)).toEqual(fresh.facts.map((fact) => fact.id));
    expect(partial.user.starred).toEqual(fresh.user.starred);
    expect(partial.user.cardTags).toEqual(fresh.user.cardTags);
    for (const note of partial.user.notes) expect(fresh.user.notes).toContainEqual(note);

    window.loaded(read);
    await change('updateNote', { noteId: 'note-while-paging', markdown: 'After the pages' });
    const final = await call(router, 'getLibrary', {});
    expect(shown().user).toEqual(final.user);
    expect(shown().revision).toBe(final.revision);
  });
});
