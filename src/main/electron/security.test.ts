/**
 * The Electron adapters wired to a stand-in `electron` module: proves that each handler Electron
 * calls is registered, on every window and session, and obeys the decisions in securityPolicy.
 * The real `electron` package is never loaded (without its binary it would try to download one).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, ipcChannel } from '../../shared/channels';
import type { Router } from '../ipc/router';

type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (...values: unknown[]) => unknown)(...args);
  }
}

class FakeSession {
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (contents: unknown, permission: string) => boolean;
  devicePermission?: (details: { deviceType: string }) => boolean;
  beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']) {
    this.devicePermission = handler;
  }
  webRequest = {
    onBeforeRequest: (handler: FakeSession['beforeRequest']) => {
      this.beforeRequest = handler;
    },
  };
}

class FakeWebContents extends FakeEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation-style event the way Electron 45 does and says whether it was prevented. */
  navigate(name: string, url: string, isMainFrame = true): boolean {
    let prevented = false;
    this.emit(name, { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

const electron = vi.hoisted(() => {
  const app = {
    listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
    isPackaged: false,
    on(name: string, listener: (...args: unknown[]) => void) {
      app.listeners.set(name, [...(app.listeners.get(name) ?? []), listener]);
      return app;
    },
    emit(name: string, ...args: unknown[]) {
      for (const listener of app.listeners.get(name) ?? []) listener(...args);
    },
    whenReady: () => Promise.resolve(),
  };
  const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  return {
    app,
    session: { defaultSession: undefined as unknown },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) =>
        handlers.set(channel, handler),
    },
    handlers,
    windows,
    BrowserWindow: class {
      readonly record: { options: Record<string, unknown>; url?: string };
      constructor(options: Record<string, unknown>) {
        this.record = { options };
        windows.push(this.record);
      }
      once() {}
      loadURL(url: string) {
        this.record.url = url;
        return Promise.resolve();
      }
    },
    nativeTheme: { shouldUseDarkColors: false },
  };
});

vi.mock('electron', () => electron);

const { applySecurityPolicy } = await import('./security');
const { registerIpc } = await import('./ipcBridge');
const { createMainWindow, rendererUrl } = await import('./mainWindow');

const appUrl = 'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html';

beforeEach(() => {
  electron.app.listeners.clear();
  electron.handlers.clear();
  electron.windows.length = 0;
});

async function securedApp(): Promise<{ defaultSession: FakeSession }> {
  const defaultSession = new FakeSession();
  electron.session.defaultSession = defaultSession;
  applySecurityPolicy(() => appUrl);
  await Promise.resolve();
  await Promise.resolve();
  return { defaultSession };
}

function newContents(): FakeWebContents {
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}

describe('applySecurityPolicy: every web contents', () => {
  it('denies every new window', async () => {
    await securedApp();
    const contents = newContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: appUrl })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s off the app page and allows it within the page',
    async (eventName) => {
      await securedApp();
      const contents = newContents();
      expect(contents.navigate(eventName, 'https://example.com/')).toBe(true);
      expect(contents.navigate(eventName, 'file:///etc/passwd')).toBe(true);
      expect(contents.navigate(eventName, `${appUrl}#/cards`)).toBe(false);
    },
  );

  it('prevents any subframe navigation', async () => {
    await securedApp();
    expect(newContents().navigate('will-frame-navigate', appUrl, false)).toBe(true);
  });

  it('destroys a webview before it attaches, stripped of preload and Node', async () => {
    await securedApp();
    const contents = newContents();
    let prevented = false;
    const webPreferences: Record<string, unknown> = { preload: '/tmp/evil.js', nodeIntegration: true, sandbox: false };
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, webPreferences, {
      src: 'https://example.com/',
    });
    expect(prevented).toBe(true);
    expect(webPreferences).toEqual({ nodeIntegration: false, contextIsolation: true, sandbox: true });
  });
});

describe('applySecurityPolicy: every session', () => {
  it.each([
    ['the default session', async () => (await securedApp()).defaultSession],
    [
      'a session created later',
      async () => {
        await securedApp();
        const created = new FakeSession();
        electron.app.emit('session-created', created);
        return created;
      },
    ],
  ])('denies permissions and cancels network requests on %s', async (_name, sessionUnderTest) => {
    const session = await sessionUnderTest();
    const answers: boolean[] = [];
    for (const permission of ['notifications', 'geolocation', 'media', 'openExternal', 'clipboard-read']) {
      session.permissionRequest?.({}, permission, (granted) => answers.push(granted));
      answers.push(session.permissionCheck?.({}, permission) ?? true);
    }
    answers.push(session.devicePermission?.({ deviceType: 'usb' }) ?? true);
    expect(answers).toHaveLength(11);
    expect(answers.every((granted) => granted === false)).toBe(true);

    const cancelled: boolean[] = [];
    session.beforeRequest?.({ url: 'https://example.com/' }, ({ cancel }) => cancelled.push(cancel));
    session.beforeRequest?.({ url: `${appUrl.replace('index.html', 'assets/index.js')}` }, ({ cancel }) =>
      cancelled.push(cancel),
    );
    expect(cancelled).toEqual([true, false]);
  });
});

describe('registerIpc: the sender check (checklist 17)', () => {
  function registered(): { calls: [string, unknown][]; refused: (string | undefined)[] } {
    const calls: [string, unknown][] = [];
    const refused: (string | undefined)[] = [];
    const router: Router = {
      handle: async (channel, payload) => {
        calls.push([channel, payload]);
        return { ok: true, value: null };
      },
    };
    registerIpc(
      router,
      () => appUrl,
      (url) => refused.push(url),
    );
    return { calls, refused };
  }

  function invoke(channel: string, senderFrame: unknown): unknown {
    const handler = electron.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame }, { some: 'payload' });
  }

  it('registers one handler per contract channel', () => {
    registered();
    expect([...electron.handlers.keys()].sort()).toEqual(channelNames.map((name) => ipcChannel(name)).sort());
  });

  it('passes a call from the app page main frame to the router', async () => {
    const { calls } = registered();
    const name = channelNames[0];
    await invoke(ipcChannel(name), { url: `${appUrl}#/x`, parent: null });
    expect(calls).toEqual([[name, { some: 'payload' }]]);
  });

  it.each([
    ['another page', { url: 'https://evil.example/', parent: null }],
    ['an iframe showing the app page', { url: appUrl, parent: { url: appUrl } }],
    ['a frame that is gone', null],
    [
      'a frame that throws when read',
      Object.defineProperty({}, 'url', {
        get: () => {
          throw new Error('disposed');
        },
      }),
    ],
  ])('refuses %s without calling the router', async (_name, frame) => {
    const { calls, refused } = registered();
    for (const name of channelNames) {
      const answer = (await invoke(ipcChannel(name), frame)) as { ok: boolean; error?: { message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(/not allowed/);
    }
    expect(calls).toEqual([]);
    expect(refused).toHaveLength(channelNames.length);
  });
});

describe('createMainWindow: web preferences (checklists 2, 3, 4, 6, 8, 9, 10, 12)', () => {
  it('opens the window with every security preference set explicitly', () => {
    createMainWindow(appUrl);
    const [window] = electron.windows;
    expect(window?.url).toBe(appUrl);
    const preferences = window?.options.webPreferences as Record<string, unknown>;
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
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(String(preferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('ignores ELECTRON_RENDERER_URL in an installed app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    try {
      electron.app.isPackaged = true;
      expect(rendererUrl()).toMatch(/^file:\/\/.*renderer\/index\.html$/);
      electron.app.isPackaged = false;
      expect(rendererUrl()).toMatch(/^file:\/\/.*renderer\/index\.html$/);
      vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
      expect(rendererUrl()).toBe('http://localhost:5173/');
    } finally {
      electron.app.isPackaged = false;
      vi.unstubAllEnvs();
    }
  });
});
