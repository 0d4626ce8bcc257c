/**
 * The Electron adapters wired to the stand-in `electron` module (testing/standInElectron.ts, which
 * stands in for the binary that cannot be downloaded here): proves that each handler Electron
 * calls is registered, on every window and session, and obeys the decisions in
 * policy/securityPolicy.ts. The whole main process runs in mainProcess.*.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, ipcChannel } from '../../shared/channels';
import type { Router } from '../ipc/router';
import { appPageUrl } from './policy/appProtocol';
import { StandInSession, StandInWebContents, standInEvent } from './testing/standInEmitters';
import { standIn } from './testing/standInElectron';

vi.mock('electron', () => standIn.module);

const { applySecurityPolicy } = await import('./security');
const { registerIpc } = await import('./ipcBridge');
const { createMainWindow, rendererUrl } = await import('./mainWindow');

const appUrl = appPageUrl;

beforeEach(() => {
  standIn.reset({ userData: '/stand-in/userData', appPath: '/stand-in/app' });
});

async function securedApp(): Promise<{ defaultSession: StandInSession }> {
  applySecurityPolicy(() => appUrl);
  standIn.becomeReady();
  await Promise.resolve();
  await Promise.resolve();
  return { defaultSession: standIn.module.session.defaultSession };
}

function newContents(): StandInWebContents {
  const contents = new StandInWebContents();
  standIn.module.app.emit('web-contents-created', standInEvent(), contents);
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
    const event = standInEvent();
    const webPreferences: Record<string, unknown> = { preload: '/tmp/evil.js', nodeIntegration: true, sandbox: false };
    contents.emit('will-attach-webview', event, webPreferences, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
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
        const created = new StandInSession();
        standIn.module.app.emit('session-created', created);
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
    registerIpc(router, () => appUrl, { onRefused: (url) => refused.push(url) });
    return { calls, refused };
  }

  function invoke(channel: string, senderFrame: unknown): unknown {
    return standIn.invoke(channel, { some: 'payload' }, senderFrame as { url: string; parent: unknown } | null);
  }

  it('registers one handler per contract channel', () => {
    registered();
    expect([...standIn.state.ipcHandlers.keys()].sort()).toEqual(channelNames.map((name) => ipcChannel(name)).sort());
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
    const [window] = standIn.state.windows;
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(String(preferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('ignores ELECTRON_RENDERER_URL in an installed app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    try {
      standIn.reset({ userData: '/u', appPath: '/a', isPackaged: true });
      expect(rendererUrl()).toBe(appPageUrl);
      standIn.reset({ userData: '/u', appPath: '/a', isPackaged: false });
      expect(rendererUrl()).toBe(appPageUrl);
      vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
      expect(rendererUrl()).toBe('http://localhost:5173/');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
