import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, Library } from '../../shared/contract';
import { databaseFileName, journalFileName } from '../domain/factStore';
import { call } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter } from './openBriefingRouter';
import { bundleNodeChild } from '../testing/bundleNodeChild';

/**
 * A data folder the user may read but not write, made with real permissions, not injected faults.
 * Root may write anywhere, so when the tests run as root the app runs as `nobody` in a child
 * process; otherwise in this one.
 */
const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;
const nobody = 65534;
let folder: string;
let dataDirectory: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-read-only-'));
  dataDirectory = join(folder, 'data');
  // A first run, with write access, makes the database and a note.
  const router = await openBriefingRouter({ dataDirectory, seed: sampleSeed() });
  await call(router, 'createNote', { id: 'note-1', factId: 'trade-volume', markdown: 'Written before' });
  await router.flush();
  await chmod(folder, 0o755);
  await chmod(join(dataDirectory, databaseFileName), 0o644);
  await chmod(join(dataDirectory, journalFileName), 0o644);
  await chmod(dataDirectory, 0o555);
});

afterEach(async () => {
  await chmod(dataDirectory, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

async function bundleProbe(): Promise<string> {
  return bundleNodeChild(fileURLToPath(new URL('../testing/routerProbeChild.ts', import.meta.url)), folder, 'probe');
}

/** The answers of the app opened on the read-only folder, as the user who cannot write it. */
async function answersOf(calls: Array<[string, unknown]>): Promise<Array<Envelope<unknown>>> {
  if (!asRoot) {
    const router = await openBriefingRouter({ dataDirectory, seed: sampleSeed() });
    const answers = [];
    for (const [channel, payload] of calls) answers.push(await router.handle(channel, payload));
    return answers;
  }
  const probe = await bundleProbe();
  const { stdout } = await run(process.execPath, [probe, dataDirectory, JSON.stringify(calls)], {
    uid: nobody,
    gid: nobody,
    cwd: folder,
    env: { ...process.env, SUMMIT_BRIEFING_PROBE_CHILD: '1', HOME: folder },
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Envelope<unknown>);
}

describe('a data folder without write permission', () => {
  it('opens for reading, says why it is read-only, and refuses a change without touching the file', async () => {
    const before = await readFile(join(dataDirectory, databaseFileName), 'utf8');
    const namesBefore = (await readdir(dataDirectory)).sort();

    const [library, starred] = await answersOf([
      ['getLibrary', {}],
      ['setStarred', { factId: 'trade-volume', starred: true }],
    ]);

    expect(library?.ok, JSON.stringify(library)).toBe(true);
    const opened = (library as { ok: true; value: Library }).value;
    expect(opened.readOnly?.reason).toMatch(/^Summit Briefing is not allowed to write to its data folder \(EACCES on /);
    expect(opened.user.notes.map((note) => note.markdown)).toEqual(['Written before']);
    expect(starred).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await readFile(join(dataDirectory, databaseFileName), 'utf8')).toBe(before);
    expect((await readdir(dataDirectory)).sort()).toEqual(namesBefore);
  }, 60_000);
});
