import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/channels';
import type { Envelope, Library } from '../../shared/contract';
import type { BriefingErrorData } from '../../shared/errors';
import { databaseFileName } from '../domain/factStore';
import { sampleSeed } from '../domain/testing/sampleSeed';
import { openBriefingRouter } from './openBriefingRouter';
import { createRouter, type Handlers, type Router } from './router';

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
  return openBriefingRouter({ dataDirectory, seed: sampleSeed() });
}

function expectOk(envelope: Envelope<unknown>): unknown {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

function expectError(envelope: Envelope<unknown>, code: BriefingErrorData['code']): BriefingErrorData {
  if (envelope.ok) throw new Error(`expected ${code}, got ok: ${JSON.stringify(envelope.value)}`);
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message.length).toBeGreaterThan(10);
  return envelope.error;
}

const validPayloads: Record<ChannelName, unknown> = {
  getLibrary: {},
  setStarred: { factId: 'trade-volume', starred: true },
  updateSettings: { lastTopic: 'all' },
};

/** Handlers that answer correctly; tests replace the one they break. */
function workingHandlers(): Handlers {
  const library: Library = {
    seedRevision: 1,
    sources: sampleSeed().sources,
    facts: sampleSeed().facts,
    starred: [],
    settings: { lastTopic: 'all' },
  };
  return {
    getLibrary: () => library,
    setStarred: ({ factId, starred }) => ({ starred: starred ? [factId] : [] }),
    updateSettings: (patch) => ({ ...library.settings, ...patch }),
  };
}

describe('router over a real store', () => {
  it('answers getLibrary with the seeded library', async () => {
    const router = await openRouter();
    const library = expectOk(await router.handle('getLibrary', {})) as Library;
    expect(library.seedRevision).toBe(1);
    expect(library.facts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
    expect(library.starred).toEqual([]);
    expect(library.settings).toEqual({ lastTopic: 'all' });
  });

  it('stars a card and saves it', async () => {
    const router = await openRouter();
    expect(expectOk(await router.handle('setStarred', { factId: 'trade-volume', starred: true }))).toEqual({
      starred: ['trade-volume'],
    });
    expect(JSON.parse(await readFile(filePath, 'utf8')).starred).toEqual(['trade-volume']);
  });

  it('updates settings', async () => {
    const router = await openRouter();
    expect(expectOk(await router.handle('updateSettings', { lastTopic: 'starred' }))).toEqual({ lastTopic: 'starred' });
    expectError(await router.handle('updateSettings', { lastTopic: 'nowhere' }), 'invalid-request');
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
    const before = await readFile(filePath);

    const error = expectError(await router.handle('setStarred', payload), 'invalid-request');

    expect(error.message).toContain('setStarred');
    expect(error.details?.length).toBeGreaterThan(0);
    if (detail) expect(error.details!.join('\n')).toContain(detail);
    expect(await readFile(filePath)).toEqual(before);
    expect(await readdir(dataDirectory)).toEqual([databaseFileName]);
  });

  it('answers not-found for an unknown card and writes nothing', async () => {
    const router = await openRouter();
    const before = await readFile(filePath);
    const error = expectError(
      await router.handle('setStarred', { factId: 'no-such-card', starred: true }),
      'not-found',
    );
    expect(error.message).toContain('no-such-card');
    expect(await readFile(filePath)).toEqual(before);
  });
});

describe('createRouter with handlers that misbehave', () => {
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
        throw 'a bare string';
      },
    });
    await expect(router.handle('getLibrary', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers invalid-response when a handler returns the wrong shape', async () => {
    const router = createRouter({
      ...workingHandlers(),
      getLibrary: () => ({ facts: 'oops' }) as unknown as Library,
      setStarred: () => ({ starred: ['Not An Id'] }),
    });
    const library = expectError(await router.handle('getLibrary', {}), 'invalid-response');
    expect(library.details!.join('\n')).toContain('facts');
    expectError(await router.handle('setStarred', { factId: 'trade-volume', starred: true }), 'invalid-response');
  });

  it('passes the parsed request to the handler, not the raw payload', async () => {
    const seen: unknown[] = [];
    const router = createRouter({
      ...workingHandlers(),
      setStarred: (request) => {
        seen.push(request);
        return { starred: [] };
      },
    });
    const payload = { factId: 'trade-volume', starred: false };
    expectOk(await router.handle('setStarred', payload));
    expect(seen).toEqual([payload]);
    expect(seen[0]).not.toBe(payload);
  });
});

describe('openBriefingRouter on a database it cannot open', () => {
  it('answers database-invalid on every channel and leaves the file alone', async () => {
    const corrupt = '{"schemaVersion":1,"facts":"oops"}';
    await writeFile(filePath, corrupt, 'utf8');
    const logged: unknown[] = [];
    const router = await openBriefingRouter({ dataDirectory, seed: sampleSeed(), log: (error) => logged.push(error) });

    for (const channel of channelNames) {
      const error = expectError(await router.handle(channel, validPayloads[channel]), 'database-invalid');
      expect(error.message).toContain(filePath);
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(await readFile(filePath, 'utf8')).toBe(corrupt);
  });

  it('opens the store on the next call once the file is good again', async () => {
    await writeFile(filePath, 'not json', 'utf8');
    const router = await openRouter();
    expectError(await router.handle('getLibrary', {}), 'database-invalid');

    await rm(filePath);
    const library = expectOk(await router.handle('getLibrary', {})) as Library;
    expect(library.facts).toHaveLength(3);
    expect(await readdir(dataDirectory)).toEqual([databaseFileName]);
  });

  it('answers internal on every channel when the seed itself is damaged', async () => {
    const router = await openBriefingRouter({ dataDirectory, seed: { seedRevision: 1 } });
    for (const channel of channelNames) expectError(await router.handle(channel, validPayloads[channel]), 'internal');
    expect(await readdir(dataDirectory)).toEqual([]);
  });
});
