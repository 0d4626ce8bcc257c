/**
 * What `ensure-electron.mjs` decides, as pure functions of plain facts (the environment, the
 * contents of `node_modules/electron/path.txt`, which files exist), so the decision is unit-tested
 * without touching the disk or the network. Since Electron 42 the `electron` package has no
 * postinstall: its binary is downloaded the first time something `require`s it, and electron-vite
 * never does — it reads `path.txt` and throws "Electron uninstall" when the file is missing.
 *
 * This module must never import `electron` (requiring it starts that download).
 */
import { createHash } from 'node:crypto';
import { join, posix } from 'node:path';

/** The executable inside an unpacked Electron, as Electron's own install.js names it. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return undefined;
  }
}

/** `ELECTRON_SKIP_BINARY_DOWNLOAD=1` (or any value but an empty one, `0` or `false`) skips the download. */
export function isSkipRequested(value) {
  if (value === undefined) return false;
  const normalised = String(value).trim().toLowerCase();
  return normalised !== '' && normalised !== '0' && normalised !== 'false';
}

/**
 * The Electron binary this checkout would run, or where it would be if it were installed.
 *
 * @param {object} facts
 * @param {Record<string, string | undefined>} facts.env
 * @param {string} facts.packageFolder  node_modules/electron
 * @param {string | undefined} facts.pathTxt  the contents of path.txt, if the file exists
 * @param {string} facts.platform  process.platform (or ELECTRON_INSTALL_PLATFORM)
 * @param {(path: string) => boolean} facts.exists
 * @returns {{ binary: string | undefined, installed: boolean, source: 'override' | 'package' }}
 */
export function locateElectronBinary({ env, packageFolder, pathTxt, platform, exists }) {
  const executable = pathTxt?.trim() || platformExecutable(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) {
    const binary = executable ? join(override, executable) : undefined;
    return { binary, installed: binary !== undefined && exists(binary), source: 'override' };
  }
  // Without path.txt electron-vite fails even when dist/ is complete, so both must be there.
  const listed = pathTxt?.trim();
  const binary = executable ? join(packageFolder, 'dist', executable) : undefined;
  return { binary, installed: Boolean(listed) && binary !== undefined && exists(binary), source: 'package' };
}

/**
 * What to do before a command that needs the binary: run it, stop because the user's override is
 * wrong, stop because the download was switched off, or run Electron's installer.
 *
 * @returns {{ action: 'ready', binary: string } | { action: 'override-missing', binary: string | undefined }
 *   | { action: 'skipped' } | { action: 'install', because: 'missing' | 'outdated' }}
 */
export function decideProvisioning({ env, packageFolder, pathTxt, platform, exists, packageVersion, distVersion }) {
  const located = locateElectronBinary({ env, packageFolder, pathTxt, platform, exists });
  if (located.source === 'override') {
    // Never download over a binary the user pointed at: a wrong path is theirs to correct.
    return located.installed
      ? { action: 'ready', binary: located.binary }
      : { action: 'override-missing', binary: located.binary };
  }
  const current = distVersion === undefined || distVersion.trim().replace(/^v/, '') === packageVersion;
  if (located.installed && (current || isSkipRequested(env.ELECTRON_SKIP_BINARY_DOWNLOAD))) {
    return { action: 'ready', binary: located.binary };
  }
  if (isSkipRequested(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) return { action: 'skipped' };
  return { action: 'install', because: located.installed ? 'outdated' : 'missing' };
}

const defaultMirror = 'https://github.com/electron/electron/releases/download/';

/** @electron/get's lookup order for a mirror option: .npmrc, package.json config, then ELECTRON_*. */
function mirrorOption(env, name) {
  const upper = name.toUpperCase();
  return (
    env[`npm_config_electron_${name}`] ||
    env[`NPM_CONFIG_ELECTRON_${upper}`] ||
    env[`npm_package_config_electron_${name}`] ||
    env[`ELECTRON_${upper}`] ||
    undefined
  );
}

/**
 * Where Electron's installer (@electron/get) fetches the zip from, and where it caches it:
 * `<cache>/<sha256 of the URL's folder>/<file>`, so a zip copied there by hand is used offline.
 */
export function downloadSource({ env, version, platform, arch, cacheRoot }) {
  const fileName = `electron-v${version}-${platform}-${arch}.zip`;
  const mirror = mirrorOption(env, 'mirror') ?? defaultMirror;
  const folder = (mirrorOption(env, 'custom_dir') ?? `v${version}`).replace('{{ version }}', version);
  const url = `${mirror}${folder}/${fileName}`;
  let cachedFile;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    parsed.pathname = posix.dirname(parsed.pathname);
    cachedFile = join(cacheRoot, createHash('sha256').update(parsed.toString()).digest('hex'), fileName);
  } catch {
    cachedFile = undefined;
  }
  return { fileName, url, cachedFile, mirrored: mirror !== defaultMirror };
}

/** @electron/get's cache root: electron_config_cache (which install.js passes on), else the platform's cache folder. */
export function cacheFolder({ env, platform, home }) {
  const configured = env.electron_config_cache?.trim();
  if (configured) return configured;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron');
}

/** The first line of the installer's output that says what went wrong (not a stack frame). */
export function failureReason(output) {
  const lines = String(output ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && line !== 'Downloading Electron binary...');
  const reason =
    lines.find((line) => /error|failed|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|404|403/i.test(line)) ?? lines[0];
  return reason ? reason.slice(0, 200) : 'the installer stopped without saying why';
}

/** Wraps text at `width` columns, keeping it one paragraph. */
export function wrapParagraph(text, width = 100) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * The one paragraph printed when the binary is missing and cannot be had: what happened, what the
 * first start downloads and from where, and how to use a mirror or a binary already on the disk.
 */
export function explainFailure({ decision, version, source, reason, command }) {
  const what = `Summit Briefing cannot ${command}: it needs the Electron ${version} runtime`;
  const overrideHint = `point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an unpacked Electron ${version} (the folder with its executable)`;
  if (decision.action === 'override-missing') {
    return wrapParagraph(
      `${what}, and ELECTRON_OVERRIDE_DIST_PATH points at a folder without it ` +
        `(${decision.binary ?? 'this platform has no Electron executable'} does not exist). Correct it: ${overrideHint}; ` +
        `or unset it to let the first start download ${source.fileName} from ${source.url}.`,
    );
  }
  if (decision.action === 'skipped') {
    return wrapParagraph(
      `${what}, which is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded. ` +
        `Unset it to let the first start download ${source.fileName} (about 100 MB) from ${source.url} into ` +
        `node_modules/electron/dist, or ${overrideHint}. Without Electron, npm test still runs: its end-to-end ` +
        `specs use Chromium (E2E_TARGET=browser).`,
    );
  }
  const cache = source.cachedFile ? ` or copy that zip to ${source.cachedFile},` : '';
  return wrapParagraph(
    `${what}, which is not installed yet, and downloading it failed (${reason}). The first start downloads ` +
      `${source.fileName} (about 100 MB) once from ${source.url}, checks it against the checksums that ship with ` +
      `the electron package, and unpacks it into node_modules/electron/dist. To get past this, let this machine ` +
      `reach that address (behind a proxy, set ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY), or set ELECTRON_MIRROR ` +
      `to a mirror that holds the same file (such as https://npmmirror.com/mirrors/electron/),${cache} or ` +
      `${overrideHint}; then run the command again.`,
  );
}

/**
 * For electron-builder's `electronDist` hook: the unpacked Electron folder to package from when the
 * target is this machine's platform and arch and that Electron is installed at the right version,
 * so `npm run dist` reuses what `ensure-electron` provisioned (or ELECTRON_OVERRIDE_DIST_PATH)
 * instead of downloading a second copy. Null lets electron-builder download the target's zip.
 */
export function packagingDistFolder({ target, host, facts }) {
  if (target.platformName !== host.platform || target.arch !== host.arch) return null;
  const located = locateElectronBinary(facts);
  if (!located.installed) return null;
  if (located.source === 'override') return facts.env.ELECTRON_OVERRIDE_DIST_PATH.trim();
  const current = facts.distVersion?.trim().replace(/^v/, '') === target.version.replace(/^v/, '');
  return current ? join(facts.packageFolder, 'dist') : null;
}
