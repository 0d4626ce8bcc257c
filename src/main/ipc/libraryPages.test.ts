import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateEveryPagedList, libraryPage } from '../testing/pagedLibrary';
import { libraryPageMaxRecords, readLibraryInPages } from '../../shared/libraryPages';
import { applyPatch } from '../../shared/schema/userDataPatch';
import { call, callFails } from '../testing/routerCalls';
import type { BriefingRouter } from './openBriefingRouter';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';

let opened: RouterOnTempFolder;
let router: BriefingRouter;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('library-pages');
  ({ router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

const page = (request: { revision?: number; after: number; limit: number }) => libraryPage(router, request);
const annotate = () => annotateEveryPagedList(router);

describe('the library in pages', () => {
  it('adds up to exactly one getLibrary, whatever the page size', async () => {
    await annotate();
    const whole = await call(router, 'getLibrary', {});
    for (const limit of [1, 2, 7, libraryPageMaxRecords]) {
      const pages: number[] = [];
      const read = await readLibraryInPages(page, limit, (answer) => pages.push(answer.revision));
      expect(read).toEqual(whole);
      expect(new Set(pages)).toEqual(new Set([whole.revision]));
      // One record a page: every card, own card, card-tag entry, highlight and note.
      if (limit === 1) expect(pages.length).toBe(whole.facts.length + 6);
    }
  });

  it('cuts every later page from the saved state the first page read, while changes are saved in between', async () => {
    await annotate();
    const before = await call(router, 'getLibrary', {});
    const first = await page({ after: 0, limit: 3 });
    // Saved between the first page and the rest: a note edited, one removed, a card starred.
    const answers = [
      await call(router, 'updateNote', { noteId: 'note-page-2', markdown: 'Edited while reading' }),
      await call(router, 'deleteNote', { noteId: 'note-page-0' }),
      await call(router, 'setStarred', { factId: before.facts[0]?.id ?? '', starred: true }),
    ];
    const read = await readLibraryInPages(
      (request) => (request.revision === undefined ? Promise.resolve(first) : page(request)),
      3,
    );
    expect(read).toEqual(before);
    // The window applies those answers on top, as it does on a whole library: it then equals a fresh read.
    let user = read.user;
    for (const answer of answers) user = applyPatch(user, answer.changed);
    const after = await call(router, 'getLibrary', {});
    expect(user).toEqual(after.user);
    expect(answers.at(-1)?.revision).toBe(after.revision);
  });

  it('starts the reading again when its revision is no longer kept', async () => {
    await annotate();
    const stale = await page({ after: 0, limit: 2 });
    // Two newer readings push the first one out.
    for (const markdown of ['One', 'Two']) {
      await call(router, 'updateNote', { noteId: 'note-page-1', markdown });
      await page({ after: 0, limit: 2 });
    }
    await callFails(router, 'getLibraryPage', { revision: stale.revision, after: 2, limit: 2 }, 'not-found');
    let firstPages = 0;
    const read = await readLibraryInPages(async (request) => {
      if (request.revision === undefined && firstPages++ === 0) return stale;
      return page(request);
    }, 2);
    expect(firstPages).toBe(2);
    expect(read).toEqual(await call(router, 'getLibrary', {}));
  });

  it('refuses pages of nothing, of too much, a later page without its reading, and anything else in the request', async () => {
    for (const limit of [0, -1, 2.5, libraryPageMaxRecords + 1]) {
      await callFails(router, 'getLibraryPage', { after: 0, limit }, 'invalid-request');
    }
    await callFails(router, 'getLibraryPage', { after: -1, limit: 10 }, 'invalid-request');
    await callFails(router, 'getLibraryPage', { after: 5, limit: 10 }, 'invalid-request');
    await callFails(router, 'getLibraryPage', { after: 0, limit: 10, all: true }, 'invalid-request');
    await callFails(router, 'getLibraryPage', { revision: 999, after: 0, limit: 10 }, 'not-found');
  });
});
