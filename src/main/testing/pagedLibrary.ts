import { describeRange } from '../../shared/annotation/textSelectors';
import type { BriefingRouter } from '../ipc/openBriefingRouter';
import { call } from './routerCalls';

/** TEST ONLY. One page of the library, as the window asks for it. */
export const libraryPage = (router: BriefingRouter, request: { revision?: number; after: number; limit: number }) =>
  call(router, 'getLibraryPage', request);

/** TEST ONLY. Something in every paged list: own cards, card tags, highlights, notes (and a star). */
export async function annotateEveryPagedList(router: BriefingRouter): Promise<void> {
  const { facts } = await call(router, 'getLibrary', {});
  const [first, second] = facts;
  if (!first || !second) throw new Error('the seed has fewer than two cards');
  await call(router, 'createTag', { id: 'tag-ask', name: 'Ask', color: 'amber', applyTo: first.id });
  await call(router, 'setStarred', { factId: second.id, starred: true });
  for (const [index, fact] of [first, second, first].entries()) {
    await call(router, 'createNote', { id: `note-page-${index}`, factId: fact.id, markdown: `Note ${index}` });
  }
  await call(router, 'createHighlight', {
    id: 'highlight-page',
    factId: first.id,
    target: describeRange(first.body, 0, Math.min(8, first.body.length)),
    color: 'yellow',
  });
  await call(router, 'createCard', {
    id: 'user-page-card',
    card: { topic: first.topic, title: 'Ours', body: 'Our own card, read in pages.', figures: [], people: [] },
  });
}
