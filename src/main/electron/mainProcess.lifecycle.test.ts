/**
 * The main process, run for real in Node against the stand-in `electron` module (it stands in for
 * the Electron binary, which cannot be downloaded on this project's machines): quitting waits for
 * the last write, a second launch focuses the first window, the data folder is resolved, created,
 * locked and refused with a message, and links leave only after a native confirmation.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../shared/channels';
import type { Library } from '../../shared/contract';
import { lockFileName } from '../domain/dataFolderLock';
import { openBriefingRouter } from '../ipc/openBriefingRouter';
import seedJson from '../../../resources/seed/summit-2021.json';
import { standIn } from './testing/standInElectron';
import {
  appFrame,
  becomeReady,
  makeFolders,
  removeFolders,
  runIndex,
  stopApp,
  type HarnessFolders,
} from './testing/runMainProcess';

vi.mock('electron', () => standIn.module);

// Each test opens the real store on disk and the whole main process: give a busy machine time.
vi.setConfig({ testTimeout: 20_000 });

let folders: HarnessFolders;
let dataDir: string;

beforeEach(async () => {
  folders = await makeFolders();
  dataDir = join(folders.root, 'data');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await stopApp();
  vi.restoreAllMocks();
  await removeFolders(folders);
});

async function started(args = [`--data-dir=${dataDir}`], options: Parameters<typeof runIndex>[1] = {}) {
  await runIndex(folders, { args, ...options });
  await becomeReady();
}

function call<Value>(name: Parameters<typeof ipcChannel>[0], payload: unknown = {}) {
  return standIn.invoke(ipcChannel(name), payload, appFrame) as Promise<{ ok: boolean; value: Value }>;
}

/** What a fresh start from the disk would show. */
async function libraryOnDisk(folder: string): Promise<Library> {
  const router = await openBriefingRouter({ dataDirectory: folder, seed: seedJson });
  const answer = (await router.handle('getLibrary', {})) as { ok: true; value: Library };
  await router.flush();
  return answer.value;
}

async function firstFactId(): Promise<string> {
  const library = await call<Library>('getLibrary');
  const fact = library.value.facts[0];
  if (!fact) throw new Error('the seed has no facts');
  return fact.id;
}

describe('quitting', () => {
  it('waits for the last write before the process ends', async () => {
    await started();
    const factId = await firstFactId();
    const saving = call('createNote', {
      id: 'note-said-before-quitting',
      factId,
      markdown: 'Said just before quitting',
    });
    standIn.module.app.quit();
    // before-quit was prevented: the process is still there while the note is being written.
    expect(standIn.state.ended).toBe(false);
    expect((await saving).ok).toBe(true);
    await standIn.whenEnded();
    expect(standIn.state.exitCode).toBe(0);
    const notes = (await libraryOnDisk(dataDir)).user.notes;
    expect(notes.map((note) => note.markdown)).toEqual(['Said just before quitting']);
  });

  it('refuses calls that arrive once quitting has begun, changing nothing', async () => {
    await started();
    const factId = await firstFactId();
    standIn.module.app.quit();
    const late = (await call('setStarred', { factId, starred: true })) as { ok: boolean; error?: { message: string } };
    expect(late.ok).toBe(false);
    expect(late.error?.message).toMatch(/closing/);
    await standIn.whenEnded();
    expect((await libraryOnDisk(dataDir)).user.starred).toEqual([]);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('saves and quits on %s', async (signal) => {
    await started();
    const factId = await firstFactId();
    const saving = call('setStarred', { factId, starred: true });
    process.emit(signal);
    await saving;
    await standIn.whenEnded();
    expect((await libraryOnDisk(dataDir)).user.starred).toEqual([factId]);
  });

  it('holds off a Windows log-off until the last write is on disk', async () => {
    await started();
    const factId = await firstFactId();
    const saving = call('setStarred', { factId, starred: true });
    const [window] = standIn.state.windows;
    const event = {
      reasons: ['logoff'],
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    window?.emit('query-session-end', event);
    expect(event.defaultPrevented).toBe(true);
    await saving;
    await standIn.whenEnded();
    expect((await libraryOnDisk(dataDir)).user.starred).toEqual([factId]);
  });

  it('gives the data folder back: the lock file is there while running and gone after', async () => {
    await started();
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    await stopApp();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });
});

describe('a second launch', () => {
  it('focuses and restores the first window', async () => {
    await started();
    const [window] = standIn.state.windows;
    window?.minimize();
    standIn.launchSecondInstance([process.execPath, folders.appPath], folders.work);
    expect(window?.minimized).toBe(false);
    expect(standIn.state.focused).toBe(window);
  });

  it('quits without a window or a handler when the first instance holds the lock', async () => {
    await runIndex(folders, { args: [`--data-dir=${dataDir}`], singleInstanceLockFree: false });
    expect(standIn.state.ended).toBe(true);
    standIn.becomeReady();
    await new Promise((done) => setTimeout(done, 20));
    expect(standIn.state.windows).toHaveLength(0);
    expect(standIn.state.ipcHandlers.size).toBe(0);
    expect(standIn.state.lockRequests).toEqual([{ dataDirectory: dataDir }]);
  });
});

describe('the data folder', () => {
  it('starts fine on a relative --data-dir, resolved against the working folder', async () => {
    await started(['--data-dir=relative/data']);
    const resolved = join(folders.work, 'relative', 'data');
    expect(standIn.state.windows).toHaveLength(1);
    expect((await call<Library>('getLibrary')).value.databaseFile).toBe(join(resolved, 'summit-briefing.json'));
    expect(existsSync(join(resolved, 'summit-briefing.json'))).toBe(true);
  });

  it('resolves a relative SUMMIT_BRIEFING_DATA_DIR the same way', async () => {
    await started([], { env: { SUMMIT_BRIEFING_DATA_DIR: 'from-env' } });
    expect(existsSync(join(folders.work, 'from-env', 'summit-briefing.json'))).toBe(true);
  });

  it('keeps Chromium’s profile in the app’s own user-data folder, never in the data folder', async () => {
    await started();
    const profile = standIn.module.app.getPath('userData');
    expect(profile.startsWith(join(folders.userData, 'Profiles'))).toBe(true);
    expect(profile.startsWith(dataDir)).toBe(false);
  });

  it('uses the user-data folder itself when no data folder is given', async () => {
    await started([]);
    expect(standIn.module.app.getPath('userData')).toBe(folders.userData);
    expect(existsSync(join(folders.userData, 'summit-briefing.json'))).toBe(true);
  });

  it('refuses a folder it cannot create with a native error box, then quits', async () => {
    await writeFile(join(folders.root, 'a-file'), 'not a folder');
    await runIndex(folders, { args: [`--data-dir=${join(folders.root, 'a-file', 'data')}`] });
    expect(standIn.state.exitCode).toBe(1);
    expect(standIn.state.errorBoxes).toHaveLength(1);
    expect(standIn.state.errorBoxes[0]?.content).toMatch(/a-file.*cannot be used: part of the path is a file/s);
    expect(standIn.state.windows).toHaveLength(0);
  });

  it('refuses a folder another running copy has locked, and leaves its database alone', async () => {
    await started();
    await stopApp();
    const before = await readFile(join(dataDir, 'summit-briefing.json'), 'utf8');
    // Another copy on this machine that is still running (the test runner's own process) holds the lock.
    const holder = {
      app: 'summit-briefing',
      pid: process.ppid,
      hostname: hostname(),
      startedAt: new Date().toISOString(),
    };
    await writeFile(join(dataDir, lockFileName), JSON.stringify(holder));
    await runIndex(folders, { args: [`--data-dir=${dataDir}`] });
    await becomeReady();
    expect(standIn.state.exitCode).toBe(1);
    expect(String(standIn.state.messageBoxes[0]?.message)).toMatch(/already open on this data folder/);
    expect(standIn.state.windows).toHaveLength(0);
    expect(await readFile(join(dataDir, 'summit-briefing.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
  });

  it('asks before opening a folder locked on another computer, and opens it when told to', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      join(dataDir, lockFileName),
      JSON.stringify({
        app: 'summit-briefing',
        pid: 4242,
        hostname: 'delegation-laptop',
        startedAt: new Date().toISOString(),
      }),
    );
    await runIndex(folders, { args: [`--data-dir=${dataDir}`] });
    standIn.state.messageBoxAnswers.push(1);
    await becomeReady();
    expect(String(standIn.state.messageBoxes[0]?.detail)).toContain('delegation-laptop');
    expect(standIn.state.windows).toHaveLength(1);
  });
});

describe('links leave only after a native confirmation in the main process', () => {
  it('asks with the full address and opens only when the person agrees', async () => {
    await started();
    const url = 'https://www.gov.kz/memleket/entities/mfa?lang=en#summit';
    standIn.state.messageBoxAnswers.push(1);
    expect((await call<{ opened: boolean }>('openExternalLink', { url })).value).toEqual({
      opened: false,
      reason: 'declined',
    });
    expect(String(standIn.state.messageBoxes[0]?.detail)).toContain(url);
    expect(standIn.state.opened.external).toEqual([]);
    standIn.state.messageBoxAnswers.push(0);
    expect((await call<{ opened: boolean }>('openExternalLink', { url })).value).toEqual({ opened: true });
    expect(standIn.state.opened.external).toEqual([url]);
  });

  it('asks in the language the window speaks', async () => {
    await started();
    expect((await call('publishMenu', { commands: [], language: 'ko' })).ok).toBe(true);
    standIn.state.messageBoxAnswers.push(1);
    await call('openExternalLink', { url: 'https://www.gov.kz/' });
    expect(standIn.state.messageBoxes[0]?.message).toBe('브라우저에서 링크를 열까요?');
    expect(standIn.state.messageBoxes[0]?.buttons).toEqual(['브라우저에서 열기', '취소']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'https://user:pw@example.com/'])(
    'refuses %s without asking',
    async (url) => {
      await started();
      expect((await call<{ opened: boolean }>('openExternalLink', { url })).value).toEqual({
        opened: false,
        reason: 'unsafe',
      });
      expect(standIn.state.messageBoxes).toEqual([]);
      expect(standIn.state.opened.external).toEqual([]);
    },
  );
});
