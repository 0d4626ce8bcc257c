/**
 * The main process, run for real in Node: src/main/electron/index.ts against a stand-in `electron`
 * module (testing/standInElectron.ts), which stands in for the Electron binary that cannot be
 * downloaded on this project's machines. The database, router, protocol handler and policies are
 * the real ones, on temp folders. This file covers start-up, the window, app://, IPC and the menu;
 * mainProcess.lifecycle.test.ts covers quitting, second launches and the data folder.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublishedCommand } from '../../shared/menuCommands';
import { channelNames, ipcChannel, ipcEvent } from '../../shared/channels';
import { contentSecurityPolicyHeader } from './policy/appProtocol';
import { standIn } from './testing/standInElectron';
import {
  appFrame,
  becomeReady,
  makeFolders,
  removeFolders,
  runIndex,
  secretText,
  stopApp,
  type HarnessFolders,
} from './testing/runMainProcess';

vi.mock('electron', () => standIn.module);

// Each test opens the real store on disk and the whole main process: give a busy machine time.
vi.setConfig({ testTimeout: 20_000 });

let folders: HarnessFolders;

beforeEach(async () => {
  folders = await makeFolders();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await stopApp();
  vi.restoreAllMocks();
  await removeFolders(folders);
});

async function started(options: Parameters<typeof runIndex>[1] = {}) {
  await runIndex(folders, { args: [`--data-dir=${join(folders.root, 'data')}`], ...options });
  await becomeReady();
  const [window] = standIn.state.windows;
  if (!window) throw new Error('no window');
  return window;
}

describe('start-up', () => {
  it('registers app:// as a privileged standard, secure scheme before the app is ready', async () => {
    await runIndex(folders);
    expect(standIn.state.ready).toBe(false);
    expect(standIn.state.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
      },
    ]);
    expect(standIn.state.privilegedSchemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });

  it('registers every contract channel exactly once', async () => {
    await started();
    // The stand-in's ipcMain.handle throws on a second handler, as Electron's does.
    expect([...standIn.state.ipcHandlers.keys()].sort()).toEqual(channelNames.map((name) => ipcChannel(name)).sort());
  });

  it('opens one window on app://summit-briefing/index.html with the secure web preferences', async () => {
    const window = await started();
    expect(standIn.state.windows).toHaveLength(1);
    expect(window.url).toBe('app://summit-briefing/index.html');
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(String(preferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('never lets ELECTRON_RENDERER_URL point an installed app elsewhere', async () => {
    const window = await started({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } });
    expect(window.url).toBe('app://summit-briefing/index.html');
  });

  it('loads the local dev server while developing', async () => {
    const window = await started({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(window.url).toBe('http://localhost:5173/');
  });
});

describe('the app:// protocol', () => {
  it('serves the page with its CSP header and the assets with their types', async () => {
    await started();
    const page = await standIn.fetch('app://summit-briefing/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader());
    expect(await page.text()).toContain('<div id="root">');
    const script = await standIn.fetch('app://summit-briefing/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://summit-briefing/../secret.txt',
    'app://summit-briefing/..%2fsecret.txt',
    'app://summit-briefing/%2e%2e/secret.txt',
  ])('refuses %s', async (url) => {
    await started();
    const answer = await standIn.fetch(url);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await answer.text()).not.toContain(secretText);
  });

  it('refuses to write', async () => {
    await started();
    expect((await standIn.fetch('app://summit-briefing/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('IPC', () => {
  it('answers the app page and refuses a foreign page, an iframe and a vanished frame', async () => {
    await started();
    const channel = ipcChannel('getLibrary');
    const mine = (await standIn.invoke(channel, {}, appFrame)) as { ok: boolean; value?: { facts: unknown[] } };
    expect(mine.ok).toBe(true);
    expect(mine.value?.facts.length).toBeGreaterThan(0);
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://summit-briefing/print.html', parent: null },
      { url: 'file:///tmp/index.html', parent: null },
      { url: appFrame.url, parent: appFrame },
      null,
    ]) {
      const answer = (await standIn.invoke(channel, {}, frame)) as { ok: boolean; error?: { message: string } };
      expect(answer.ok, JSON.stringify(frame)).toBe(false);
      expect(answer.error?.message).toMatch(/not allowed/);
    }
  });

  it('denies new windows, navigation away and every permission on the window it opened', async () => {
    const window = await started();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.webContents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(window.webContents.navigate('will-navigate', 'app://summit-briefing/index.html#/cards')).toBe(false);
    const session = standIn.module.session.defaultSession;
    expect(session.permissionCheck?.({}, 'notifications')).toBe(false);
    expect(session.cancels('https://example.com/')).toBe(true);
    expect(session.cancels('file:///etc/passwd')).toBe(true);
    expect(session.cancels('app://summit-briefing/assets/index-abc.js')).toBe(false);
  });
});

describe('the menu', () => {
  function menuRoles(): unknown[] {
    return standIn.state.applicationMenu?.all().map((item) => item.role) ?? [];
  }

  it('is set, with no Reload or DevTools in an installed app', async () => {
    await started({ isPackaged: true });
    expect(standIn.state.applicationMenu).not.toBeNull();
    expect(menuRoles()).not.toContain('toggleDevTools');
    expect(menuRoles()).not.toContain('reload');
    expect(menuRoles()).not.toContain('forceReload');
    expect(menuRoles()).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'zoomIn']),
    );
  });

  it('keeps Reload and DevTools while developing', async () => {
    await started();
    expect(menuRoles()).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  const published: PublishedCommand[] = [
    { id: 'new-card', label: 'New card', menu: 'File', group: 'Cards', accelerator: 'CmdOrCtrl+N', enabled: true },
    { id: 'undo', label: 'Undo', menu: 'Edit', group: 'Edit', accelerator: 'CmdOrCtrl+Z', enabled: true },
    { id: 'go-security', label: 'Go to Security', menu: 'Go', group: 'Go to', accelerator: '6', enabled: true },
  ];

  it.each(published.map((command) => command.id))(
    'rebuilds the menu from what the window published and sends %s back as a runCommand event',
    async (commandId) => {
      const window = await started();
      expect(standIn.state.applicationMenu?.getMenuItemById(commandId)).toBeFalsy();
      const answer = await standIn.invoke(ipcChannel('publishMenu'), { commands: published }, appFrame);
      expect(answer).toEqual({ ok: true, value: { published: published.length } });
      standIn.state.applicationMenu?.getMenuItemById(commandId)?.click?.();
      expect(window.webContents.sent).toEqual([{ channel: ipcEvent('runCommand'), payload: { commandId } }]);
    },
  );

  it('keeps its menu when the window publishes a hostile list', async () => {
    await started();
    await standIn.invoke(ipcChannel('publishMenu'), { commands: published }, appFrame);
    const menu = standIn.state.applicationMenu;
    const answer = (await standIn.invoke(
      ipcChannel('publishMenu'),
      { commands: [{ ...published[0], id: 'new-card"><script>' }] },
      appFrame,
    )) as { ok: boolean };
    expect(answer.ok).toBe(false);
    expect(standIn.state.applicationMenu).toBe(menu);
  });

  it('shows where the data lives, and opens the folder when asked', async () => {
    await started();
    standIn.state.messageBoxAnswers.push(0);
    standIn.state.applicationMenu?.getMenuItemById('show-data-folder')?.click?.();
    await vi.waitFor(() => expect(standIn.state.opened.paths).toHaveLength(1));
    expect(String(standIn.state.messageBoxes[0]?.detail)).toContain(join(folders.root, 'data'));
    expect(standIn.state.opened.paths[0]).toBe(join(folders.root, 'data'));
  });

  it('shows the About panel', async () => {
    await started();
    standIn.state.applicationMenu?.getMenuItemById('about')?.click?.();
    expect(standIn.state.aboutPanelShown).toBe(1);
    expect(standIn.state.aboutPanel).toMatchObject({ applicationName: 'Summit Briefing' });
  });
});
