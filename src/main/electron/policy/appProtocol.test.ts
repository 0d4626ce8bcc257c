import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOrigin,
  appPageUrl,
  chooseRendererRoot,
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  routeAppRequest,
  serveAppRequest,
} from './appProtocol';

let folder: string;
let root: string;
const secret = 'the contents of a file outside the app folder';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-protocol-'));
  root = join(folder, 'renderer');
  await mkdir(join(root, 'assets', 'fonts'), { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html><meta\n      http-equiv="Content-Security-Policy"\n      content="${contentSecurityPolicy()}"\n    /><div id="root"></div>`,
  );
  await writeFile(join(root, 'print.html'), '<!doctype html><title>Print</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'fonts', 'inter-latin.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(root, 'assets', 'tool.exe'), 'MZ');
  await writeFile(join(root, '.hidden.json'), '{}');
  await writeFile(join(folder, 'secret.txt'), secret);
  await writeFile(join(folder, 'secret.js'), secret);
  await symlink(join(folder, 'secret.js'), join(root, 'assets', 'leak.js'));
  await symlink(join(root, 'index.html'), join(root, 'alias.html'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const text = (body: Uint8Array | null) => (body ? new TextDecoder().decode(body) : '');

describe('serveAppRequest: what it serves', () => {
  it.each([`${appOrigin}/`, appOrigin, appPageUrl, `${appPageUrl}?topic=security#cards`])(
    'serves the page for %s with the CSP header',
    async (url) => {
      const answer = await serveAppRequest(url, { root });
      expect(answer.status).toBe(200);
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicyHeader());
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(text(answer.body)).toContain('<div id="root">');
    },
  );

  it.each([
    ['print.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/fonts/inter-latin.woff2', 'font/woff2'],
    ['assets/fonts/inter%2Dlatin.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const answer = await serveAppRequest(`${appOrigin}/${path}`, { root });
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe(type);
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicyHeader());
  });

  it('follows a symlink that stays inside the folder', async () => {
    expect((await serveAppRequest(`${appOrigin}/alias.html`, { root })).status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const answer = await serveAppRequest(appPageUrl, { root, method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBeNull();
  });

  it('names the serving origin in the page meta policy when it is not app:// (the browser target)', async () => {
    const origin = 'http://summit-briefing.test';
    const answer = await serveAppRequest(`${origin}/index.html`, { root, origin });
    expect(answer.status).toBe(200);
    expect(text(answer.body)).toContain(`content="${contentSecurityPolicy(origin)}"`);
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicyHeader(origin));
    // In Electron the page goes out byte for byte as built.
    const fromDisk = await readFile(join(root, 'index.html'), 'utf8');
    expect(text((await serveAppRequest(appPageUrl, { root })).body)).toBe(fromDisk);
  });
});

describe('serveAppRequest: what it refuses', () => {
  async function expectRefused(url: string, status: number, method = 'GET') {
    const answer = await serveAppRequest(url, { root, method });
    expect(answer.status, url).toBe(status);
    expect(text(answer.body)).not.toContain(secret);
    expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicyHeader());
    expect(answer.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  }

  it.each([
    // The URL parser folds these into the folder, where nothing of the kind exists.
    `${appOrigin}/../secret.txt`,
    `${appOrigin}/../../../../etc/passwd`,
    `${appOrigin}/assets/../../secret.txt`,
    `${appOrigin}/%2e%2e/secret.txt`,
    `${appOrigin}/%2E%2E/%2E%2E/secret.txt`,
    `${appOrigin}/%252e%252e/secret.txt`,
  ])('never serves a file outside the folder for %s', async (url) => {
    await expectRefused(url, 404);
  });

  it.each([
    `${appOrigin}/..%2fsecret.txt`,
    `${appOrigin}/assets%2f..%2f..%2fsecret.txt`,
    `${appOrigin}/..%5csecret.txt`,
    `${appOrigin}/assets%5C..%5C..%5Csecret.txt`,
    `${appOrigin}//etc/passwd`,
    `${appOrigin}/assets//index-abc.js`,
    `${appOrigin}/C:/Windows/win.ini`,
    `${appOrigin}/C%3A%5CWindows%5Cwin.ini`,
    `${appOrigin}/index.html%00.js`,
    `${appOrigin}/assets/leak.js`,
  ])('refuses %s as leaving the folder', async (url) => {
    await expectRefused(url, 403);
  });

  it.each([
    'app://evil/index.html',
    'app:///etc/passwd',
    'app://summit-briefing.evil/index.html',
    'http://summit-briefing/index.html',
    'file:///etc/passwd',
  ])('refuses %s as not the app origin', async (url) => {
    await expectRefused(url, 403);
  });

  it.each([
    `${appOrigin}/missing.html`,
    `${appOrigin}/assets`,
    `${appOrigin}/assets/`,
    `${appOrigin}/assets/tool.exe`,
    `${appOrigin}/.hidden.json`,
  ])('answers 404 for %s', async (url) => {
    await expectRefused(url, url.endsWith('/') ? 403 : 404);
  });

  it('refuses a backslash and an address that does not parse', async () => {
    await expectRefused(`${appOrigin}/..\\secret.txt`, 400);
    await expectRefused('not a url', 400);
    await expectRefused(`${appOrigin}/%E0%A4%A`, 400);
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    await expectRefused(appPageUrl, 405, method);
  });

  it('says the app is not built when the folder is missing', async () => {
    const answer = await serveAppRequest(appPageUrl, { root: join(folder, 'nothing-here') });
    expect(answer.status).toBe(404);
    expect(text(answer.body)).toMatch(/not built/);
  });
});

describe('routeAppRequest', () => {
  it('maps a request to the segments of a file and its type, without touching the disk', () => {
    expect(routeAppRequest(`${appOrigin}/assets/index-abc.js`)).toEqual({
      kind: 'file',
      segments: ['assets', 'index-abc.js'],
      contentType: 'text/javascript; charset=utf-8',
    });
  });
});

describe('the page policy', () => {
  it('is the meta tag of both built pages, so the header and the second line agree', async () => {
    const renderer = fileURLToPath(new URL('../../../renderer/', import.meta.url));
    for (const page of ['index.html', 'print.html']) {
      const html = await readFile(join(renderer, page), 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
      expect(meta, page).toBe(contentSecurityPolicy());
    }
  });

  it('allows scripts only from the app origin and loads nothing remote', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${appOrigin};`);
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
    expect(contentSecurityPolicyHeader()).toBe(`${policy}; frame-ancestors 'none'`);
  });
});

describe('chooseRendererRoot', () => {
  it('takes the first folder that holds index.html', () => {
    expect(
      chooseRendererRoot(['/app/out/renderer', '/app/out/main/../renderer'], (f) => f.startsWith('/app/out/main')),
    ).toBe('/app/out/main/../renderer');
    expect(chooseRendererRoot(['/a', '/b'], () => false)).toBe('/a');
  });
});
