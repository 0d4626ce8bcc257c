import { emptyUserData } from '../../shared/schema/database';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor } from '../../shared/annotation/anchorHighlight';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { RequestOf } from '../../shared/contract';
import type { UserData } from '../../shared/schema/database';
import { call, callFails, create } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import type { BriefingRouter } from './openBriefingRouter';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { savedBytes, savedDatabase } from '../testing/savedFiles';

let dataDirectory: string;
let router: BriefingRouter;

let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('cards');
  ({ dataDirectory, router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

async function reopened(): Promise<UserData> {
  return (await savedDatabase(dataDirectory)).user;
}

const body =
  'The delegations met in Seoul on 17 August. Trade reached four billion dollars last year. ' +
  'Both sides agreed to expand cooperation in energy.';
const quoted = 'Trade reached four billion dollars';

function card(text = body): RequestOf<'createCard'>['card'] {
  return { topic: 'trade-investment', title: 'My trade card', body: text, figures: [], people: [] };
}

let cardSequence = 0;
const newCard = (input = card()) => create(router, 'createCard', { id: `user-${++cardSequence}`, card: input });

describe('own cards', () => {
  it('creates a card of the user’s own, kept apart from the shipped ones', async () => {
    const answer = await call(router, 'createCard', {
      id: 'user-mine',
      card: {
        ...card(),
        figures: [{ display: 'USD 4 billion', measures: 'Trade in 2020' }],
        people: [{ name: 'Moon Jae-in', role: 'President of South Korea' }],
      },
    });
    const fact = answer.changed.ownFacts!.upserted[0]!;
    const history = answer.history;
    expect(fact).toMatchObject({
      id: 'user-mine',
      origin: 'user',
      title: 'My trade card',
      summary: 'The delegations met in Seoul on 17 August.',
      body,
      figures: [{ value: 4, display: 'USD 4 billion', measures: 'Trade in 2020' }],
      people: [{ name: 'Moon Jae-in', role: 'President of South Korea' }],
    });
    expect(fact).not.toHaveProperty('sourceId');
    expect(history.canUndo).toBe(true);
    expect((await reopened()).ownFacts).toEqual([fact]);
    expect((await call(router, 'getLibrary', {})).facts.map((seedFact) => seedFact.id)).not.toContain(fact.id);
  });

  it('refuses a card without a title or text', async () => {
    await callFails(router, 'createCard', { id: 'user-1', card: { ...card(), title: '  ' } }, 'invalid-request');
    await callFails(router, 'createCard', { id: 'user-1', card: { ...card(), body: '' } }, 'invalid-request');
    // A new card's id must be made for a card of the user's own.
    await callFails(router, 'createCard', { id: 'note-1', card: card() }, 'invalid-request');
    expect((await reopened()).ownFacts).toEqual([]);
  });

  it('updates an own card and saves it', async () => {
    const fact = await newCard();
    const updated = await call(router, 'updateCard', {
      factId: fact.id,
      card: { ...card('New text.'), title: 'Renamed', summary: 'My summary' },
    });
    const updatedFact = updated.changed.ownFacts!.upserted[0];
    expect(updatedFact).toEqual({ ...fact, title: 'Renamed', summary: 'My summary', body: 'New text.' });
    expect(updated.changed.highlights).toBeUndefined();
    expect((await reopened()).ownFacts).toEqual([updatedFact]);
  });

  it('refuses to edit or delete a shipped card as read-only, and an unknown one as not-found', async () => {
    const before = await savedBytes(dataDirectory);
    for (const channel of ['updateCard', 'deleteCard'] as const) {
      const payload = channel === 'updateCard' ? { factId: 'trade-volume', card: card() } : { factId: 'trade-volume' };
      const error = await callFails(router, channel, payload, 'invalid-request');
      expect(error.message).toMatch(/read-only/);
      const missing = channel === 'updateCard' ? { factId: 'user-404', card: card() } : { factId: 'user-404' };
      await callFails(router, channel, missing, 'not-found');
    }
    await router.flush();
    expect(await savedBytes(dataDirectory)).toEqual(before);
  });

  it('deletes a card with its notes, highlights, tags and star, and nobody else’s', async () => {
    const fact = await newCard();
    const tag = await create(router, 'createTag', { id: 'tag-1', name: 'Energy', color: 'green' });
    const start = body.indexOf(quoted);
    await call(router, 'createNote', { id: 'note-1', factId: fact.id, markdown: 'mine' });
    await call(router, 'createHighlight', {
      id: 'highlight-1',
      factId: fact.id,
      target: describeRange(body, start, start + quoted.length),
      color: 'green',
    });
    await call(router, 'setCardTags', { factId: fact.id, tagIds: [tag.id] });
    await call(router, 'setStarred', { factId: fact.id, starred: true });
    // The same kinds of annotation on a shipped card must survive.
    const otherNote = await create(router, 'createNote', { id: 'note-2', factId: 'enterprises', markdown: 'other' });
    await call(router, 'setCardTags', { factId: 'enterprises', tagIds: [tag.id] });
    await call(router, 'setStarred', { factId: 'enterprises', starred: true });

    expect((await call(router, 'deleteCard', { factId: fact.id })).changed).toMatchObject({
      ownFacts: { upserted: [], removed: [fact.id] },
      notes: { upserted: [], removed: ['note-1'] },
      highlights: { upserted: [], removed: ['highlight-1'] },
      starred: ['enterprises'],
      cardTags: { upserted: [], removed: [fact.id] },
    });

    const user = await reopened();
    expect(user).toEqual({
      ...emptyUserData,
      ownFacts: [],
      starred: ['enterprises'],
      notes: [otherNote],
      highlights: [],
      tags: [tag],
      cardTags: { enterprises: [tag.id] },
      briefs: [],
      sources: [],
      collections: [],
    });
  });
});

describe('re-anchoring highlights when an own card is edited', () => {
  /** The card's highlights after the edit, as the main process now holds them. */
  async function updatedHighlights(factId: string, input: RequestOf<'updateCard'>['card']) {
    await call(router, 'updateCard', { factId, card: input });
    return (await call(router, 'getLibrary', {})).user.highlights.filter((highlight) => highlight.factId === factId);
  }

  async function highlightedCard() {
    const fact = await newCard();
    const start = body.indexOf(quoted);
    const highlight = await create(router, 'createHighlight', {
      id: 'highlight-1',
      factId: fact.id,
      target: describeRange(body, start, start + quoted.length),
      color: 'yellow',
      comment: 'the headline figure',
    });
    return { fact, highlight };
  }

  it('moves a highlight when text is added before it', async () => {
    const { fact, highlight } = await highlightedCard();
    const newBody = `In a warm atmosphere, ${body}`;

    const highlights = await updatedHighlights(fact.id, card(newBody));

    const start = newBody.indexOf(quoted);
    const moved = { ...highlight, target: describeRange(newBody, start, start + quoted.length) };
    expect(highlights).toEqual([moved]);
    expect(moved.target.position.start).toBe(highlight.target.position.start + 'In a warm atmosphere, '.length);
    expect((await reopened()).highlights).toEqual([moved]);
  });

  it('keeps a highlight whose words were edited, where the anchoring module finds them or as an orphan', async () => {
    const { fact, highlight } = await highlightedCard();
    const newBody = body.replace(quoted, 'Trade reached nearly four billion US dollars');

    const highlights = await updatedHighlights(fact.id, card(newBody));

    const found = anchor(newBody, highlight.target);
    const expected = found ? { ...highlight, target: describeRange(newBody, found.start, found.end) } : highlight;
    expect(highlights).toEqual([expected]);
    if (found) expect(found.method).toBe('fuzzy');
    expect((await reopened()).highlights).toEqual([expected]);
  });

  it('keeps an orphaned highlight with its old target when its words are removed', async () => {
    const { fact, highlight } = await highlightedCard();
    const newBody = 'The delegations met in Seoul on 17 August. Both sides agreed to expand cooperation in energy.';
    expect(anchor(newBody, highlight.target)).toBeNull();

    const highlights = await updatedHighlights(fact.id, card(newBody));

    expect(highlights).toEqual([highlight]);
    expect((await reopened()).highlights).toEqual([highlight]);
  });

  it('leaves the highlights of other cards alone', async () => {
    const { fact } = await highlightedCard();
    const tradeBody = sampleSeed().facts[1]!.body;
    const onSeedCard = await create(router, 'createHighlight', {
      id: 'highlight-2',
      factId: 'trade-volume',
      target: describeRange(tradeBody, 0, 12),
      color: 'pink',
    });

    const highlights = await updatedHighlights(fact.id, card('Completely new.'));

    expect(highlights.map((highlight) => highlight.factId)).toEqual([fact.id]);
    expect((await reopened()).highlights).toContainEqual(onSeedCard);
  });
});
