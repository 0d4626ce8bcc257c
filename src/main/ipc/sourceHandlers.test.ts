import { readFileSync } from 'node:fs';
import { mkdtemp, open as openFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSeed } from '../domain/seed';
import { copyFixture, fixturePath } from '../domain/sources/testing/articleFixtures';
import { call, callFails } from '../testing/routerCalls';
import { savedBytes, savedDatabase } from '../testing/savedFiles';
import { quoteFromSelection, readingView, shippedCollectionId } from '../../shared/sources';
import type { OwnCardSource } from '../../shared/schema/ownCard';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

/**
 * Sources through the real router and store on a temp folder: articles chosen through the main process's open
 * dialog (answered here, as the e2e fixture answers it), confirmed, stored, undone, and refused with nothing changed.
 */
const shippedSeed = parseSeed(
  JSON.parse(readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);

let folder: string;
let dataDirectory: string;
let chosen: string | undefined;
const routers: BriefingRouter[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-source-handlers-'));
  dataDirectory = join(folder, 'data');
  chosen = undefined;
});

afterEach(async () => {
  await Promise.all(routers.splice(0).map((router) => router.close()));
  await rm(folder, { recursive: true, force: true });
});

async function open(): Promise<BriefingRouter> {
  const router = await openBriefingRouter({
    dataDirectory,
    seed: shippedSeed,
    store: { writeDelayMs: 1 },
    dialogs: { chooseSavePath: async () => chosen, chooseOpenPath: async () => chosen },
  });
  routers.push(router);
  return router;
}

/** Reads the chosen file, confirms the details the file suggested (or `title`), and saves it as a source. */
async function importChosen(router: BriefingRouter, title?: string) {
  const read = await call(router, 'readSourceFile', {});
  if (read.status !== 'ready') throw new Error('the dialog was cancelled');
  const metadata = { ...read.draft.suggested, title: title ?? read.draft.suggested.title ?? 'Untitled' };
  const answer = await call(router, 'importSource', {
    token: read.draft.token,
    collectionId: shippedCollectionId,
    metadata,
  });
  return { draft: read.draft, answer };
}

/** The call is refused with `code` and a message ending in what did not change; the window and the file are as before. */
async function expectNothingChanged(router: BriefingRouter, attempt: () => Promise<unknown>): Promise<void> {
  await router.flush();
  const before = await savedBytes(dataDirectory);
  const libraryBefore = await call(router, 'getLibrary', {});
  await attempt();
  await router.flush();
  expect(await savedBytes(dataDirectory)).toEqual(before);
  expect(await call(router, 'getLibrary', {})).toEqual(libraryBefore);
}

describe('importing an article through the main process', () => {
  it.each([
    ['article.txt', 'txt'],
    ['article.md', 'md'],
    ['article.html', 'html'],
    ['article.pdf', 'pdf'],
  ] as const)('imports %s chosen in the open dialog, and a fresh start shows the same source', async (name, kind) => {
    const router = await open();
    chosen = await copyFixture(name, join(folder, name));
    const { draft, answer } = await importChosen(router, `The summit (${kind})`);
    expect(draft.origin).toMatchObject({ kind, fileName: name });
    expect(draft.paragraphCount).toBeGreaterThanOrEqual(8);
    const stored = answer.changed.sources?.upserted ?? [];
    expect(stored.map((source) => source.id)).toEqual([answer.sourceId]);
    expect(stored[0]).toMatchObject({ title: `The summit (${kind})`, collectionId: shippedCollectionId });
    expect(stored[0]!.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stored[0]!.text).toContain('Seoul');
    expect(answer.history.canUndo).toBe(true);

    await router.close();
    const reopened = await open();
    const library = await call(reopened, 'getLibrary', {});
    expect(library.user.sources).toEqual(stored);
  });

  it('imports pasted text under the rule the user switched to, and undo and redo take it back and bring it again', async () => {
    const router = await open();
    const pasted = 'Leaders meet in Seoul\n\nThe presidents met on 17 August 2021.\nTrade reached USD 4 billion.';
    const draft = await call(router, 'readPastedSource', { text: pasted });
    expect(draft).toMatchObject({
      rule: 'blank-lines',
      paragraphCount: 2,
      suggested: { title: 'Leaders meet in Seoul' },
    });
    const lines = await call(router, 'changeSourceDraftRule', { token: draft.token, rule: 'lines' });
    expect(lines.paragraphCount).toBe(3);
    const answer = await call(router, 'importSource', {
      token: draft.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Leaders meet in Seoul', outlet: 'The Daily Test', date: '2021-08-17', url: '' },
    });
    const source = answer.changed.sources!.upserted[0]!;
    expect(source.text).toBe(pasted);
    expect(source.paragraphing.rule).toBe('lines');
    expect(source).toMatchObject({ outlet: 'The Daily Test', date: '2021-08-17', origin: { kind: 'pasted' } });
    expect(source).not.toHaveProperty('url');

    const undone = await call(router, 'undo', {});
    expect(undone.changed.sources?.removed).toEqual([source.id]);
    expect((await call(router, 'getLibrary', {})).user.sources).toEqual([]);
    await call(router, 'redo', {});
    await router.flush();
    expect((await savedDatabase(dataDirectory)).user.sources.map((item) => item.id)).toEqual([source.id]);
    // A draft is used once: saving it again is refused, and the same text twice in a collection too.
    await callFails(
      router,
      'importSource',
      { token: draft.token, collectionId: shippedCollectionId, metadata: { title: 'Again' } },
      'not-found',
    );
    const twice = await call(router, 'readPastedSource', { text: pasted });
    await expectNothingChanged(router, async () => {
      const error = await callFails(
        router,
        'importSource',
        { token: twice.token, collectionId: shippedCollectionId, metadata: { title: 'Again' } },
        'invalid-request',
      );
      expect(error.message).toMatch(/already holds this exact text.*Nothing was changed\.$/);
    });
  });

  it('makes a hostile page inert: the stored text has no markup, script, address or javascript: link', async () => {
    const router = await open();
    const page = readFileSync(fixturePath('hostile.html'), 'utf8').replaceAll('{{ORIGIN}}', 'http://127.0.0.1:9');
    chosen = join(folder, 'hostile.html');
    await writeFile(chosen, page);
    const { answer } = await importChosen(router, 'A hostile page');
    const source = answer.changed.sources!.upserted[0]!;
    expect(source.origin.kind).toBe('html');
    expect(source.text).not.toMatch(/<|>|javascript:|127\.0\.0\.1|onerror|alert\(/i);
    expect(source.paragraphs.length).toBeGreaterThan(0);
  });

  it('refuses a 25 MB file before reading it, and nothing changes', async () => {
    const router = await open();
    chosen = join(folder, 'huge.txt');
    const handle = await openFile(chosen, 'w');
    await handle.truncate(25 * 1024 * 1024);
    await handle.close();
    await expectNothingChanged(router, async () => {
      const error = await callFails(router, 'readSourceFile', {}, 'invalid-request');
      expect(error.message).toMatch(/huge\.txt/);
      expect(error.message).toMatch(/Nothing was imported\.$/);
    });
  });

  it('refuses details the user must correct, naming each field, and saves nothing', async () => {
    const router = await open();
    const draft = await call(router, 'readPastedSource', { text: 'One paragraph of text.' });
    await expectNothingChanged(router, async () => {
      const error = await callFails(
        router,
        'importSource',
        {
          token: draft.token,
          collectionId: shippedCollectionId,
          metadata: { title: ' ', date: '2021-02-30', url: 'javascript:alert(1)' },
        },
        'invalid-request',
      );
      expect(error.message).toMatch(/Nothing was imported\.$/);
      expect(error.details?.join('\n')).toMatch(/title/);
      expect(error.details?.join('\n')).toMatch(/date/);
      expect(error.details?.join('\n')).toMatch(/url/);
    });
    // The draft is still held, so the user corrects the form and saves.
    const saved = await call(router, 'importSource', {
      token: draft.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Corrected' },
    });
    expect(saved.changed.sources?.upserted[0]?.title).toBe('Corrected');
  });

  it('never removes the shipped article, and removes an imported one with undo', async () => {
    const router = await open();
    const article = shippedSeed.sources.find((source) => source.kind === 'article')!;
    await expectNothingChanged(router, async () => {
      const error = await callFails(router, 'removeSource', { sourceId: article.id }, 'invalid-request');
      expect(error.message).toMatch(/shipped with the app cannot be removed\. Nothing was changed\.$/);
    });
    const draft = await call(router, 'readPastedSource', { text: 'A short note from the embassy.' });
    const { sourceId } = await call(router, 'importSource', {
      token: draft.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Embassy note' },
    });
    const removed = await call(router, 'removeSource', { sourceId });
    expect(removed.changed.sources?.removed).toEqual([sourceId]);
    await call(router, 'undo', {});
    expect((await call(router, 'getLibrary', {})).user.sources.map((source) => source.id)).toEqual([sourceId]);
  });
});

describe('collections', () => {
  it('creates, renames and removes a collection; names are unique and the shipped summit stays', async () => {
    const router = await open();
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
    await expectNothingChanged(router, async () => {
      const error = await callFails(router, 'createCollection', { name: 'astana VISIT 2024' }, 'invalid-request');
      expect(error.message).toMatch(/already a collection called.*Nothing was changed\.$/);
    });
    await call(router, 'renameCollection', { collectionId, name: 'Astana visit, May 2024' });
    expect((await call(router, 'getLibrary', {})).user.collections).toMatchObject([
      { id: collectionId, name: 'Astana visit, May 2024' },
    ]);
    await expectNothingChanged(router, async () => {
      await callFails(router, 'removeCollection', { collectionId: shippedCollectionId }, 'invalid-request');
    });
    await call(router, 'removeCollection', { collectionId });
    expect((await call(router, 'getLibrary', {})).user.collections).toEqual([]);
  });
});

describe('cards made from a source', () => {
  const pasted = 'Forum in Almaty\n\nThe corridor would carry 2 million tonnes of freight a year by 2030.';
  const card = (source: OwnCardSource) => ({
    topic: 'trade-investment' as const,
    title: 'A freight corridor',
    body: 'Both sides will study a freight corridor.',
    figures: [{ display: '2 million tonnes', measures: 'Freight a year by 2030' }],
    people: [],
    source,
  });

  async function importedSource(router: BriefingRouter) {
    const draft = await call(router, 'readPastedSource', { text: pasted });
    const { sourceId, changed } = await call(router, 'importSource', {
      token: draft.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Forum in Almaty', outlet: 'The Steppe Courier' },
    });
    return { sourceId, source: changed.sources!.upserted[0]! };
  }

  it('stores the quote with its selectors, the paragraphs and the credit, and the source can no longer be removed', async () => {
    const router = await open();
    const { sourceId, source } = await importedSource(router);
    const quoteText = 'carry 2 million tonnes of freight';
    const start = readingView(source).text.indexOf(quoteText);
    const quote = quoteFromSelection(source, start, start + quoteText.length);
    const answer = await call(router, 'createCard', {
      id: 'user-freight',
      card: card({
        sourceId,
        paragraphs: quote.paragraphs,
        quote: { text: quote.text, target: quote.target },
        outlet: 'The Steppe Courier',
      }),
    });
    const fact = answer.changed.ownFacts!.upserted[0]!;
    expect(fact).toMatchObject({
      sourceId,
      paragraphs: [2],
      quote: { text: quoteText, paragraph: 2 },
      quoteTarget: quote.target,
      attributions: [{ sourceId, label: 'Reported by The Steppe Courier', paragraph: 2 }],
    });
    await expectNothingChanged(router, async () => {
      const error = await callFails(router, 'removeSource', { sourceId }, 'invalid-request');
      expect(error.message).toMatch(/Cards cite “Forum in Almaty”/);
    });
  });

  it('refuses a quote that is not the source’s words at the place it names, or a paragraph it does not have', async () => {
    const router = await open();
    const { sourceId, source } = await importedSource(router);
    const start = readingView(source).text.indexOf('2 million');
    const quote = quoteFromSelection(source, start, start + '2 million'.length);
    const forged = {
      text: '3 million',
      target: { ...quote.target, quote: { ...quote.target.quote, exact: '3 million' } },
    };
    await expectNothingChanged(router, async () => {
      const error = await callFails(
        router,
        'createCard',
        { id: 'user-forged', card: card({ sourceId, paragraphs: [2], quote: forged }) },
        'invalid-request',
      );
      expect(error.message).toMatch(/not “Forum in Almaty”’s own words.*nothing was changed\.$/);
      await callFails(
        router,
        'createCard',
        { id: 'user-far', card: card({ sourceId, paragraphs: [7] }) },
        'invalid-request',
      );
      await callFails(
        router,
        'createCard',
        { id: 'user-nowhere', card: card({ sourceId: 'source-missing', paragraphs: [1] }) },
        'invalid-request',
      );
    });
  });
});

describe('a card’s collection', () => {
  const ownCard = (collectionId?: string) => ({
    topic: 'overview' as const,
    title: 'A visit to Almaty',
    body: 'The delegation will visit Almaty in May.',
    figures: [],
    people: [],
    ...(collectionId ? { collectionId } : {}),
  });

  it('a card without a source is written for an existing collection, can move, and that collection cannot be removed', async () => {
    const router = await open();
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
    const created = await call(router, 'createCard', { id: 'user-visit', card: ownCard(collectionId) });
    expect(created.changed.ownFacts!.upserted[0]).toMatchObject({ id: 'user-visit', collectionId });
    await expectNothingChanged(router, async () => {
      const error = await callFails(router, 'removeCollection', { collectionId }, 'invalid-request');
      expect(error.message).toMatch(/“Astana visit 2024” still holds sources or cards.*Nothing was changed\.$/);
    });
    // Moved to the shipped summit: the collection is empty again and can go.
    const moved = await call(router, 'updateCard', { factId: 'user-visit', card: ownCard(shippedCollectionId) });
    expect(moved.changed.ownFacts!.upserted[0]!.collectionId).toBeUndefined();
    await call(router, 'removeCollection', { collectionId });
    expect((await call(router, 'getLibrary', {})).user.collections).toEqual([]);
  });

  it('a fresh start keeps the card in its collection', async () => {
    const first = await open();
    const { collectionId } = await call(first, 'createCollection', { name: 'Seoul forum' });
    await call(first, 'createCard', { id: 'user-forum', card: ownCard(collectionId) });
    await first.close();
    routers.splice(routers.indexOf(first), 1);
    const again = await open();
    const library = await call(again, 'getLibrary', {});
    expect(library.user.ownFacts.find((fact) => fact.id === 'user-forum')?.collectionId).toBe(collectionId);
  });

  it('refuses a collection that does not exist, and a card from a source put in another collection', async () => {
    const router = await open();
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
    const draft = await call(router, 'readPastedSource', { text: 'Forum in Almaty\n\nThe forum met in May.' });
    const { sourceId } = await call(router, 'importSource', {
      token: draft.token,
      collectionId: shippedCollectionId,
      metadata: { title: 'Forum in Almaty' },
    });
    await expectNothingChanged(router, async () => {
      const missing = await callFails(
        router,
        'createCard',
        { id: 'user-lost', card: ownCard('collection-missing') },
        'invalid-request',
      );
      expect(missing.message).toMatch(/collection chosen for this card no longer exists.*nothing was changed\.$/);
      const elsewhere = await callFails(
        router,
        'createCard',
        { id: 'user-moved', card: { ...ownCard(collectionId), source: { sourceId, paragraphs: [2] } } },
        'invalid-request',
      );
      expect(elsewhere.message).toMatch(/belongs to that source’s collection.*nothing was changed\.$/);
    });
    // Its own source's collection, named or not, is accepted.
    await call(router, 'createCard', {
      id: 'user-cited',
      card: { ...ownCard(shippedCollectionId), source: { sourceId, paragraphs: [2] } },
    });
  });
});

describe('sources in backups', () => {
  it('a backup carries the imported sources and collections, and importing it elsewhere merges them', async () => {
    const router = await open();
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
    const draft = await call(router, 'readPastedSource', { text: 'Forum in Almaty\n\nMinisters met in Almaty.' });
    const { sourceId } = await call(router, 'importSource', {
      token: draft.token,
      collectionId,
      metadata: { title: 'Forum in Almaty' },
    });
    const backup = join(folder, 'backup.json');
    chosen = backup;
    const saved = await call(router, 'exportBackup', {});
    expect(saved.status).toBe('saved');
    await router.close();

    // Another laptop: a fresh data folder, the same backup file.
    dataDirectory = join(folder, 'other-laptop');
    chosen = saved.status === 'saved' ? saved.filePath : backup;
    const other = await open();
    const preview = await call(other, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('the backup was not offered');
    await call(other, 'applyImport', { token: preview.token });
    const library = await call(other, 'getLibrary', {});
    expect(library.user.collections.map((item) => item.id)).toEqual([collectionId]);
    expect(library.user.sources.map((item) => [item.id, item.collectionId])).toEqual([[sourceId, collectionId]]);
    await call(other, 'undo', {});
    expect((await call(other, 'getLibrary', {})).user.sources).toEqual([]);
  });
});
