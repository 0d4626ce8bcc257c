import { useMemo } from 'react';
import type { RequestOf, ResponseOf, SavedFile } from '../../../../shared/contract';
import type { ExportOptions, ExportSelection } from '../../../../shared/export/exportSchemas';
import { createBriefingClient, type BriefingClient } from '../../api/briefingClient';

export type ImportPreview = ResponseOf<'previewImport'>;

/** What the export screen asks of the main process; each rejects with a BriefingError written for the user. */
export interface ExportActions {
  exportPack(
    format: RequestOf<'exportPack'>['format'],
    selection: ExportSelection,
    options: ExportOptions,
  ): Promise<SavedFile>;
  exportBackup(): Promise<SavedFile>;
  previewImport(): Promise<ImportPreview>;
  /** What the import changed (for the library to apply) and what it counted. */
  applyImport(token: string): Promise<ResponseOf<'applyImport'>>;
  reveal(filePath: string): Promise<void>;
}

export function exportActions(client: BriefingClient): ExportActions {
  return {
    exportPack: (format, selection, options) => client('exportPack', { format, selection, options }),
    exportBackup: () => client('exportBackup', {}),
    previewImport: () => client('previewImport', {}),
    applyImport: (token) => client('applyImport', { token }),
    reveal: async (filePath) => {
      await client('revealExportedFile', { filePath });
    },
  };
}

export function useExport(client?: BriefingClient): ExportActions {
  return useMemo(() => exportActions(client ?? createBriefingClient()), [client]);
}
