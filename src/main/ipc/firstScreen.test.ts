import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstScreenMaxCards, firstScreenOf } from '../../shared/firstScreen';
import { allFacts, factsInSelection, selectionCounts } from '../../shared/librarySelection';
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
  opened = await openRouterOnTempFolder('first-screen');
  ({ router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

describe('the first screen', () => {
  it('is the first cards of the remembered topic with their notes, and the counts of the whole library', async () => {
    const full = await call(router, 'getLibrary', {});
    const [first, second] = full.facts;
    if (!first || !second) throw new Error('the seed has fewer than two cards');
    await call(router, 'createNote', { id: 'note-first-screen', factId: first.id, markdown: 'On the first card' });
    await call(router, 'setStarred', { factId: second.id, starred: true });
    await call(router, 'updateSettings', { lastTopic: first.topic });
    const library = await call(router, 'getLibrary', {});

    const screen = await call(router, 'getFirstScreen', { limit: 2 });
    const expected = factsInSelection(allFacts(library), library.user, first.topic).slice(0, 2);
    expect(screen.selection).toBe(first.topic);
    expect(allFacts(screen.library).map((fact) => fact.id)).toEqual(expected.map((fact) => fact.id));
    expect(screen.total).toBe(factsInSelection(allFacts(library), library.user, first.topic).length);
    expect(screen.counts).toEqual(Object.fromEntries(selectionCounts(allFacts(library), library.user)));
    expect(screen.library.user.notes.map((note) => note.id)).toEqual(['note-first-screen']);
    expect(screen.library.user.starred).toEqual(library.user.starred);
    expect(screen.library.revision).toBe(library.revision);
  });

  it('refuses a page size of nothing or of more than a screenful, and a request with anything else', async () => {
    for (const limit of [0, -1, 1.5, firstScreenMaxCards + 1]) {
      await callFails(router, 'getFirstScreen', { limit }, 'invalid-request');
    }
    await callFails(router, 'getFirstScreen', { limit: 10, all: true }, 'invalid-request');
  });
});

describe('the first screen of a library with imported articles and a study log', () => {
  it('carries only the articles its cards cite, and never the study log', async () => {
    const library = await call(router, 'getLibrary', {});
    const [first] = allFacts(library);
    if (!first) throw new Error('the seed has no cards');
    // Only the shape firstScreenOf reads: ids, a card's sourceId, the log's length.
    const cited = { id: 'source-cited', text: 'x'.repeat(1000) };
    const uncited = { id: 'source-elsewhere', text: 'y'.repeat(1_000_000) };
    const own = { ...first, id: 'own-from-article', origin: 'user' as const, sourceId: cited.id };
    const withArticles = {
      ...library,
      settings: { ...library.settings, lastTopic: first.topic },
      user: {
        ...library.user,
        ownFacts: [own],
        sources: [cited, uncited],
        studyLog: [{ id: 'review-1' }],
      },
    } as unknown as typeof library;
    const screen = firstScreenOf(withArticles, firstScreenMaxCards);
    expect(allFacts(screen.library).map((fact) => fact.id)).toContain(own.id);
    expect(screen.library.user.sources.map((source) => source.id)).toEqual([cited.id]);
    expect(screen.library.user.studyLog).toEqual([]);
  });
});
