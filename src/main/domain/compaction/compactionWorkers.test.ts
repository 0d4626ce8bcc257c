import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSeed } from '../../../shared/testing/sampleSeed';
import * as annotations from '../annotationOperations';
import { databaseFileName } from '../databaseFile';
import { closeOpenedStores, openFactStore } from '../../testing/openedStores';
import { compactionWorkers } from './compactionWorkers';

let dataDirectory: string;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-workers-'));
});

afterEach(async () => {
  await closeOpenedStores();
  await rm(dataDirectory, { recursive: true, force: true });
});

/** A session of edits, compacted, then opened again: what each way of running the jobs leaves. */
async function session(inProcessBelowBytes: number) {
  const workers = () => compactionWorkers({ inProcessBelowBytes });
  const clock = () => new Date('2026-08-17T09:00:00.000Z');
  const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 0, clock, workers: workers() });
  await store.change((user, context) => annotations.setStarred(user, context, 'trade-volume', true));
  await store.change((user, context) =>
    annotations.createNote(user, context, { id: 'note-1', factId: 'enterprises', markdown: 'Ask about it' }),
  );
  await store.compact();
  await store.change((user, context) => annotations.updateNote(user, context, 'note-1', 'Ask about it first'));
  await store.close();
  const reopened = await openFactStore({ dataDirectory, seed: sampleSeed(), clock, workers: workers() });
  const { user } = reopened.library();
  await reopened.close();
  return { user, file: JSON.parse(await readFile(join(dataDirectory, databaseFileName), 'utf8')) as unknown };
}

describe('open and compaction jobs, in the worker or (small databases) on the main thread', () => {
  it('leave the same data either way', async () => {
    const inWorker = await session(0);
    await rm(dataDirectory, { recursive: true, force: true });
    const inProcess = await session(Number.MAX_SAFE_INTEGER);
    expect(inProcess.user).toEqual(inWorker.user);
    expect(inProcess.user.notes[0]?.markdown).toBe('Ask about it first');
    expect(inProcess.user.starred).toEqual(['trade-volume']);
    // Each new database has its own lineage (a random id); everything else is the same.
    expect({ ...(inProcess.file as object), lineage: '' }).toEqual({ ...(inWorker.file as object), lineage: '' });
  });

  it('refuse a damaged database with the same error either way', async () => {
    const damaged = new TextEncoder().encode('{"schemaVersion": 4, "user": ');
    const job = { path: 'damaged.json', snapshot: damaged, seed: sampleSeed(), chunkSize: 10 };
    const answers = [];
    for (const inProcessBelowBytes of [0, Number.MAX_SAFE_INTEGER]) {
      const workers = compactionWorkers({ inProcessBelowBytes });
      try {
        answers.push(await workers.open({ ...job, snapshot: damaged.slice() }, () => undefined));
      } finally {
        await workers.close();
      }
    }
    expect(answers[0]?.status).toBe('invalid');
    expect(answers[1]).toEqual(answers[0]);
  });
});
