import { extname } from 'node:path';
import type { SavedFile } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import { composePack, type PackLibrary } from '../../shared/export/composePack';
import type { ExportOptions, ExportSelection } from '../../shared/export/exportSchemas';
import { packToMarkdown } from '../../shared/export/packToMarkdown';
import type { ExportDeps, ExportFileKind } from './ports/exportPorts';
import { writeFileAtomic } from './atomicWrite';
import { nodeFileSystem } from './ports/fileSystem';

export interface ExportRequest {
  selection: ExportSelection;
  options: ExportOptions;
}

type Deps = Pick<ExportDeps, 'printer' | 'dialogs' | 'clock' | 'fileSystem'>;

const extensions: Record<ExportFileKind, string> = { pdf: '.pdf', markdown: '.md', json: '.json', docx: '.docx' };

/** "briefing-pack-2026-11-27.pdf": a name that sorts by date and needs no quoting in a shell. */
export function defaultFileName(stem: string, kind: ExportFileKind, at: Date): string {
  return `${stem}-${at.toISOString().slice(0, 10)}${extensions[kind]}`;
}

/** A name typed without its extension gets one, so the file opens in the right program. */
export function withExtension(path: string, kind: ExportFileKind): string {
  return extname(path).toLowerCase() === extensions[kind] ? path : `${path}${extensions[kind]}`;
}

/**
 * Writes an export where the save dialog said. The dialog asked before replacing exactly the path
 * it answered; if the extension had to be added, that is another path nobody confirmed, so a
 * file already there is never replaced.
 */
export async function writeChosenFile(
  deps: Pick<ExportDeps, 'fileSystem'>,
  chosen: string,
  kind: ExportFileKind,
  data: string | Uint8Array,
): Promise<string> {
  const filePath = withExtension(chosen, kind);
  await writeFileAtomic(deps.fileSystem ?? nodeFileSystem, filePath, data, { overwrite: filePath === chosen });
  return filePath;
}

function composeOrRefuse(library: PackLibrary, request: ExportRequest, at: Date) {
  const pack = composePack(library, request.selection, request.options, at.toISOString());
  if (pack.cardCount === 0) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'There are no cards in this selection, so there is nothing to export. Choose other cards and try again.',
    });
  }
  return pack;
}

/** Composes the pack, prints it to PDF, asks where to save, and writes it atomically. */
export async function exportPdf(deps: Deps, library: PackLibrary, request: ExportRequest): Promise<SavedFile> {
  const at = (deps.clock ?? (() => new Date()))();
  const pack = composeOrRefuse(library, request, at);
  const chosen = await deps.dialogs.chooseSavePath({
    defaultName: defaultFileName('briefing-pack', 'pdf', at),
    kind: 'pdf',
  });
  if (!chosen) return { status: 'cancelled' };
  const { pdf, pages } = await deps.printer.printPack(pack);
  const filePath = await writeChosenFile(deps, chosen, 'pdf', pdf);
  return { status: 'saved', filePath, bytes: pdf.byteLength, pages };
}

export async function exportMarkdown(deps: Deps, library: PackLibrary, request: ExportRequest): Promise<SavedFile> {
  const at = (deps.clock ?? (() => new Date()))();
  const pack = composeOrRefuse(library, request, at);
  const chosen = await deps.dialogs.chooseSavePath({
    defaultName: defaultFileName('briefing-pack', 'markdown', at),
    kind: 'markdown',
  });
  if (!chosen) return { status: 'cancelled' };
  const text = packToMarkdown(pack);
  const filePath = await writeChosenFile(deps, chosen, 'markdown', text);
  return { status: 'saved', filePath, bytes: Buffer.byteLength(text, 'utf8') };
}
