import { emptyStudySession, emptyStudyStatistics } from '../testing/studySamples';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import { channelNames, type ChannelName } from '../../shared/channels';
import type { Library } from '../../shared/contract';
import { currentSchemaVersion, emptyUserData } from '../../shared/schema/database';
import type { UserDataPatch } from '../../shared/schema/userDataPatch';
import { databaseFileName, journalFileName } from '../domain/factStore';
import { call, expectError, expectOk } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter } from './openBriefingRouter';
import { createRouter, type Handlers, type Router } from './router';
import { savedBytes, savedDatabase } from '../testing/savedFiles';

let dataDirectory: string;
let filePath: string;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-router-'));
  filePath = join(dataDirectory, databaseFileName);
});

afterEach(async () => {
  await rm(dataDirectory, { recursive: true, force: true });
});

function openRouter(): Promise<Router> {
  return openBriefingRouter({ dataDirectory, seed: sampleSeed(), store: { writeDelayMs: 10 } });
}

const tradeBody = sampleSeed().facts[1]!.body;
const history = { canUndo: true, canRedo: false };
const note = {
  id: 'note-1',
  factId: 'trade-volume',
  markdown: 'x',
  createdAt: '2021-08-17T09:00:00.000Z',
  updatedAt: '2021-08-17T09:00:00.000Z',
};

const highlight = {
  id: 'highlight-1',
  factId: 'trade-volume',
  color: 'yellow' as const,
  target: describeRange(tradeBody, 4, 8),
  createdAt: note.createdAt,
  updatedAt: note.createdAt,
};

const noChange = { added: 0, changed: 0 };
const importSummary = {
  ownCards: noChange,
  notes: noChange,
  highlights: noChange,
  tags: noChange,
  cardTags: noChange,
  stars: noChange,
};

/** One valid request per channel, so a test can walk every channel. */
const validPayloads: Record<ChannelName, unknown> = {
  getLibrary: {},
  getFirstScreen: { limit: 60 },
  getLibraryPage: { after: 0, limit: 500 },
  getSaveState: {},
  updateSettings: { lastTopic: 'all' },
  setStarred: { factId: 'trade-volume', starred: true },
  createNote: { id: 'note-1', factId: 'trade-volume', markdown: 'A note' },
  updateNote: { noteId: 'note-1', markdown: 'Changed' },
  deleteNote: { noteId: 'note-1' },
  createHighlight: {
    id: 'highlight-1',
    factId: 'trade-volume',
    target: describeRange(tradeBody, 4, 8),
    color: 'yellow',
  },
  updateHighlight: { highlightId: 'highlight-1', color: 'green' },
  deleteHighlight: { highlightId: 'highlight-1' },
  createTag: { id: 'tag-1', name: 'Follow up', color: 'amber' },
  updateTag: { tagId: 'tag-1', name: 'Later' },
  deleteTag: { tagId: 'tag-1' },
  setCardTags: { factId: 'trade-volume', tagIds: ['tag-1'] },
  createCard: { id: 'user-1', card: { topic: 'security', title: 'Mine', body: 'My text.', figures: [], people: [] } },
  updateCard: { factId: 'user-1', card: { topic: 'security', title: 'Mine', body: 'New.', figures: [], people: [] } },
  deleteCard: { factId: 'user-1' },
  undo: {},
  redo: {},
  openExternalLink: { url: 'https://example.org/' },
  exportPack: {
    format: 'markdown',
    selection: { kind: 'all' },
    options: {
      includeNotes: true,
      includeHighlights: true,
      includeSources: true,
      paper: 'A4',
      title: 'T',
      subtitle: '',
      author: '',
    },
  },
  exportBackup: {},
  previewImport: {},
  exportCollection: { collectionId: 'summit-2021' },
  applyImport: { token: 'token-1' },
  revealExportedFile: { filePath: '/tmp/pack.pdf' },
  publishMenu: {
    commands: [{ id: 'undo', label: 'Undo', menu: 'Edit', group: 'Edit', accelerator: 'CmdOrCtrl+Z', enabled: true }],
  },
  runMainCommand: { commandId: 'about' },
  // briefs
  changeBrief: { operation: 'create', title: 'Meeting' },
  exportBrief: { briefId: 'brief-1', format: 'markdown', paper: 'A4', includeAnnex: false, language: 'en' },
  // study
  getStudySession: {},
  getStudyStatistics: {},
  startQuiz: { count: 5 },
  finishQuiz: { quizId: 'quiz-1', answers: [] },
  rateStudyItem: { id: 'review-1', itemId: 'trade-volume--figure--x', rating: 'good', shownAfter: null },
  undoStudyRating: { reviewId: 'review-1' },
  setStudyItemSuspended: { itemId: 'trade-volume--figure--x', suspended: true },
  updateStudyPreferences: { settings: { desiredRetention: 0.85 } },
  createStudyItem: { id: 'study-item-1', from: { highlightId: 'highlight-1' } },
  updateStudyItem: { itemId: 'study-item-1', edit: { answer: 'x' } },
  deleteStudyItem: { itemId: 'study-item-1' },
  // sources
  readPastedSource: { text: 'Headline\n\nA paragraph.' },
  readSourceFile: {},
  changeSourceDraftRule: { token: 'token-1', rule: 'lines' },
  importSource: { token: 'token-1', collectionId: 'summit-2021', metadata: { title: 'T' } },
  removeSource: { sourceId: 'source-1' },
  createCollection: { name: 'Next visit' },
  renameCollection: { collectionId: 'collection-1', name: 'Later visit' },
  removeCollection: { collectionId: 'collection-1' },
  previewCarryCards: { sourceId: 'source-2' },
  carryCards: { sourceId: 'source-2' },
};

/** Handlers that answer correctly; tests replace the one they break. */
function workingHandlers(): Handlers {
  const library: Library = {
    seedRevision: 1,
    sources: sampleSeed().sources,
    facts: sampleSeed().facts,
    user: emptyUserData,
    settings: { lastTopic: 'all' },
    history: { canUndo: false, canRedo: false },
    revision: 0,
    databaseFile: '/data/summit-briefing.json',
  };
  const fact = { ...sampleSeed().facts[0]!, id: 'user-1', origin: 'user' as const };
  const tag = { id: 'tag-1', name: 'T', color: 'blue' as const, createdAt: note.createdAt };
  const answer = (changed: UserDataPatch) => ({ changed, history, revision: 1 });
  const records = <Item>(upserted: Item[], removed: string[] = []) => ({ upserted, removed });
  return {
    getLibrary: () => library,
    getFirstScreen: () => ({ library, selection: 'all', total: 0, counts: {} }),
    getLibraryPage: () => ({ revision: 0, total: 0, records: {}, library }),
    getSaveState: () => ({ status: 'idle', pending: 0, revision: 0 }),
    updateSettings: ({ collectionScope, ...patch }) => ({
      ...library.settings,
      ...patch,
      ...(collectionScope ? { collectionScope } : {}),
    }),
    setStarred: ({ factId, starred }) => answer({ starred: starred ? [factId] : [] }),
    createNote: () => answer({ notes: records([note]) }),
    updateNote: () => answer({ notes: records([note]) }),
    deleteNote: ({ noteId }) => answer({ notes: records([], [noteId]) }),
    createHighlight: () => answer({ highlights: records([highlight]) }),
    updateHighlight: () => answer({ highlights: records([highlight]) }),
    deleteHighlight: ({ highlightId }) => answer({ highlights: records([], [highlightId]) }),
    createTag: () => answer({ tags: records([tag]) }),
    updateTag: () => answer({ tags: records([tag]) }),
    deleteTag: ({ tagId }) => answer({ tags: records([], [tagId]) }),
    setCardTags: ({ factId, tagIds }) => answer({ cardTags: { upserted: [{ factId, tagIds }], removed: [] } }),
    createCard: () => answer({ ownFacts: records([fact]) }),
    updateCard: () => answer({ ownFacts: records([fact]) }),
    deleteCard: ({ factId }) => answer({ ownFacts: records([], [factId]) }),
    undo: () => answer({}),
    redo: () => answer({}),
    openExternalLink: () => ({ opened: false, reason: 'declined' }),
    exportPack: () => ({ status: 'cancelled' }),
    exportBackup: () => ({ status: 'cancelled' }),
    previewImport: () => ({ status: 'cancelled' }),
    exportCollection: () => ({ status: 'cancelled' }),
    applyImport: () => ({ ...answer({}), summary: importSummary }),
    revealExportedFile: () => ({ revealed: true }),
    publishMenu: ({ commands }) => ({ published: commands.length }),
    runMainCommand: () => ({ done: true }),
    // briefs
    changeBrief: () => ({ ...answer({}), briefId: 'brief-1', itemIds: [] }),
    exportBrief: () => ({ status: 'cancelled' }),
    // study
    getStudySession: () => emptyStudySession(),
    getStudyStatistics: () => emptyStudyStatistics(),
    startQuiz: () => ({
      quizId: 'quiz-1',
      startedAt: '2026-03-01T09:00:00.000Z',
      deadline: '2026-03-01T09:01:00.000Z',
      secondsPerQuestion: 20,
      questions: [],
      skipped: 0,
    }),
    finishQuiz: () => ({ total: 0, correct: 0, wrong: 0, unanswered: 0, score: 0, toReview: [] }),
    rateStudyItem: () => ({ ...answer({}), session: emptyStudySession() }),
    undoStudyRating: () => ({ ...answer({}), session: emptyStudySession() }),
    setStudyItemSuspended: () => ({ ...answer({}), session: emptyStudySession() }),
    updateStudyPreferences: () => ({ ...answer({}), session: emptyStudySession() }),
    createStudyItem: () => ({
      ...answer({}),
      item: {
        id: 'study-item-1',
        cardId: 'trade-volume',
        kind: 'note',
        annotationId: 'note-1',
        format: 'basic',
        front: 'Trade',
        answer: 'Four billion',
        createdAt: note.createdAt,
        updatedAt: note.createdAt,
      },
    }),
    updateStudyItem: () => answer({}),
    deleteStudyItem: () => answer({}),
    // sources
    readPastedSource: () => draftPreview,
    readSourceFile: () => ({ status: 'cancelled' }),
    changeSourceDraftRule: () => draftPreview,
    importSource: () => ({ ...answer({}), sourceId: 'source-1' }),
    removeSource: () => answer({}),
    createCollection: () => ({ ...answer({}), collectionId: 'collection-1' }),
    renameCollection: () => answer({}),
    removeCollection: () => answer({}),
    previewCarryCards: () => ({ oldSourceId: 'source-1', newSourceId: 'source-2', moves: [], stays: [] }),
    carryCards: () => ({ ...answer({}), moved: 1, stayed: 0 }),
  };
}

const draftPreview = {
  token: 'token-1',
  origin: { kind: 'pasted' as const },
  rule: 'blank-lines' as const,
  paragraphCount: 1,
  characters: 12,
  paragraphs: [{ number: 1, role: 'paragraph' as const, text: 'A paragraph.' }],
  suggested: {},
};

describe('router over a real store', () => {
  it('answers getLibrary with the seeded library', async () => {
    const router = await openRouter();
    const library = await call(router, 'getLibrary', {});
    expect(library.seedRevision).toBe(1);
    expect(library.facts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
    expect(library.user).toEqual(emptyUserData);
    expect(library.settings).toEqual({ lastTopic: 'all' });
    expect(library.history).toEqual({ canUndo: false, canRedo: false });
    expect(library.databaseFile).toBe(filePath);
    expect(library.notice).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change the store by editing an answer', async () => {
    const router = await openRouter();
    const library = await call(router, 'getLibrary', {});
    library.user.starred.push('trade-volume');
    library.facts[0]!.title = 'Changed';
    const again = await call(router, 'getLibrary', {});
    expect(again.user.starred).toEqual([]);
    expect(again.facts[0]!.title).toBe('A state visit to Seoul');
  });

  it('updates settings', async () => {
    const router = await openRouter();
    expect(await call(router, 'updateSettings', { lastTopic: 'annotated' })).toEqual({ lastTopic: 'annotated' });
    expectError(await router.handle('updateSettings', { lastTopic: 'nowhere' }), 'invalid-request');
    expect((await savedDatabase(dataDirectory)).settings).toEqual({ lastTopic: 'annotated' });
  });

  it.each(['getLibraryX', '', 'constructor', '__proto__', 'toString', 'briefing:getLibrary'])(
    'answers unknown-channel for %j',
    async (channel) => {
      const router = await openRouter();
      expectError(await router.handle(channel, {}), 'unknown-channel');
    },
  );

  it('answers unknown-channel for a channel that is not a string', async () => {
    const router = await openRouter();
    expectError(await router.handle(42 as unknown as string, {}), 'unknown-channel');
    expectError(await router.handle(undefined as unknown as string, {}), 'unknown-channel');
  });

  it.each([
    { name: 'null', payload: null, detail: undefined },
    { name: 'an empty object', payload: {}, detail: 'factId' },
    { name: 'a numeric id', payload: { factId: 5, starred: true }, detail: 'factId' },
    { name: 'a string for starred', payload: { factId: 'x', starred: 'yes' }, detail: 'starred' },
    { name: 'an extra key', payload: { factId: 'trade-volume', starred: true, admin: true }, detail: 'admin' },
    { name: 'a malformed id', payload: { factId: 'Bad Id!', starred: true }, detail: 'factId' },
    { name: 'a string', payload: 'trade-volume', detail: undefined },
    { name: 'an array', payload: [{ factId: 'trade-volume', starred: true }], detail: undefined },
  ])('refuses setStarred with $name as invalid-request and writes nothing', async ({ payload, detail }) => {
    const router = await openRouter();
    const before = await savedBytes(dataDirectory);

    const error = expectError(await router.handle('setStarred', payload), 'invalid-request');

    expect(error.message).toContain('setStarred');
    expect(error.details?.length).toBeGreaterThan(0);
    if (detail) expect(error.details!.join('\n')).toContain(detail);
    expect(await savedBytes(dataDirectory)).toEqual(before);
    expect((await readdir(dataDirectory)).sort()).toEqual(['backups', journalFileName, databaseFileName]);
  });

  it('refuses an unexpected key on every channel', async () => {
    const router = await openRouter();
    for (const channel of channelNames) {
      expectError(await router.handle(channel, { unexpected: true }), 'invalid-request');
    }
  });
});

describe('createRouter with handlers that misbehave', () => {
  it('accepts every valid payload with working handlers', async () => {
    const router = createRouter(workingHandlers());
    for (const channel of channelNames) expectOk(await router.handle(channel, validPayloads[channel]));
  });

  it('turns a thrown Error into internal, without its message, and logs it', async () => {
    const logged: unknown[] = [];
    const boom = new Error('secret path /home/someone/file');
    const router = createRouter(
      {
        ...workingHandlers(),
        getLibrary: () => {
          throw boom;
        },
        setStarred: async () => {
          throw boom;
        },
      },
      (error) => logged.push(error),
    );

    for (const [channel, payload] of [
      ['getLibrary', {}],
      ['setStarred', { factId: 'trade-volume', starred: true }],
    ] as const) {
      const envelope = await router.handle(channel, payload);
      const error = expectError(envelope, 'internal');
      expect(error.message).not.toContain('secret');
    }
    expect(logged).toEqual([boom, boom]);
  });

  it('never throws out of handle, even for a thrown non-Error', async () => {
    const router = createRouter({
      ...workingHandlers(),
      getLibrary: () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router must survive a handler that throws a non-Error
        throw 'a bare string';
      },
    });
    await expect(router.handle('getLibrary', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers invalid-response when a handler returns the wrong shape', async () => {
    const router = createRouter({
      ...workingHandlers(),
      getLibrary: () => ({ facts: 'oops' }) as unknown as Library,
      setStarred: () => ({ changed: { starred: ['Not An Id'] }, history, revision: 1 }),
      undo: () => ({ changed: {}, revision: 1 }) as never,
    });
    const library = expectError(await router.handle('getLibrary', {}), 'invalid-response');
    expect(library.details!.join('\n')).toContain('facts');
    expectError(await router.handle('setStarred', { factId: 'trade-volume', starred: true }), 'invalid-response');
    const undo = expectError(await router.handle('undo', {}), 'invalid-response');
    expect(undo.details!.join('\n')).toContain('history');
  });

  it('passes the parsed request to the handler, not the raw payload', async () => {
    const seen: unknown[] = [];
    const router = createRouter({
      ...workingHandlers(),
      setStarred: (request) => {
        seen.push(request);
        return { changed: {}, history, revision: 0 };
      },
    });
    const payload = { factId: 'trade-volume', starred: false };
    expectOk(await router.handle('setStarred', payload));
    expect(seen).toEqual([payload]);
    expect(seen[0]).not.toBe(payload);
  });
});

describe('openBriefingRouter on a database it cannot open', () => {
  // The menu and About do not need the data: they keep working, so the user can still find the data folder.
  const shellChannels: readonly ChannelName[] = ['publishMenu', 'runMainCommand'];
  const storeChannels = channelNames.filter((channel) => !shellChannels.includes(channel));

  it('answers database-too-new on every channel for a file from a newer app, and leaves it alone', async () => {
    const newer = JSON.stringify({ schemaVersion: currentSchemaVersion + 1, seedRevision: 9 });
    await writeFile(filePath, newer, 'utf8');
    const logged: unknown[] = [];
    const router = await openBriefingRouter({ dataDirectory, seed: sampleSeed(), log: (error) => logged.push(error) });

    for (const channel of storeChannels) {
      const error = expectError(await router.handle(channel, validPayloads[channel]), 'database-too-new');
      expect(error.message).toContain(filePath);
    }
    for (const channel of shellChannels) expectOk(await router.handle(channel, validPayloads[channel]));
    expect(logged.length).toBeGreaterThan(0);
    expect(await readFile(filePath, 'utf8')).toBe(newer);
    expect(await readdir(dataDirectory)).toEqual([databaseFileName]);
  });

  it('opens the store on the next call once the file can be read again', async () => {
    await writeFile(filePath, JSON.stringify({ schemaVersion: currentSchemaVersion + 1 }), 'utf8');
    const router = await openRouter();
    expectError(await router.handle('getLibrary', {}), 'database-too-new');

    await rm(filePath);
    const library = await call(router, 'getLibrary', {});
    expect(library.facts).toHaveLength(3);
    expect((await readdir(dataDirectory)).sort()).toEqual(['backups', journalFileName, databaseFileName]);
  });

  it('recovers a damaged file at start and tells the window through getLibrary', async () => {
    await writeFile(filePath, 'not json', 'utf8');
    const router = await openRouter();

    const library = await call(router, 'getLibrary', {});

    expect(library.notice?.kind).toBe('started-fresh');
    expect(await readFile(library.notice!.damagedFile, 'utf8')).toBe('not json');
    expect(library.facts).toHaveLength(3);
    expect((await call(router, 'setStarred', { factId: 'enterprises', starred: true })).changed).toEqual({
      starred: ['enterprises'],
    });
  });

  it('answers internal on every channel when the seed itself is damaged', async () => {
    const router = await openBriefingRouter({ dataDirectory, seed: { seedRevision: 1 } });
    for (const channel of storeChannels) expectError(await router.handle(channel, validPayloads[channel]), 'internal');
    expect(await readdir(dataDirectory)).toEqual([]);
  });
});
