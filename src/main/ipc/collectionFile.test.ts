import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { UserData } from '../../shared/schema/database';
import { quoteFromSelection, readingView, shippedCollectionId } from '../../shared/sources';
import { parseSeed } from '../domain/seed';
import { call, callFails } from '../testing/routerCalls';
import { savedBytes } from '../testing/savedFiles';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

/**
 * A collection passed from one laptop to another: made on computer A through the real router and store, exported
 * as one file, imported on a fresh computer B, each on its own temp folder.
 */
const shippedSeed = parseSeed(
  JSON.parse(readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);
const shippedCardId = shippedSeed.facts[0]!.id;
const pasted = [
  'Ministers met in Astana in May 2024 to review the freight corridor.',
  'The corridor is to carry 2 million tonnes of freight a year by 2030, the ministry said.',
].join('\n\n');
const cardBody = 'Both sides will study a freight corridor that is to carry two million tonnes a year by 2030.';

let folder: string;
let chosen: string | undefined;
let suggested: string | undefined;
const routers: BriefingRouter[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-collection-file-'));
  chosen = undefined;
});

afterEach(async () => {
  await Promise.all(routers.splice(0).map((router) => router.close()));
  await rm(folder, { recursive: true, force: true });
});

async function computer(name: string): Promise<BriefingRouter> {
  const router = await openBriefingRouter({
    dataDirectory: join(folder, name),
    seed: shippedSeed,
    store: { writeDelayMs: 1 },
    dialogs: {
      chooseSavePath: async ({ defaultName }) => {
        suggested = defaultName;
        return chosen;
      },
      chooseOpenPath: async () => chosen,
    },
  });
  routers.push(router);
  return router;
}

/** On A: a collection with a source, a card of the user's own from it, and everything one writes on a card. */
async function makeCollection(router: BriefingRouter) {
  const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
  const draft = await call(router, 'readPastedSource', { text: pasted });
  const { sourceId, changed } = await call(router, 'importSource', {
    token: draft.token,
    collectionId,
    metadata: { title: 'Corridor talks', outlet: 'The Steppe Courier' },
  });
  const source = changed.sources!.upserted[0]!;
  const quoteText = 'carry 2 million tonnes of freight';
  const start = readingView(source).text.indexOf(quoteText);
  const quote = quoteFromSelection(source, start, start + quoteText.length);
  await call(router, 'createCard', {
    id: 'user-corridor',
    card: {
      topic: 'trade-investment',
      title: 'A freight corridor',
      body: cardBody,
      figures: [{ display: '2 million tonnes', measures: 'Freight a year by 2030' }],
      people: [],
      source: { sourceId, paragraphs: quote.paragraphs, quote: { text: quote.text, target: quote.target } },
    },
  });
  await call(router, 'createNote', {
    id: 'note-corridor',
    factId: 'user-corridor',
    markdown: 'Ask when the corridor opens to freight from Busan.',
  });
  const wordStart = cardBody.indexOf('freight corridor');
  await call(router, 'createHighlight', {
    id: 'highlight-corridor',
    factId: 'user-corridor',
    target: describeRange(cardBody, wordStart, wordStart + 'freight corridor'.length),
    color: 'yellow',
  });
  await call(router, 'createTag', { id: 'tag-corridor', name: 'Logistics', color: 'amber', applyTo: 'user-corridor' });
  await call(router, 'setStarred', { factId: 'user-corridor', starred: true });
  const { item } = await call(router, 'createStudyItem', {
    id: 'study-item-corridor',
    from: { noteId: 'note-corridor' },
  });
  await call(router, 'rateStudyItem', { id: 'review-corridor', itemId: item.id, rating: 'good', shownAfter: null });
  return { collectionId, sourceId };
}

/** On A, outside the collection: what must never travel with it. */
async function annotateTheSummit(router: BriefingRouter) {
  await call(router, 'createNote', { id: 'note-summit', factId: shippedCardId, markdown: 'Summit only.' });
  await call(router, 'createTag', { id: 'tag-summit', name: 'Summit', color: 'blue', applyTo: shippedCardId });
  await call(router, 'setStarred', { factId: shippedCardId, starred: true });
}

/** The user data B must show after the import: A's, without study preferences, briefs and what is outside. */
const collectionPart = (user: UserData) => ({
  ownFacts: user.ownFacts,
  notes: user.notes,
  highlights: user.highlights,
  tags: user.tags,
  cardTags: user.cardTags,
  starred: user.starred,
  ownStudyItems: user.ownStudyItems,
  sources: user.sources,
  collections: user.collections,
});

describe('a collection as one file', () => {
  it('exports one collection from A, and a fresh B imports exactly it, as one undoable change', async () => {
    const a = await computer('a');
    const { collectionId } = await makeCollection(a);
    const before = (await call(a, 'getLibrary', {})).user;
    await annotateTheSummit(a);
    chosen = join(folder, 'astana');
    const saved = await call(a, 'exportCollection', { collectionId });
    expect(saved).toMatchObject({
      status: 'saved',
      filePath: join(folder, 'astana.json'),
      name: 'Astana visit 2024',
      contents: { cards: 1, sources: 1, notes: 1, highlights: 1, tags: 1, stars: 1, answers: 1, studyItems: 1 },
    });
    // The save dialog suggests a name from the collection's, not its id.
    expect(suggested).toMatch(/^summit-briefing-astana-visit-2024-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile(join(folder, 'astana.json'), 'utf8'));
    expect(file).toMatchObject({
      format: 'summit-briefing-backup',
      version: 1,
      scope: { kind: 'collection', collectionId, name: 'Astana visit 2024' },
    });
    // Nothing of the summit's collection, no briefs, no settings of A's.
    expect(JSON.stringify(file)).not.toMatch(/note-summit|tag-summit|Summit only/);
    expect(file.database.user.starred).toEqual(['user-corridor']);
    expect(file.database.user.studyLog.map((entry: { id: string }) => entry.id)).toEqual(['review-corridor']);
    expect(file.database.user.briefs).toEqual([]);

    const b = await computer('b');
    chosen = saved.status === 'saved' ? saved.filePath : undefined;
    const preview = await call(b, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('not ready');
    expect(preview.collection).toEqual({
      id: collectionId,
      name: 'Astana visit 2024',
      contents: { cards: 1, sources: 1, notes: 1, highlights: 1, tags: 1, stars: 1, answers: 1, studyItems: 1 },
    });
    expect(preview.summary).toMatchObject({
      ownCards: { added: 1, changed: 0 },
      notes: { added: 1, changed: 0 },
      sources: { added: 1, changed: 0 },
      collections: { added: 1, changed: 0 },
      studyLog: { added: 1, changed: 0 },
    });
    const imported = await call(b, 'applyImport', { token: preview.token });
    expect(imported.history.canUndo).toBe(true);
    const onB = (await call(b, 'getLibrary', {})).user;
    expect(collectionPart(onB)).toEqual(collectionPart(before));
    // The answer came along: B's study session knows the item as already answered once.
    const statistics = await call(b, 'getStudyStatistics', {});
    expect(statistics.reviewedToday).toBe(1);

    // A second import of the same file changes nothing.
    const bytes = await savedBytes(join(folder, 'b'));
    const again = await call(b, 'previewImport', {});
    if (again.status !== 'ready') throw new Error('not ready');
    expect(Object.values(again.summary).every((counts) => counts.added === 0 && counts.changed === 0)).toBe(true);
    await b.flush();
    expect(await savedBytes(join(folder, 'b'))).toEqual(bytes);

    // Undo takes the import back.
    await call(b, 'undo', {});
    const undone = (await call(b, 'getLibrary', {})).user;
    expect(collectionPart(undone)).toEqual(collectionPart((await call(await computer('c'), 'getLibrary', {})).user));
  });

  it('exports the shipped summit’s collection with the notes on shipped cards, and nothing of another collection', async () => {
    const a = await computer('a');
    await makeCollection(a);
    await annotateTheSummit(a);
    chosen = join(folder, 'summit.json');
    const saved = await call(a, 'exportCollection', { collectionId: shippedCollectionId });
    if (saved.status !== 'saved') throw new Error('not saved');
    expect(saved.contents).toMatchObject({ sources: 0, notes: 1, tags: 1, stars: 1, answers: 0 });
    expect(saved.contents.cards).toBe(shippedSeed.facts.length);
    const file = JSON.parse(await readFile(saved.filePath, 'utf8'));
    expect(file.scope).toEqual({ kind: 'collection', collectionId: shippedCollectionId, name: saved.name });
    expect(JSON.stringify(file.database.user)).not.toMatch(/corridor|Astana/);

    const b = await computer('b');
    const preview = await call(b, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('not ready');
    expect(preview.collection?.name).toBe(saved.name);
    await call(b, 'applyImport', { token: preview.token });
    const onB = (await call(b, 'getLibrary', {})).user;
    expect(onB.notes.map((note) => note.id)).toEqual(['note-summit']);
    expect(onB.collections).toEqual([]);
  });

  it('keeps a source already here as it is: a source never changes after import, whatever a file says', async () => {
    const a = await computer('a');
    const { collectionId, sourceId } = await makeCollection(a);
    chosen = join(folder, 'astana.json');
    await call(a, 'exportCollection', { collectionId });
    const b = await computer('b');
    const first = await call(b, 'previewImport', {});
    if (first.status !== 'ready') throw new Error('not ready');
    await call(b, 'applyImport', { token: first.token });
    const kept = (await call(b, 'getLibrary', {})).user.sources;

    const file = JSON.parse(await readFile(chosen, 'utf8'));
    file.database.user.sources[0].title = 'Corridor talks, retitled';
    file.database.user.collections[0].name = 'Astana visit, May 2024';
    file.scope.name = 'Astana visit, May 2024';
    chosen = join(folder, 'astana-edited.json');
    await writeFile(chosen, JSON.stringify(file));
    const second = await call(b, 'previewImport', {});
    if (second.status !== 'ready') throw new Error('not ready');
    expect(second.summary.sources).toEqual({ added: 0, changed: 0 });
    expect(second.summary.collections).toEqual({ added: 0, changed: 1 });
    await call(b, 'applyImport', { token: second.token });
    const onB = (await call(b, 'getLibrary', {})).user;
    expect(onB.sources).toEqual(kept);
    expect(onB.sources.find((source) => source.id === sourceId)?.title).toBe('Corridor talks');
    // The collection with the same id is merged into: the file's record, as for every other kind.
    expect(onB.collections.map((collection) => collection.name)).toEqual(['Astana visit, May 2024']);
  });

  it('a cancelled save writes nothing, and a collection that is gone is said before any dialog', async () => {
    const a = await computer('a');
    const { collectionId } = await makeCollection(a);
    expect(await call(a, 'exportCollection', { collectionId })).toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual(['a']);
    suggested = undefined;
    const gone = await callFails(a, 'exportCollection', { collectionId: 'collection-gone' }, 'not-found');
    expect(gone.message).toBe('That collection is no longer here, so it was not exported. Nothing was changed.');
    expect(suggested).toBeUndefined();
  });

  it('refuses a tampered file, a card whose collection is not the file’s, with nothing changed', async () => {
    const a = await computer('a');
    const { collectionId } = await makeCollection(a);
    await annotateTheSummit(a);
    chosen = join(folder, 'astana.json');
    await call(a, 'exportCollection', { collectionId });
    const file = JSON.parse(await readFile(chosen, 'utf8'));
    const tampered = [
      // A card of the user's own written for the summit, smuggled into the Astana file.
      (() => {
        const copy = structuredClone(file);
        copy.database.user.ownFacts.push({
          ...copy.database.user.ownFacts[0],
          id: 'user-smuggled',
          title: 'Smuggled',
          sourceId: undefined,
          quote: undefined,
          quoteTarget: undefined,
          attributions: undefined,
          paragraphs: undefined,
        });
        return copy;
      })(),
      // A note on a shipped card, which is in the summit's collection.
      (() => {
        const copy = structuredClone(file);
        copy.database.user.notes.push({ ...copy.database.user.notes[0], id: 'note-smuggled', factId: shippedCardId });
        return copy;
      })(),
      // A source said to be in another collection.
      (() => {
        const copy = structuredClone(file);
        copy.database.user.sources[0].collectionId = shippedCollectionId;
        return copy;
      })(),
      // A scope that does not say which collection.
      (() => {
        const copy = structuredClone(file);
        copy.scope = { kind: 'collection', name: 'Astana visit 2024' };
        return copy;
      })(),
    ];
    const b = await computer('b');
    await b.flush();
    const bytes = await savedBytes(join(folder, 'b'));
    for (const [index, content] of tampered.entries()) {
      chosen = join(folder, `tampered-${index}.json`);
      await writeFile(chosen, JSON.stringify(content));
      const error = await callFails(b, 'previewImport', {}, 'database-invalid');
      expect(error.message).toMatch(/cannot be imported: .* Nothing was changed\.$/);
    }
    const smuggled = await callFails(b, 'previewImport', {}, 'database-invalid');
    expect(smuggled.message).toContain('it says it holds one collection');
    chosen = join(folder, 'tampered-0.json');
    expect((await callFails(b, 'previewImport', {}, 'database-invalid')).message).toContain(
      'the card “Smuggled” is in another collection',
    );
    await b.flush();
    expect(await savedBytes(join(folder, 'b'))).toEqual(bytes);
  });
});
