import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheFolder,
  decideProvisioning,
  downloadSource,
  explainFailure,
  failureReason,
  isSkipRequested,
  locateElectronBinary,
  packagingDistFolder,
  type ProvisioningFacts,
} from './electronProvisioning.mjs';

const packageFolder = '/repo/node_modules/electron';
const installedBinary = join(packageFolder, 'dist', 'electron');

function facts(overrides: Partial<ProvisioningFacts> & { files?: string[] } = {}): ProvisioningFacts {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    packageFolder,
    pathTxt: undefined,
    platform: 'linux',
    exists: (path) => files.has(path),
    packageVersion: '45.5.0',
    distVersion: undefined,
    ...overrides,
  };
}

describe('decideProvisioning', () => {
  it('is ready when path.txt names a binary that exists in dist/, at the package version', () => {
    const decision = decideProvisioning(
      facts({ pathTxt: 'electron', distVersion: 'v45.5.0', files: [installedBinary] }),
    );
    expect(decision).toEqual({ action: 'ready', binary: installedBinary });
  });

  it('installs when path.txt is missing (a fresh npm install of Electron 45), even if dist/ is there', () => {
    // electron-vite reads path.txt and throws "Electron uninstall" without it.
    expect(decideProvisioning(facts())).toEqual({ action: 'install', because: 'missing' });
    expect(decideProvisioning(facts({ files: [installedBinary] }))).toEqual({ action: 'install', because: 'missing' });
  });

  it('installs when path.txt names a binary that is not there', () => {
    expect(decideProvisioning(facts({ pathTxt: 'electron' }))).toEqual({ action: 'install', because: 'missing' });
  });

  it('installs again when dist/ holds another Electron version', () => {
    const decision = decideProvisioning(
      facts({ pathTxt: 'electron', distVersion: '44.0.0', files: [installedBinary] }),
    );
    expect(decision).toEqual({ action: 'install', because: 'outdated' });
  });

  it.each(['1', 'true', 'yes'])(
    'skips the download when ELECTRON_SKIP_BINARY_DOWNLOAD=%s and nothing is installed',
    (value) => {
      expect(decideProvisioning(facts({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: value } }))).toEqual({
        action: 'skipped',
      });
    },
  );

  it('keeps an installed binary of another version when downloads are skipped', () => {
    const decision = decideProvisioning(
      facts({
        env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        pathTxt: 'electron',
        distVersion: '44.0.0',
        files: [installedBinary],
      }),
    );
    expect(decision).toEqual({ action: 'ready', binary: installedBinary });
  });

  it.each(['', '0', 'false', ' FALSE '])('does not take ELECTRON_SKIP_BINARY_DOWNLOAD=%j as a skip', (value) => {
    expect(isSkipRequested(value)).toBe(false);
    expect(decideProvisioning(facts({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: value } })).action).toBe('install');
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when its binary exists, without path.txt and without downloading', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' };
    expect(decideProvisioning(facts({ env, files: ['/opt/electron-45/electron'] }))).toEqual({
      action: 'ready',
      binary: '/opt/electron-45/electron',
    });
    const mac = facts({ env, platform: 'darwin', files: ['/opt/electron-45/Electron.app/Contents/MacOS/Electron'] });
    expect(decideProvisioning(mac).action).toBe('ready');
  });

  it('never downloads over a wrong ELECTRON_OVERRIDE_DIST_PATH, even when the package has a binary', () => {
    const decision = decideProvisioning(
      facts({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/nothing' }, pathTxt: 'electron', files: [installedBinary] }),
    );
    expect(decision).toEqual({ action: 'override-missing', binary: '/opt/nothing/electron' });
  });

  it('reports a platform Electron does not exist for', () => {
    expect(
      locateElectronBinary({ env: {}, packageFolder, pathTxt: undefined, platform: 'aix', exists: () => true }),
    ).toEqual({
      binary: undefined,
      installed: false,
      source: 'package',
    });
  });
});

describe('downloadSource', () => {
  const base = { version: '45.5.0', platform: 'linux', arch: 'x64', cacheRoot: '/home/u/.cache/electron' };

  it('names the GitHub release by default, and the cache file @electron/get would use', () => {
    const source = downloadSource({ ...base, env: {} });
    expect(source.url).toBe(
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip',
    );
    expect(source.mirrored).toBe(false);
    // sha256 of "https://github.com/electron/electron/releases/download/v45.5.0", as @electron/get's Cache computes it.
    expect(source.cachedFile).toMatch(
      /^\/home\/u\/\.cache\/electron\/[0-9a-f]{64}\/electron-v45\.5\.0-linux-x64\.zip$/,
    );
  });

  it('follows ELECTRON_MIRROR and ELECTRON_CUSTOM_DIR, and an .npmrc mirror before them', () => {
    expect(downloadSource({ ...base, env: { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' } }).url).toBe(
      'https://npmmirror.com/mirrors/electron/v45.5.0/electron-v45.5.0-linux-x64.zip',
    );
    expect(
      downloadSource({
        ...base,
        env: { ELECTRON_MIRROR: 'https://mirror.example/e/', ELECTRON_CUSTOM_DIR: '{{ version }}' },
      }).url,
    ).toBe('https://mirror.example/e/45.5.0/electron-v45.5.0-linux-x64.zip');
    expect(
      downloadSource({
        ...base,
        env: { ELECTRON_MIRROR: 'https://a.example/', npm_config_electron_mirror: 'https://b.example/' },
      }).url,
    ).toMatch(/^https:\/\/b\.example\//);
  });
});

describe('cacheFolder', () => {
  it('honours electron_config_cache, else the platform cache', () => {
    expect(cacheFolder({ env: { electron_config_cache: '/srv/cache' }, platform: 'linux', home: '/home/u' })).toBe(
      '/srv/cache',
    );
    expect(cacheFolder({ env: {}, platform: 'linux', home: '/home/u' })).toBe('/home/u/.cache/electron');
    expect(cacheFolder({ env: {}, platform: 'darwin', home: '/Users/u' })).toBe('/Users/u/Library/Caches/electron');
  });
});

describe('failureReason and explainFailure', () => {
  const source = downloadSource({ env: {}, version: '45.5.0', platform: 'linux', arch: 'x64', cacheRoot: '/c' });

  it('keeps the error line of a stack trace and drops the frames', () => {
    const stack = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///repo/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(failureReason(stack)).toBe('TypeError: fetch failed');
    expect(failureReason('')).toMatch(/without saying why/);
  });

  it('says in one paragraph what failed, what is downloaded from where, and how to use a mirror or a binary', () => {
    const text = explainFailure({
      decision: { action: 'install', because: 'missing' },
      version: '45.5.0',
      source,
      reason: 'TypeError: fetch failed',
      command: 'start (npm run dev)',
    });
    expect(text).not.toMatch(/\n\s*\n/);
    expect(text).not.toMatch(/\bat .*:\d+:\d+/);
    expect(text).not.toMatch(/Electron uninstall/);
    for (const needed of [
      'TypeError: fetch failed',
      'electron-v45.5.0-linux-x64.zip',
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip',
      'ELECTRON_MIRROR',
      'ELECTRON_OVERRIDE_DIST_PATH',
      source.cachedFile ?? 'missing',
    ]) {
      expect(text.replace(/\n/g, ' ')).toContain(needed);
    }
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(160);
  });

  it('explains a skipped download and a wrong override', () => {
    const skipped = explainFailure({ decision: { action: 'skipped' }, version: '45.5.0', source, command: 'start' });
    expect(skipped).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD is set/);
    const override = explainFailure({
      decision: { action: 'override-missing', binary: '/opt/nothing/electron' },
      version: '45.5.0',
      source,
      command: 'start',
    });
    expect(override.replace(/\n/g, ' ')).toContain('/opt/nothing/electron does not exist');
  });
});

describe('packagingDistFolder (electron-builder electronDist hook)', () => {
  const host = { platform: 'linux', arch: 'x64' };
  const target = { platformName: 'linux', arch: 'x64', version: '45.5.0' };
  const installed = facts({ pathTxt: 'electron', distVersion: 'v45.5.0', files: [installedBinary] });

  it('packages this machine build from the provisioned Electron', () => {
    expect(packagingDistFolder({ target, host, facts: installed })).toBe(join(packageFolder, 'dist'));
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds the binary', () => {
    const override = facts({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e45' }, files: ['/opt/e45/electron'] });
    expect(packagingDistFolder({ target, host, facts: override })).toBe('/opt/e45');
  });

  it('leaves other platforms, other arches, other versions and a missing binary to electron-builder', () => {
    expect(packagingDistFolder({ target: { ...target, platformName: 'win32' }, host, facts: installed })).toBeNull();
    expect(packagingDistFolder({ target: { ...target, arch: 'arm64' }, host, facts: installed })).toBeNull();
    expect(packagingDistFolder({ target: { ...target, version: '46.0.0' }, host, facts: installed })).toBeNull();
    expect(packagingDistFolder({ target, host, facts: facts() })).toBeNull();
  });
});

describe('electron-builder.yml', () => {
  it('sets every fuse, with the file protocol stripped of its extra privileges', async () => {
    const { readFile } = await import('node:fs/promises');
    const config = await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8');
    const fuses = Object.fromEntries(
      [...(config.split('electronFuses:')[1] ?? '').matchAll(/^ {2}(\w+): (true|false)$/gm)].map((match) => [
        match[1],
        match[2] === 'true',
      ]),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config).toMatch(/^electronDist: \.\/scripts\/electronDist\.mjs$/m);
  });
});
