import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../shared/annotation/textSelectors';
import type { RequestOf } from '../../shared/contract';
import type { UserData } from '../../shared/schema/database';
import { openFactStore } from '../domain/factStore';
import { call, callFails } from '../testing/routerCalls';
import { sampleSeed } from '../testing/sampleSeed';
import type { BriefingRouter } from './openBriefingRouter';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';

let dataDirectory: string;
let filePath: string;
let router: BriefingRouter;

let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('cards');
  ({ dataDirectory, filePath, router } = opened);
});

afterEach(() => closeRouterOnTempFolder(opened));

async function reopened(): Promise<UserData> {
  return (await openFactStore({ dataDirectory, seed: sampleSeed() })).library().user;
}

const body =
  'The delegations met in Seoul on 17 August. Trade reached four billion dollars last year. ' +
  'Both sides agreed to expand cooperation in energy.';
const quoted = 'Trade reached four billion dollars';

function card(text = body): RequestOf<'createCard'> {
  return { topic: 'trade-investment', title: 'My trade card', body: text, figures: [], people: [] };
}

describe('own cards', () => {
  it('creates a card of the user’s own, kept apart from the shipped ones', async () => {
    const { fact, history } = await call(router, 'createCard', {
      ...card(),
      figures: [{ display: 'USD 4 billion', measures: 'Trade in 2020' }],
      people: [{ name: 'Moon Jae-in', role: 'President of South Korea' }],
    });
    expect(fact).toMatchObject({
      id: expect.stringMatching(/^user-/),
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
    await callFails(router, 'createCard', { ...card(), title: '  ' }, 'invalid-request');
    await callFails(router, 'createCard', { ...card(), body: '' }, 'invalid-request');
    expect((await reopened()).ownFacts).toEqual([]);
  });

  it('updates an own card and saves it', async () => {
    const { fact } = await call(router, 'createCard', card());
    const updated = await call(router, 'updateCard', {
      factId: fact.id,
      card: { ...card('New text.'), title: 'Renamed', summary: 'My summary' },
    });
    expect(updated.fact).toEqual({ ...fact, title: 'Renamed', summary: 'My summary', body: 'New text.' });
    expect(updated.highlights).toEqual([]);
    expect((await reopened()).ownFacts).toEqual([updated.fact]);
  });

  it('refuses to edit or delete a shipped card as read-only, and an unknown one as not-found', async () => {
    const before = await readFile(filePath, 'utf8');
    for (const channel of ['updateCard', 'deleteCard'] as const) {
      const payload = channel === 'updateCard' ? { factId: 'trade-volume', card: card() } : { factId: 'trade-volume' };
      const error = await callFails(router, channel, payload, 'invalid-request');
      expect(error.message).toMatch(/read-only/);
      const missing = channel === 'updateCard' ? { factId: 'user-404', card: card() } : { factId: 'user-404' };
      await callFails(router, channel, missing, 'not-found');
    }
    await router.flush();
    expect(await readFile(filePath, 'utf8')).toBe(before);
  });

  it('deletes a card with its notes, highlights, tags and star, and nobody else’s', async () => {
    const { fact } = await call(router, 'createCard', card());
    const tag = (await call(router, 'createTag', { name: 'Energy', color: 'green' })).tag;
    const start = body.indexOf(quoted);
    await call(router, 'createNote', { factId: fact.id, markdown: 'mine' });
    await call(router, 'createHighlight', {
      factId: fact.id,
      target: describeRange(body, start, start + quoted.length),
      color: 'green',
    });
    await call(router, 'setCardTags', { factId: fact.id, tagIds: [tag.id] });
    await call(router, 'setStarred', { factId: fact.id, starred: true });
    // The same kinds of annotation on a shipped card must survive.
    const otherNote = (await call(router, 'createNote', { factId: 'enterprises', markdown: 'other' })).note;
    await call(router, 'setCardTags', { factId: 'enterprises', tagIds: [tag.id] });
    await call(router, 'setStarred', { factId: 'enterprises', starred: true });

    expect(await call(router, 'deleteCard', { factId: fact.id })).toMatchObject({ factId: fact.id });

    const user = await reopened();
    expect(user).toEqual({
      ownFacts: [],
      starred: ['enterprises'],
      notes: [otherNote],
      highlights: [],
      tags: [tag],
      cardTags: { enterprises: [tag.id] },
    });
  });
});

describe('re-anchoring highlights when an own card is edited', () => {
  async function highlightedCard() {
    const { fact } = await call(router, 'createCard', card());
    const start = body.indexOf(quoted);
    const { highlight } = await call(router, 'createHighlight', {
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

    const { highlights } = await call(router, 'updateCard', { factId: fact.id, card: card(newBody) });

    const start = newBody.indexOf(quoted);
    const moved = { ...highlight, target: describeRange(newBody, start, start + quoted.length) };
    expect(highlights).toEqual([moved]);
    expect(moved.target.position.start).toBe(highlight.target.position.start + 'In a warm atmosphere, '.length);
    expect((await reopened()).highlights).toEqual([moved]);
  });

  it('keeps a highlight whose words were edited, where the anchoring module finds them or as an orphan', async () => {
    const { fact, highlight } = await highlightedCard();
    const newBody = body.replace(quoted, 'Trade reached nearly four billion US dollars');

    const { highlights } = await call(router, 'updateCard', { factId: fact.id, card: card(newBody) });

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

    const { highlights } = await call(router, 'updateCard', { factId: fact.id, card: card(newBody) });

    expect(highlights).toEqual([highlight]);
    expect((await reopened()).highlights).toEqual([highlight]);
  });

  it('leaves the highlights of other cards alone', async () => {
    const { fact } = await highlightedCard();
    const tradeBody = sampleSeed().facts[1]!.body;
    const { highlight: onSeedCard } = await call(router, 'createHighlight', {
      factId: 'trade-volume',
      target: describeRange(tradeBody, 0, 12),
      color: 'pink',
    });

    const { highlights } = await call(router, 'updateCard', { factId: fact.id, card: card('Completely new.') });

    expect(highlights.map((highlight) => highlight.factId)).toEqual([fact.id]);
    expect((await reopened()).highlights).toContainEqual(onSeedCard);
  });
});
