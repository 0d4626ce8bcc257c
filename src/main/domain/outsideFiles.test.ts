/**
 * Files that come from outside the app's control: the database file found at start (edited by
 * hand, cut short by a full disk, replaced by something else, absurdly large) and the backups
 * beside it. Each must get a clear error naming the file, and nothing may be lost or
 * overwritten: the bad bytes survive either in place or moved aside with "corrupt" in the name.
 * The same files offered as a backup to import are refused before anything changes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFormat, backupVersion } from '../../shared/export/backupSchemas';
import { BriefingError } from '../../shared/errors';
import { readBackupFile, serialiseBackup } from './backupFile';
import { serialiseDatabase } from './databaseFile';
import { databaseFileName, openFactStore, type FactStore } from './factStore';
import { databaseFromSeed } from './seed';
import { sampleSeed } from '../../shared/testing/sampleSeed';

const megabyte = 1024 * 1024;
/** Memory-backed where there is one, so the 200 MB file costs no disk time; it is deleted after each test. */
const scratchRoot = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

let dataDirectory: string;
let filePath: string;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(scratchRoot, 'summit-briefing-outside-'));
  filePath = join(dataDirectory, databaseFileName);
});

afterEach(async () => {
  await rm(dataDirectory, { recursive: true, force: true });
});

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Nothing lost: the original bytes are still in the data folder, either where they were or
 * moved aside under a name containing "corrupt" (what recovery does before restoring a backup).
 */
async function expectNothingLost(dataDir: string, originalBytesHash: string): Promise<void> {
  const names = await readdir(dataDir);
  const candidates = names.filter((name) => name === databaseFileName || name.includes('corrupt'));
  const hashes = await Promise.all(candidates.map((name) => hashFile(join(dataDir, name)).catch(() => 'unreadable')));
  expect(hashes, `the original bytes survive in ${dataDir} (found ${names.join(', ')})`).toContain(originalBytesHash);
}

type Outcome = { store: FactStore } | { error: unknown };

async function openStore(): Promise<Outcome> {
  return openFactStore({ dataDirectory, seed: sampleSeed() })
    .then((store) => ({ store }))
    .catch((error: unknown) => ({ error }));
}

/**
 * A clear error: either opening fails with `database-invalid` naming the file, or the store
 * opens (after moving the bad file aside) and tells the user, in words naming the file.
 * Returns what the user is told.
 */
async function expectClearError(outcome: Outcome): Promise<string> {
  if ('error' in outcome) {
    expect(outcome.error).toBeInstanceOf(BriefingError);
    const error = outcome.error as BriefingError;
    expect(error.code).toBe('database-invalid');
    expect(error.message).toContain(filePath);
    return error.message;
  }
  const { notice } = outcome.store.library() as { notice?: { message?: unknown } };
  await outcome.store.flush();
  expect(notice, 'the user is told that the database could not be read').toBeDefined();
  expect(String(notice?.message)).toContain(filePath);
  return String(notice?.message);
}

/** Deterministic bytes with every value, NULs included, so a failure can be reproduced. */
function garbage(length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let block = 0; block * 32 < length; block++) {
    chunks.push(createHash('sha256').update(`${block}`).digest());
  }
  const bytes = Buffer.concat(chunks).subarray(0, length);
  for (let index = 0; index < length; index += 97) bytes[index] = 0;
  return bytes;
}

const validText = serialiseDatabase(databaseFromSeed(sampleSeed()));
const validDatabase = JSON.parse(validText) as Record<string, unknown>;

const badFiles: { name: string; bytes: () => Buffer }[] = [
  { name: 'truncated JSON (half a database)', bytes: () => Buffer.from(validText.slice(0, validText.length / 2)) },
  { name: 'truncated JSON (all but the last brace)', bytes: () => Buffer.from(validText.trimEnd().slice(0, -1)) },
  { name: 'binary garbage with NUL bytes', bytes: () => garbage(64 * 1024) },
  { name: 'the database re-encoded as UTF-16', bytes: () => Buffer.from(`\ufeff${validText}`, 'utf16le') },
  { name: 'valid JSON of the wrong shape', bytes: () => Buffer.from('{"facts":"oops","starred":{}}') },
  {
    name: 'a database with one field of the wrong type',
    bytes: () => Buffer.from(JSON.stringify({ ...validDatabase, facts: 'oops' })),
  },
  { name: 'an empty object', bytes: () => Buffer.from('{}') },
  { name: 'a JSON array', bytes: () => Buffer.from('[]') },
  { name: 'a JSON array holding a database', bytes: () => Buffer.from(`[${validText}]`) },
  { name: 'JSON null', bytes: () => Buffer.from('null') },
  { name: 'a JSON string', bytes: () => Buffer.from(JSON.stringify(validText)) },
  { name: 'an empty file', bytes: () => Buffer.alloc(0) },
  { name: 'only whitespace', bytes: () => Buffer.from(' \n\t\r\n') },
  {
    name: 'prototype-pollution keys',
    bytes: () =>
      Buffer.from(
        `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${validText.trim().slice(1)}`,
      ),
  },
  { name: '100,000 levels of nesting', bytes: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
];

describe('a bad database file at start', () => {
  it.each(badFiles)('$name: a clear error, and nothing lost', async ({ bytes }) => {
    const original = bytes();
    await writeFile(filePath, original);

    await expectClearError(await openStore());

    await expectNothingLost(dataDirectory, sha256(original));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps every backup when the database is bad, the good ones and the damaged ones', async () => {
    const backups = join(dataDirectory, 'backups');
    await mkdir(backups);
    const kept = new Map<string, string>([
      [join(backups, 'summit-briefing-20210817T093000000Z.json'), validText],
      [join(backups, 'summit-briefing-20210818T093000000Z.json'), validText.slice(0, 100)],
      [join(backups, 'summit-briefing-20210819T093000000Z.json'), '[]'],
    ]);
    for (const [path, text] of kept) await writeFile(path, text);
    const original = Buffer.from('{"schemaVersion":');
    await writeFile(filePath, original);

    await expectClearError(await openStore());

    await expectNothingLost(dataDirectory, sha256(original));
    for (const [path, text] of kept) expect(await readFile(path, 'utf8'), path).toBe(text);
  });
});

describe('a bad backup to import', () => {
  const backupFiles: { name: string; bytes: () => Buffer }[] = [
    ...badFiles,
    { name: 'a database file, not a backup', bytes: () => Buffer.from(validText) },
    { name: 'a backup of another format', bytes: () => Buffer.from('{"format":"other-app-backup","version":1}') },
    {
      name: 'a backup from a newer version',
      bytes: () =>
        Buffer.from(JSON.stringify({ format: backupFormat, version: backupVersion + 1, database: validDatabase })),
    },
    {
      name: 'a backup holding a damaged database',
      bytes: () =>
        Buffer.from(JSON.stringify({ format: backupFormat, version: backupVersion, database: { facts: 'oops' } })),
    },
  ];

  it.each(backupFiles)('$name: refused with a clear error, and left as it is', async ({ bytes }) => {
    const path = join(dataDirectory, 'incoming backup.json');
    const original = bytes();
    await writeFile(path, original);

    const error = await readBackupFile(path).then(
      () => undefined,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).code).toBe('database-invalid');
    expect((error as BriefingError).message).toContain(basename(path));
    expect(await hashFile(path)).toBe(sha256(original));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a good backup, so the refusals above are not refusing everything', async () => {
    const path = join(dataDirectory, 'good backup.json');
    await writeFile(path, serialiseBackup(databaseFromSeed(sampleSeed()), '2021-08-17T09:30:00.000Z'));
    await expect(readBackupFile(path)).resolves.toMatchObject({ format: backupFormat });
  });
});

describe('a 200 MB file from outside', () => {
  /** Streams `size` bytes that begin like a database, hashing them on the way: never 200 MB in memory. */
  async function writeLargeFile(path: string, size: number): Promise<string> {
    const hash = createHash('sha256');
    const stream = createWriteStream(path);
    const head = Buffer.from('{"schemaVersion":1,"facts":[');
    const filler = Buffer.alloc(megabyte, ' ');
    const write = (chunk: Buffer): Promise<void> | void => {
      hash.update(chunk);
      if (!stream.write(chunk)) return new Promise((resolve) => stream.once('drain', resolve));
    };
    await write(head);
    for (let written = head.length; written < size; written += megabyte) {
      await write(filler.subarray(0, Math.min(megabyte, size - written)));
    }
    stream.end();
    await finished(stream);
    return hash.digest('hex');
  }

  it('is refused for its size, within seconds, as a backup and as the database, and kept', async () => {
    const incoming = join(dataDirectory, 'huge backup.json');
    const originalHash = await writeLargeFile(incoming, 200 * megabyte);

    let started = performance.now();
    const backupError = await readBackupFile(incoming).then(
      () => undefined,
      (reason: unknown) => reason as BriefingError,
    );
    expect(performance.now() - started, 'milliseconds to refuse the backup').toBeLessThan(15_000);
    expect(backupError?.code).toBe('database-invalid');
    expect(backupError?.message).toMatch(/\bMB\b.*larger than|larger than.*\bMB\b/);
    expect(await hashFile(incoming)).toBe(originalHash);

    await rename(incoming, filePath);
    started = performance.now();
    const message = await expectClearError(await openStore());
    expect(performance.now() - started, 'milliseconds to refuse the database').toBeLessThan(15_000);
    expect(message).toMatch(/\bMB\b.*larger than|larger than.*\bMB\b/);
    await expectNothingLost(dataDirectory, originalHash);
  }, 60_000);
});
