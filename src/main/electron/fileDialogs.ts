import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell, type FileFilter } from 'electron';
import type { ExportFileKind, FileDialogs, FileReveal } from '../domain/ports/exportPorts';
import { importableExtensions } from '../domain/sources';

const filters: Record<ExportFileKind, FileFilter[]> = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  markdown: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'Summit Briefing backup', extensions: ['json'] }],
  // briefs
  docx: [{ name: 'Word document', extensions: ['docx'] }],
};

const titles: Record<ExportFileKind, string> = {
  pdf: 'Save briefing pack as PDF',
  markdown: 'Save briefing pack as Markdown',
  json: 'Save backup',
  // briefs
  docx: 'Save brief as Word',
};

/** The system's save and open dialogs, attached to the focused window. */
export function electronFileDialogs(): FileDialogs {
  const testDialogs = e2eDialogs();
  if (testDialogs) return testDialogs;
  return {
    async chooseSavePath({ defaultName, kind }) {
      const owner = BrowserWindow.getFocusedWindow();
      const options = {
        title: titles[kind],
        defaultPath: defaultName,
        filters: filters[kind],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async chooseOpenPath({ kind }) {
      const owner = BrowserWindow.getFocusedWindow();
      const options =
        kind === 'source'
          ? {
              title: 'Import an article',
              filters: [
                {
                  name: 'Article (text, Markdown, web page, PDF)',
                  extensions: importableExtensions.map((extension) => extension.replace(/^\./, '')),
                },
              ],
              properties: ['openFile' as const],
            }
          : { title: 'Import backup', filters: filters[kind], properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}

export function electronFileReveal(): FileReveal {
  // TEST ONLY: an end-to-end run must not open file manager windows on the developer's desktop.
  if (e2eSaveFolder()) return { reveal: (path) => console.info(`[summit-briefing] e2e: would show ${path}`) };
  return { reveal: (path) => shell.showItemInFolder(path) };
}

function e2eSaveFolder(): string | undefined {
  // Never in an installed app: whoever can set its environment must not be able to steer saves and imports.
  if (app.isPackaged) return undefined;
  return process.env.SUMMIT_BRIEFING_E2E === '1' ? process.env.SUMMIT_BRIEFING_E2E_SAVE_DIR : undefined;
}

/**
 * TEST ONLY. A modal system dialog would block an end-to-end test, so when the Playwright fixture
 * starts the app (SUMMIT_BRIEFING_E2E=1 with SUMMIT_BRIEFING_E2E_SAVE_DIR) the dialogs answer from
 * that folder, exactly as e2e/targets/testDialogs.ts does for the browser target: the answer in
 * `.next-save-path` / `.next-open-path` once, else `<folder>/<default name>`.
 */
function e2eDialogs(): FileDialogs | undefined {
  const folder = e2eSaveFolder();
  if (!folder) return undefined;
  const take = (name: string): string | undefined => {
    const file = join(folder, name);
    if (!existsSync(file)) return undefined;
    const answer = readFileSync(file, 'utf8').trim();
    rmSync(file, { force: true });
    return answer;
  };
  return {
    chooseSavePath: ({ defaultName }) => {
      const answer = take('.next-save-path');
      return Promise.resolve(answer === '' ? undefined : (answer ?? join(folder, defaultName)));
    },
    chooseOpenPath: () => Promise.resolve(take('.next-open-path') || undefined),
  };
}
