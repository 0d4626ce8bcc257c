import { BriefingError } from '../../../shared/errors';
import type { PackModel } from '../../../shared/export/packModel';
import type { BriefPrintModel } from '../../../shared/briefs/briefPrintModel';
import type { Seed } from '../../../shared/schema/seed';
import type { FileSystem } from './fileSystem';

/**
 * The ports the export pipeline needs from outside the domain. Electron's adapters (a hidden
 * window's printToPDF, the system dialogs, the file manager) live in src/main/electron; the
 * browser test target answers them from the test fixture.
 */
export interface Printer {
  printPack(model: PackModel): Promise<{ pdf: Uint8Array; pages: number }>;
  // briefs: optional, so a printer made before briefs still prints packs
  printBrief?(model: BriefPrintModel): Promise<{ pdf: Uint8Array; pages: number }>;
}

export type ExportFileKind = 'pdf' | 'markdown' | 'json' | 'docx';

export interface FileDialogs {
  /**
   * The path the user chose to save to, or undefined when they cancelled. The dialog has asked
   * before replacing a file at exactly this path; no other path may be replaced on its word.
   */
  chooseSavePath(options: { defaultName: string; kind: ExportFileKind }): Promise<string | undefined>;
  /** `source`: an article to import (sources, issue 17), filtered to the kinds the importer reads. */
  chooseOpenPath(options: { kind: 'json' | 'source' }): Promise<string | undefined>;
}

export interface FileReveal {
  reveal(path: string): void;
}

export interface ExportDeps {
  printer: Printer;
  dialogs: FileDialogs;
  reveal: FileReveal;
  clock?: () => Date;
  /**
   * The shipped seed: a backup made under an earlier seed revision is brought up to it before its
   * data is imported (renamed cards, re-anchored highlights), exactly as an installed database is.
   */
  seed?: Seed;
  /** Where exports are written and backups read: the real disk unless a test injects faults. */
  fileSystem?: FileSystem;
}

function unavailable(what: string): BriefingError {
  return new BriefingError({ code: 'internal', message: `${what} is not available in this build of Summit Briefing.` });
}

/** What the router gets when nobody wired the ports: every export refuses with a clear message. */
export const refusingExportDeps: ExportDeps = {
  printer: {
    printPack: () => Promise.reject(unavailable('Printing to PDF')),
  },
  dialogs: {
    chooseSavePath: () => Promise.reject(unavailable('Choosing where to save')),
    chooseOpenPath: () => Promise.reject(unavailable('Choosing a file to open')),
  },
  reveal: {
    reveal: () => {
      throw unavailable('Showing a file in its folder');
    },
  },
};
