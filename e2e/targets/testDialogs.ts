import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDialogs } from '../../src/main/domain/ports/exportPorts';

/**
 * The save and open dialogs, answered by the test instead of a person. Both targets read the same
 * files in the test's save folder: `.next-save-path` / `.next-open-path` hold the next answer
 * (used once), and without one a save goes to `<save folder>/<default name>`. The Electron
 * target's main process reads them too (src/main/electron/fileDialogs.ts, test builds only).
 */
export const nextSavePathFile = '.next-save-path';
export const nextOpenPathFile = '.next-open-path';

export async function setNextAnswer(saveDir: string, kind: 'save' | 'open', path: string): Promise<void> {
  await writeFile(join(saveDir, kind === 'save' ? nextSavePathFile : nextOpenPathFile), path, 'utf8');
}

async function takeAnswer(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined;
  const answer = (await readFile(file, 'utf8')).trim();
  await rm(file, { force: true });
  return answer;
}

export function testDialogs(saveDir: string): FileDialogs {
  return {
    async chooseSavePath({ defaultName }) {
      const answer = await takeAnswer(join(saveDir, nextSavePathFile));
      if (answer === '') return undefined;
      return answer ?? join(saveDir, defaultName);
    },
    async chooseOpenPath() {
      const answer = await takeAnswer(join(saveDir, nextOpenPathFile));
      return answer || undefined;
    },
  };
}
