#!/usr/bin/env node
/**
 * Installs the Electron binary before a command that runs it, so that `npm install && npm run dev`
 * works on a fresh machine. Run by `predev`, `prestart`, `predist` and `pretest:e2e` (the last only
 * when E2E_TARGET=electron). Idempotent: when the binary is there it does nothing and says nothing.
 * When it is missing it runs Electron's own installer (node_modules/electron/install.js); if that
 * fails it prints one paragraph saying what happened and what to do, and exits 1 — never a stack
 * trace. The decisions live in electronProvisioning.mjs, which is unit-tested.
 *
 *   node scripts/ensure-electron.mjs --for=dev|start|dist|e2e
 *
 * It never requires the `electron` package: in Electron 45 that alone starts a download.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cacheFolder,
  decideProvisioning,
  downloadSource,
  explainFailure,
  failureReason,
} from './electronProvisioning.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageFolder = join(root, 'node_modules', 'electron');
const installTimeoutMs = 20 * 60_000;

const purposes = {
  dev: 'start (npm run dev)',
  start: 'start (npm start)',
  dist: 'package the app (npm run dist)',
  e2e: 'run the end-to-end specs on Electron (E2E_TARGET=electron)',
};

process.exitCode = main(process.argv.slice(2), process.env);

function main(argv, env) {
  const purpose = argv.find((argument) => argument.startsWith('--for='))?.slice('--for='.length) ?? 'dev';
  const command = purposes[purpose];
  if (!command) {
    console.error(`ensure-electron: --for must be one of ${Object.keys(purposes).join(', ')}, not "${purpose}".`);
    return 2;
  }
  // The browser target needs no Electron; only an explicit E2E_TARGET=electron does.
  if (purpose === 'e2e' && env.E2E_TARGET?.trim() !== 'electron') return 0;

  if (!existsSync(join(packageFolder, 'package.json'))) {
    console.error('Summit Briefing: node_modules/electron is missing. Run npm install first, then this command again.');
    return 1;
  }
  const version = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')).version;
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  const facts = () => ({
    env,
    packageFolder,
    platform,
    exists: existsSync,
    packageVersion: version,
    pathTxt: readIfPresent(join(packageFolder, 'path.txt')),
    distVersion: readIfPresent(join(packageFolder, 'dist', 'version')),
  });
  const source = downloadSource({
    env,
    version,
    platform,
    arch,
    cacheRoot: cacheFolder({ env, platform, home: homedir() }),
  });

  const decision = decideProvisioning(facts());
  if (decision.action === 'ready') return 0;
  if (decision.action !== 'install') {
    console.error(`\n${explainFailure({ decision, version, source, command })}\n`);
    return 1;
  }

  console.log(
    `Summit Briefing: downloading the Electron ${version} runtime once (${source.fileName}, about 100 MB) from ${source.url}`,
  );
  const install = spawnSync(process.execPath, [join(packageFolder, 'install.js')], {
    cwd: packageFolder,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: installTimeoutMs,
  });
  const after = decideProvisioning(facts());
  if (install.status === 0 && after.action === 'ready') {
    console.log(`Summit Briefing: Electron ${version} is installed (${relative(root, after.binary)}).`);
    return 0;
  }
  const reason =
    install.error?.code === 'ETIMEDOUT'
      ? `no answer within ${installTimeoutMs / 60_000} minutes`
      : install.status === 0
        ? 'the installer finished but left no binary behind'
        : failureReason(`${install.stderr ?? ''}\n${install.stdout ?? ''}`);
  console.error(`\n${explainFailure({ decision, version, source, reason, command })}\n`);
  return 1;
}

function readIfPresent(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
