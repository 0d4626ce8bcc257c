import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './targets/target';

const requiredBuildOutputs = [join('out', 'renderer', 'index.html'), join('out', 'main', 'index.js')];

/** The specs run the built app; Playwright does not build it, so say so before any test starts. */
export default function globalSetup(): void {
  const missing = requiredBuildOutputs.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (missing ${missing.join(', ')} in ${repoRoot}): run npm run build first. ` +
        'Playwright does not build the app; npm test builds before it runs the specs.',
    );
  }
}
