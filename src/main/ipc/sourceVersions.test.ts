import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSeed } from '../domain/seed';
import { call, callFails } from '../testing/routerCalls';
import { savedBytes } from '../testing/savedFiles';
import { quoteFromSelection, readingView, shippedCollectionId, type SourceRecord } from '../../shared/sources';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

/**
 * A new version of a source, and the user's cards carried over to it, through the real router and store on a temp
 * folder: refused imports change nothing, a carry is one undoable change, and a fresh start shows what it answered.
 */
const shippedSeed = parseSeed(
  JSON.parse(readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);

let folder: string;
let dataDirectory: string;
const routers: BriefingRouter[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-source-versions-'));
  dataDirectory = join(folder, 'data');
});

afterEach(async () => {
  await Promise.all(routers.splice(0).map((router) => router.close()));
  await rm(folder, { recursive: true, force: true });
});

async function open(): Promise<BriefingRouter> {
  const router = await openBriefingRouter({ dataDirectory, seed: shippedSeed, store: { writeDelayMs: 1 } });
  routers.push(router);
  return router;
}

const original = [
  'Forum in Almaty',
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
  'A second meeting is planned for the autumn in Seoul.',
];
/** One paragraph inserted above the quote, and the last one reworded. */
const corrected = [
  original[0]!,
  'Correction: an earlier version of this article gave the wrong date for the meeting.',
  ...original.slice(1, 3),
  'A second meeting is planned for the spring in Busan.',
];
const quoteWords = 'carry 2 million tonnes of freight a year by 2030';

async function importText(
  router: BriefingRouter,
  paragraphs: string[],
  title: string,
  options: { collectionId?: string; supersedes?: string } = {},
) {
  const draft = await call(router, 'readPastedSource', { text: paragraphs.join('\n\n') });
  const { collectionId = shippedCollectionId, supersedes } = options;
  return call(router, 'importSource', {
    token: draft.token,
    collectionId,
    metadata: { title, outlet: 'The Steppe Courier' },
    ...(supersedes ? { supersedes } : {}),
  });
}

async function sourceOf(router: BriefingRouter, sourceId: string): Promise<SourceRecord> {
  const found = (await call(router, 'getLibrary', {})).user.sources.find((source) => source.id === sourceId);
  if (!found) throw new Error(`no source ${sourceId}`);
  return found;
}

const card = (title: string) => ({
  topic: 'trade-investment' as const,
  title,
  body: `${title}, in the user’s own words.`,
  figures: [],
  people: [],
});

async function quotingCard(router: BriefingRouter, source: SourceRecord, id: string, extra: number[] = []) {
  const start = readingView(source).text.indexOf(quoteWords);
  const quote = quoteFromSelection(source, start, start + quoteWords.length);
  await call(router, 'createCard', {
    id,
    card: {
      ...card('A freight corridor'),
      source: {
        sourceId: source.id,
        paragraphs: [...quote.paragraphs, ...extra],
        quote: { text: quote.text, target: quote.target },
        outlet: 'The Steppe Courier',
      },
    },
  });
}

/** The call is refused with `code`; the saved files and the library are as they were. */
async function refusedUnchanged(router: BriefingRouter, name: 'importSource' | 'carryCards', payload: unknown) {
  await router.flush();
  const before = await savedBytes(dataDirectory);
  const libraryBefore = await call(router, 'getLibrary', {});
  const error = await router.handle(name, payload);
  await router.flush();
  expect(await savedBytes(dataDirectory)).toEqual(before);
  expect(await call(router, 'getLibrary', {})).toEqual(libraryBefore);
  if (error.ok) throw new Error(`${name} was not refused`);
  return error.error;
}

describe('importing a new version of a source', () => {
  it('stores the new version pointing at the old one; the old one can then not be removed', async () => {
    const router = await open();
    const old = await importText(router, original, 'Forum in Almaty');
    const newer = await importText(router, corrected, 'Forum in Almaty (corrected)', { supersedes: old.sourceId });
    expect(newer.changed.sources!.upserted[0]).toMatchObject({ id: newer.sourceId, supersedes: old.sourceId });
    const error = await callFails(router, 'removeSource', { sourceId: old.sourceId }, 'invalid-request');
    expect(error.message).toMatch(/newer version of “Forum in Almaty” and points at it/);
  });

  it('is a new version of the shipped article too', async () => {
    const router = await open();
    const article = shippedSeed.sources.find((source) => source.kind === 'article')!;
    const newer = await importText(router, original, 'The summit, corrected', { supersedes: article.id });
    expect((await sourceOf(router, newer.sourceId)).supersedes).toBe(article.id);
  });

  it('refuses a new version in another collection, of an old one already superseded, or of an unknown source', async () => {
    const router = await open();
    const old = await importText(router, original, 'Forum in Almaty');
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });

    const elsewhere = await call(router, 'readPastedSource', { text: corrected.join('\n\n') });
    const across = await refusedUnchanged(router, 'importSource', {
      token: elsewhere.token,
      collectionId,
      metadata: { title: 'Corrected' },
      supersedes: old.sourceId,
    });
    expect(across).toMatchObject({ code: 'invalid-request' });
    expect(across.message).toBe(
      'A new version belongs in the collection of the article it replaces, “Forum in Almaty”. Nothing was changed.',
    );

    await importText(router, corrected, 'Forum in Almaty (corrected)', { supersedes: old.sourceId });
    const third = await call(router, 'readPastedSource', { text: [...corrected, 'An update.'].join('\n\n') });
    const twice = await refusedUnchanged(router, 'importSource', {
      token: third.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Corrected again' },
      supersedes: old.sourceId,
    });
    expect(twice.message).toMatch(
      /^“Forum in Almaty” already has a newer version, “Forum in Almaty \(corrected\)”; import this one as a new version of that\. Nothing was changed\.$/,
    );

    const unknown = await refusedUnchanged(router, 'importSource', {
      token: third.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Corrected again' },
      supersedes: 'source-missing',
    });
    expect(unknown).toMatchObject({ code: 'not-found' });
    expect(unknown.message).toMatch(/no longer exists\. Nothing was changed\.$/);
  });
});

describe('carrying cards over to a new version', () => {
  async function twoVersionsWithCards(router: BriefingRouter) {
    const old = await importText(router, original, 'Forum in Almaty');
    const oldSource = await sourceOf(router, old.sourceId);
    await quotingCard(router, oldSource, 'user-freight', [2]);
    await quotingCard(router, oldSource, 'user-autumn', [4]);
    await call(router, 'createCard', {
      id: 'user-ministers',
      card: { ...card('Ministers met'), source: { sourceId: old.sourceId, paragraphs: [2] } },
    });
    const newer = await importText(router, corrected, 'Forum in Almaty (corrected)', { supersedes: old.sourceId });
    return { oldId: old.sourceId, newId: newer.sourceId };
  }

  it('previews which cards move and why the others stay, changing nothing', async () => {
    const router = await open();
    const { oldId, newId } = await twoVersionsWithCards(router);
    await router.flush();
    const before = await savedBytes(dataDirectory);
    const plan = await call(router, 'previewCarryCards', { sourceId: newId });
    expect(plan).toEqual({
      oldSourceId: oldId,
      newSourceId: newId,
      moves: [
        { cardId: 'user-freight', title: 'A freight corridor', paragraphs: [4, 3] },
        { cardId: 'user-ministers', title: 'Ministers met', paragraphs: [3] },
      ],
      stays: [
        { cardId: 'user-autumn', title: 'A freight corridor', reason: { kind: 'paragraph-missing', paragraph: 4 } },
      ],
    });
    expect(await savedBytes(dataDirectory)).toEqual(before);
  });

  it('moves what the plan says as one change; one undo puts every card back; a fresh start shows the answer', async () => {
    const router = await open();
    const { oldId, newId } = await twoVersionsWithCards(router);
    const cardsBefore = (await call(router, 'getLibrary', {})).user.ownFacts;

    const answer = await call(router, 'carryCards', { sourceId: newId });
    expect(answer).toMatchObject({ moved: 2, stayed: 1 });
    const upserted = answer.changed.ownFacts!.upserted;
    expect(upserted.map((fact) => [fact.id, fact.sourceId, fact.paragraphs])).toEqual([
      ['user-freight', newId, [4, 3]],
      ['user-ministers', newId, [3]],
    ]);
    const freight = upserted.find((fact) => fact.id === 'user-freight')!;
    expect(freight.quote).toEqual({ text: quoteWords, paragraph: 4 });
    expect(freight.attributions).toEqual([{ sourceId: newId, label: 'Reported by The Steppe Courier', paragraph: 4 }]);
    const newView = readingView(await sourceOf(router, newId));
    expect(newView.text.slice(freight.quoteTarget!.position.start, freight.quoteTarget!.position.end)).toBe(quoteWords);

    const after = (await call(router, 'getLibrary', {})).user.ownFacts;
    expect(after.find((fact) => fact.id === 'user-autumn')).toEqual(cardsBefore.find((f) => f.id === 'user-autumn'));
    expect(after.find((fact) => fact.id === 'user-freight')).toEqual(freight);

    // Nothing is left to move: asking again is refused and changes nothing.
    const again = await refusedUnchanged(router, 'carryCards', { sourceId: newId });
    expect(again.message).toMatch(/can move.*Nothing was changed\.$/);

    const undone = await call(router, 'undo', {});
    expect(undone.history.canUndo).toBe(true);
    expect((await call(router, 'getLibrary', {})).user.ownFacts).toEqual(cardsBefore);
    expect(cardsBefore.every((fact) => fact.sourceId === oldId)).toBe(true);

    await call(router, 'redo', {});
    await router.close();
    routers.splice(routers.indexOf(router), 1);
    const fresh = await open();
    expect((await call(fresh, 'getLibrary', {})).user.ownFacts).toEqual(after);
  });

  it('refuses a source that is no new version, or is unknown, with nothing changed', async () => {
    const router = await open();
    const old = await importText(router, original, 'Forum in Almaty');
    const notNewer = await refusedUnchanged(router, 'carryCards', { sourceId: old.sourceId });
    expect(notNewer).toMatchObject({ code: 'invalid-request' });
    expect(notNewer.message).toMatch(/not a new version.*Nothing was changed\.$/);
    const unknown = await refusedUnchanged(router, 'carryCards', { sourceId: 'source-missing' });
    expect(unknown).toMatchObject({ code: 'not-found' });
    const newer = await importText(router, corrected, 'Corrected', { supersedes: old.sourceId });
    const none = await refusedUnchanged(router, 'carryCards', { sourceId: newer.sourceId });
    expect(none.message).toMatch(/No card of yours cites the earlier version.*Nothing was changed\.$/);
    const bad = await refusedUnchanged(router, 'carryCards', { sourceId: newer.sourceId, plan: [] });
    expect(bad).toMatchObject({ code: 'invalid-request' });
  });
});
