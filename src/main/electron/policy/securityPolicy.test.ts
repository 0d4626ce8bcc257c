import { describe, expect, it } from 'vitest';
import { appPageUrl } from './appProtocol';
import {
  allowWebview,
  chooseRendererUrl,
  decidePermission,
  decideWindowOpen,
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
  isTrustedSender,
  isTrustedSenderFrame,
  shouldBlockNavigation,
} from './securityPolicy';

// The installed app's page, as the app:// protocol serves it, and the dev server's.
const fileAppUrl = appPageUrl;
const devAppUrl = 'http://localhost:5173/';

describe.each([
  { policy: 'isTrustedSender', check: isTrustedSender },
  { policy: 'isAllowedNavigation', check: isAllowedNavigation },
])('$policy: the page-matching rule the sender and navigation checks share', ({ check }) => {
  it.each([
    fileAppUrl,
    `${fileAppUrl}#/cards/trade-volume`,
    `${fileAppUrl}?topic=security`,
    `${fileAppUrl}?topic=security#notes`,
  ])('allows the app page %s', (url) => {
    expect(check(url, fileAppUrl)).toBe(true);
  });

  it('allows the dev server page with a hash', () => {
    expect(check(`${devAppUrl}#/export`, devAppUrl)).toBe(true);
  });

  it.each([
    'app://summit-briefing/print.html',
    'app://summit-briefing/other.html',
    'app://summit-briefing/index.html/extra',
    'app://evil/index.html',
    'app://summit-briefing.evil/index.html',
    'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html',
    'file:///etc/passwd',
    'https://summit-briefing/index.html',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
  ])('refuses %s', (url) => {
    expect(check(url, fileAppUrl)).toBe(false);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173/other',
  ])('refuses %s against the dev server', (url) => {
    expect(check(url, devAppUrl)).toBe(false);
  });

  it.each(['', 'not a url', '\u0000', 'index.html', '//localhost:5173/'])('refuses the garbage string %j', (url) => {
    expect(check(url, fileAppUrl)).toBe(false);
    expect(check(url, devAppUrl)).toBe(false);
  });

  it('refuses undefined', () => {
    expect(check(undefined as unknown as string, fileAppUrl)).toBe(false);
  });
});

describe('isTrustedSenderFrame (checklist 17)', () => {
  it('trusts the main frame of the app page, with a hash or query', () => {
    expect(isTrustedSenderFrame({ url: fileAppUrl, isMainFrame: true }, fileAppUrl)).toBe(true);
    expect(isTrustedSenderFrame({ url: `${fileAppUrl}#/cards/x`, isMainFrame: true }, fileAppUrl)).toBe(true);
    expect(isTrustedSenderFrame({ url: `${devAppUrl}?print=1`, isMainFrame: true }, devAppUrl)).toBe(true);
  });

  it('refuses an iframe, even one showing the app page', () => {
    expect(isTrustedSenderFrame({ url: fileAppUrl, isMainFrame: false }, fileAppUrl)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/evil/index.html',
    'about:blank',
    'about:srcdoc',
    'data:text/html,hi',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-error://chromewebdata/',
  ])('refuses the main frame of %s', (url) => {
    expect(isTrustedSenderFrame({ url, isMainFrame: true }, fileAppUrl)).toBe(false);
  });

  it('refuses a frame that is gone or has no address', () => {
    expect(isTrustedSenderFrame(null, fileAppUrl)).toBe(false);
    expect(isTrustedSenderFrame(undefined, fileAppUrl)).toBe(false);
    expect(isTrustedSenderFrame({ url: undefined, isMainFrame: true }, fileAppUrl)).toBe(false);
    expect(isTrustedSenderFrame({ url: '', isMainFrame: true }, fileAppUrl)).toBe(false);
  });
});

describe('shouldBlockNavigation (checklist 13)', () => {
  it('lets the main frame move within the app page', () => {
    expect(shouldBlockNavigation({ url: `${fileAppUrl}#/export`, isMainFrame: true }, fileAppUrl)).toBe(false);
    expect(shouldBlockNavigation({ url: `${devAppUrl}?topic=security`, isMainFrame: true }, devAppUrl)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://example.com/',
    'file:///etc/passwd',
    'app://summit-briefing/other.html',
    'app://summit-briefing/print.html',
    'file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'summit-briefing://open',
    'about:blank',
    'not a url',
    '',
  ])('blocks the main frame going to %j', (url) => {
    expect(shouldBlockNavigation({ url, isMainFrame: true }, fileAppUrl)).toBe(true);
  });

  it('blocks every subframe navigation, even to the app page', () => {
    expect(shouldBlockNavigation({ url: fileAppUrl, isMainFrame: false }, fileAppUrl)).toBe(true);
    expect(shouldBlockNavigation({ url: 'https://example.com/', isMainFrame: false }, fileAppUrl)).toBe(true);
  });

  it('blocks a look-alike of the dev server', () => {
    expect(shouldBlockNavigation({ url: 'http://localhost:5173.evil.example/', isMainFrame: true }, devAppUrl)).toBe(
      true,
    );
    expect(shouldBlockNavigation({ url: 'http://localhost:5174/', isMainFrame: true }, devAppUrl)).toBe(true);
  });
});

describe('decideWindowOpen (checklist 14)', () => {
  it.each(['https://example.com/', fileAppUrl, `${fileAppUrl}#/x`, 'about:blank', 'javascript:alert(1)', ''])(
    'denies a window for %j',
    (url) => {
      expect(decideWindowOpen({ url })).toEqual({ action: 'deny' });
    },
  );
});

describe('decidePermission (checklist 5)', () => {
  // Electron's permission names (electron.d.ts), plus names it may add and names that are not permissions at all.
  it.each([
    'notifications',
    'geolocation',
    'media',
    'display-capture',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'pointerLock',
    'keyboardLock',
    'midi',
    'midiSysex',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'window-management',
    'local-fonts',
    'idle-detection',
    'persistent-storage',
    'unknown',
    'a-permission-from-a-future-electron',
    '',
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ])('denies %j', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('allowWebview (checklists 11 and 12)', () => {
  it('never allows a webview', () => {
    expect(allowWebview({ src: fileAppUrl })).toBe(false);
    expect(allowWebview({ src: 'https://example.com/' })).toBe(false);
    expect(allowWebview({})).toBe(false);
  });
});

describe('isAllowedRequest (checklist 1)', () => {
  it('lets the app protocol and in-page data through to the CSP and the protocol handler', () => {
    for (const url of [
      `${fileAppUrl}`,
      'app://summit-briefing/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:app://summit-briefing/0c6e7d1b-0000-4000-8000-000000000000',
      'devtools://devtools/bundled/devtools_app.html',
    ]) {
      expect(isAllowedRequest(url, fileAppUrl), url).toBe(true);
    }
  });

  it('cancels every file: request from a page served over app:// or the dev server', () => {
    for (const appUrl of [fileAppUrl, devAppUrl]) {
      expect(isAllowedRequest('file:///etc/passwd', appUrl)).toBe(false);
      expect(isAllowedRequest('file:///opt/Summit%20Briefing/resources/app.asar/out/renderer/index.html', appUrl)).toBe(
        false,
      );
    }
    // Only a page that is itself a file (which the app no longer serves) keeps file: for the CSP to judge.
    expect(isAllowedRequest('file:///tmp/page/assets/x.js', 'file:///tmp/page/index.html')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://example.com/script.js',
    'wss://example.com/socket',
    'ws://localhost:5173/',
    'ftp://example.com/file',
    'http://localhost:5173/src/main.tsx',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  ])('cancels %s for the installed app', (url) => {
    expect(isAllowedRequest(url, fileAppUrl)).toBe(false);
  });

  it('lets the dev server page, its modules and its hot-reload socket through while developing', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', devAppUrl)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', devAppUrl)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=abc', devAppUrl)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'wss://localhost:5173/',
  ])('cancels %s while developing', (url) => {
    expect(isAllowedRequest(url, devAppUrl)).toBe(false);
  });

  it('cancels an address that does not parse', () => {
    expect(isAllowedRequest('http://', fileAppUrl)).toBe(false);
    expect(isAllowedRequest('', fileAppUrl)).toBe(false);
    expect(isAllowedRequest('https://example.com/', 'not a url')).toBe(false);
  });
});

describe('chooseRendererUrl (checklist 1)', () => {
  const builtPageUrl = fileAppUrl;

  it('loads the built page in an installed app, whatever the environment says', () => {
    for (const devServerUrl of [undefined, '', 'http://localhost:5173/', 'https://evil.example/']) {
      expect(chooseRendererUrl({ devServerUrl, isPackaged: true, builtPageUrl })).toBe(builtPageUrl);
    }
  });

  it('loads the local dev server while developing', () => {
    expect(chooseRendererUrl({ devServerUrl: 'http://localhost:5173', isPackaged: false, builtPageUrl })).toBe(
      'http://localhost:5173/',
    );
    expect(chooseRendererUrl({ devServerUrl: 'http://127.0.0.1:5173/', isPackaged: false, builtPageUrl })).toBe(
      'http://127.0.0.1:5173/',
    );
    expect(chooseRendererUrl({ devServerUrl: 'http://[::1]:5173/', isPackaged: false, builtPageUrl })).toBe(
      'http://[::1]:5173/',
    );
  });

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'http://localhost.evil.example:5173/',
    'http://user:secret@localhost:5173/',
    'file:///tmp/evil.html',
    'app://summit-briefing/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('ignores a dev server URL of %j and loads the built page', (devServerUrl) => {
    expect(chooseRendererUrl({ devServerUrl, isPackaged: false, builtPageUrl })).toBe(builtPageUrl);
  });
});

describe('isSafeExternalUrl (checklist 15)', () => {
  it.each([
    'https://example.com/',
    'http://example.com/page?q=1#part',
    'HTTPS://EXAMPLE.COM/',
    'https://www.gov.kz/memleket/entities/mfa',
    'https://예시.kr/',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/payload.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=calc',
    'smb://server/share',
    'ftp://example.com/file',
    'summit-briefing://open',
    'chrome://settings',
    'about:blank',
    'https://user:password@example.com/',
    'https://user@example.com/',
    'https://',
    '//example.com/',
    'example.com',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
