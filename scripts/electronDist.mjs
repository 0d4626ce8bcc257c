/**
 * electron-builder's `electronDist` hook (electron-builder.yml): packages a build for this machine
 * from the Electron that `ensure-electron` installed, or from ELECTRON_OVERRIDE_DIST_PATH, so
 * `npm run dist` needs no second download. Other platforms and arches get electron-builder's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagingDistFolder } from './electronProvisioning.mjs';

const packageFolder = fileURLToPath(new URL('../node_modules/electron', import.meta.url));

function readIfPresent(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export default function electronDist({ platformName, arch, version }) {
  return packagingDistFolder({
    target: { platformName, arch, version },
    host: { platform: process.platform, arch: process.arch },
    facts: {
      env: process.env,
      packageFolder,
      platform: process.platform,
      exists: existsSync,
      packageVersion: version,
      pathTxt: readIfPresent(join(packageFolder, 'path.txt')),
      distVersion: readIfPresent(join(packageFolder, 'dist', 'version')),
    },
  });
}
