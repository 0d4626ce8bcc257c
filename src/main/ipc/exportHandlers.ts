import { resolve } from 'node:path';
import { BriefingError } from '../../shared/errors';
import {
  PendingImports,
  databaseOfLibrary,
  mergeUserData,
  readBackupFile,
  summariseImport,
  writeBackupFile,
} from '../domain/backupFile';
import { defaultFileName, exportMarkdown, exportPdf, withExtension } from '../domain/exportPack';
import type { FactStore } from '../domain/factStore';
import type { ExportDeps } from '../domain/ports/exportPorts';
import type { Handlers } from './router';

type ExportChannel = 'exportPack' | 'exportBackup' | 'previewImport' | 'applyImport' | 'revealExportedFile';

/**
 * Export, backup and import. The renderer never names a path: saves and opens go through the
 * dialogs port, and only a file this process saved in this session may be shown in its folder.
 */
export function exportHandlers(store: FactStore, deps: ExportDeps): Pick<Handlers, ExportChannel> {
  const savedThisSession = new Set<string>();
  const pendingImports = new PendingImports();
  const now = () => (deps.clock ?? (() => new Date()))();
  const remember = <Saved extends { status: string; filePath?: string }>(saved: Saved): Saved => {
    if (saved.status === 'saved' && saved.filePath) savedThisSession.add(resolve(saved.filePath));
    return saved;
  };

  return {
    exportPack: async ({ format, selection, options }) => {
      const library = store.library();
      const request = { selection, options };
      return remember(
        format === 'pdf' ? await exportPdf(deps, library, request) : await exportMarkdown(deps, library, request),
      );
    },
    exportBackup: async () => {
      const at = now();
      const chosen = await deps.dialogs.chooseSavePath({
        defaultName: defaultFileName('summit-briefing-backup', 'json', at),
        kind: 'json',
      });
      if (!chosen) return { status: 'cancelled' };
      const filePath = withExtension(chosen, 'json');
      const bytes = await writeBackupFile(filePath, databaseOfLibrary(store.library()), at.toISOString());
      return remember({ status: 'saved' as const, filePath, bytes });
    },
    previewImport: async () => {
      const path = await deps.dialogs.chooseOpenPath({ kind: 'json' });
      if (!path) return { status: 'cancelled' };
      const backup = await readBackupFile(path);
      const incoming = backup.database.user;
      return {
        status: 'ready',
        token: pendingImports.hold(incoming),
        fileName: path,
        exportedAt: backup.exportedAt,
        summary: summariseImport(store.library().user, incoming),
      };
    },
    applyImport: async ({ token }) => {
      const incoming = pendingImports.take(token);
      const { result, history } = await store.change((user) => ({
        user: mergeUserData(user, incoming),
        result: summariseImport(user, incoming),
      }));
      return { summary: result, history };
    },
    revealExportedFile: ({ filePath }) => {
      if (!savedThisSession.has(resolve(filePath))) {
        throw new BriefingError({
          code: 'invalid-request',
          message: 'Only a file saved from this window can be shown in its folder.',
        });
      }
      deps.reveal.reveal(resolve(filePath));
      return { revealed: true };
    },
  };
}
