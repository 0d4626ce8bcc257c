import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import { newId } from '../../shared/schema/clientIds';
import { emptyUserData } from '../../shared/schema/database';
import { serialiseBackup } from '../domain/backupFile';
import { databaseFromSeed } from '../domain/seed';
import { call, callFails } from '../testing/routerCalls';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { sampleSeed } from '../../shared/testing/sampleSeed';

/** The window names what it creates, so a create sent twice (a retry, a double click) is one record. */
let opened: RouterOnTempFolder;

beforeEach(async () => {
  opened = await openRouterOnTempFolder('client-ids');
});

afterEach(() => closeRouterOnTempFolder(opened));

const body = sampleSeed().facts[1]!.body;
const creates = {
  note: { channel: 'createNote', request: { id: 'note-a', factId: 'trade-volume', markdown: 'Mine' }, kind: 'notes' },
  highlight: {
    channel: 'createHighlight',
    request: { id: 'highlight-a', factId: 'trade-volume', target: describeRange(body, 4, 8), color: 'yellow' },
    kind: 'highlights',
  },
  tag: { channel: 'createTag', request: { id: 'tag-a', name: 'Energy', color: 'green' }, kind: 'tags' },
  card: {
    channel: 'createCard',
    request: { id: 'user-a', card: { topic: 'security', title: 'Mine', body: 'Text.', figures: [], people: [] } },
    kind: 'ownFacts',
  },
} as const;

describe('creates carry the id the window made', () => {
  it.each(Object.entries(creates))('a %s sent twice with the same content is one record', async (_, create) => {
    const first = await call(opened.router, create.channel, create.request as never);
    const again = await call(opened.router, create.channel, create.request as never);
    expect(again.changed).toEqual({});
    expect(again.revision).toBe(first.revision);
    const library = await call(opened.router, 'getLibrary', {});
    expect(library.user[create.kind].map((record) => record.id)).toEqual([create.request.id]);
    // And the undo history holds one step, not two.
    await call(opened.router, 'undo', {});
    expect((await call(opened.router, 'getLibrary', {})).history.canUndo).toBe(false);
  });

  it.each(Object.entries(creates))(
    'a %s id reused with other content is refused, and nothing changes',
    async (_, create) => {
      await call(opened.router, create.channel, create.request as never);
      const before = await call(opened.router, 'getLibrary', {});
      const other =
        create.channel === 'createCard'
          ? { ...create.request, card: { ...create.request.card, title: 'Other' } }
          : create.channel === 'createTag'
            ? { ...create.request, name: 'Other' }
            : create.channel === 'createNote'
              ? { ...create.request, markdown: 'Other' }
              : { ...create.request, color: 'blue' };
      const error = await callFails(opened.router, create.channel, other, 'invalid-request');
      expect(error.message).toMatch(/is already used by another .* with different content, so nothing was created/);
      expect(await call(opened.router, 'getLibrary', {})).toEqual(before);
    },
  );

  it('refuses an id that a record of another kind already has (one an import brought in)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'summit-briefing-ids-'));
    const backup = join(folder, 'backup.json');
    const withImport = await openRouterOnTempFolder('client-ids-import', {
      dialogs: { chooseSavePath: async () => backup, chooseOpenPath: async () => backup },
    });
    try {
      // Ids in a backup need no prefix: this tag is called "note-x".
      const at = '2021-08-17T09:00:00.000Z';
      const database = {
        ...databaseFromSeed(sampleSeed()),
        user: { ...emptyUserData, tags: [{ id: 'note-x', name: 'Odd', color: 'red' as const, createdAt: at }] },
      };
      await writeFile(backup, serialiseBackup(database, at));
      const preview = await call(withImport.router, 'previewImport', {});
      if (preview.status !== 'ready') throw new Error('no preview');
      await call(withImport.router, 'applyImport', { token: preview.token });

      const before = await call(withImport.router, 'getLibrary', {});
      const error = await callFails(
        withImport.router,
        'createNote',
        { ...creates.note.request, id: 'note-x' },
        'invalid-request',
      );
      expect(error.message).toBe('The id "note-x" for a new note is already used by a tag, so nothing was created.');
      expect(await call(withImport.router, 'getLibrary', {})).toEqual(before);
    } finally {
      await closeRouterOnTempFolder(withImport);
      await rm(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ['createNote', { ...creates.note.request, id: 'tag-a' }],
    ['createTag', { ...creates.tag.request, id: 'note-a' }],
    ['createCard', { ...creates.card.request, id: 'trade-volume' }],
    ['createHighlight', { ...creates.highlight.request, id: 'highlight-' }],
  ] as const)('%s refuses an id without its kind’s prefix before it reaches the store', async (channel, request) => {
    const error = await callFails(opened.router, channel, request, 'invalid-request');
    expect(error.details!.join('\n')).toMatch(/^id: a new \w+'s id starts with "/);
  });

  it('makes ids of the right shape in the window', () => {
    expect(newId('note')).toMatch(/^note-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId('card')).toMatch(/^user-/);
    expect(new Set(Array.from({ length: 100 }, () => newId('tag'))).size).toBe(100);
  });
});
