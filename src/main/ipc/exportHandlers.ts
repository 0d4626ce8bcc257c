import { basename, resolve } from 'node:path';
import { BriefingError } from '../../shared/errors';
import { defaultSettings, type UserData } from '../../shared/schema/database';
import {
  PendingImports,
  databaseOfLibrary,
  mergeUserData,
  readBackupFile,
  summariseImport,
  writeBackupFile,
} from '../domain/backupFile';
import { collectionContents, collectionFileProblem, collectionUserData } from '../domain/collectionFile';
import { slugOf } from '../../shared/study/studyItemIds';
import { defaultFileName, exportMarkdown, exportPdf, withExtension } from '../domain/exportPack';
import { mergeSeed } from '../domain/seed';
import type { FactStore, Operation } from '../domain/factStore';
import type { ExportDeps } from '../domain/ports/exportPorts';
import { nodeFileSystem } from '../domain/ports/fileSystem';
import type { Handlers } from './router';
import { withoutStudyLog } from './studyHandlers';
import { refuseFutureStudyLog } from '../domain/study/studyImport';

type ExportChannel =
  'exportPack' | 'exportBackup' | 'exportCollection' | 'previewImport' | 'applyImport' | 'revealExportedFile';

/**
 * Export, backup and import. The renderer never names a path: saves and opens go through the
 * dialogs port, and only a file this process saved in this session may be shown in its folder.
 */
/** The merge an import makes; its summary is counted against the state it is applied to. */
function importOperation(incoming: UserData): Operation<ReturnType<typeof summariseImport>> {
  return (user) => ({ user: mergeUserData(user, incoming), result: summariseImport(user, incoming) });
}

/** A merge that would break the database is refused with the file's name and the reason. */
function refusedImport(fileName: string, error: unknown): unknown {
  if (!(error instanceof BriefingError) || error.code !== 'invalid-request') return error;
  const reason = error.message
    .replace(/^That change would/, 'importing it would')
    .replace(/, so it was refused and nothing was changed\.$/, '.');
  return new BriefingError({
    code: 'invalid-request',
    message: `${basename(fileName)} cannot be imported: ${reason} Nothing was changed.`,
    details: error.details,
  });
}

export function exportHandlers(store: FactStore, deps: ExportDeps): Pick<Handlers, ExportChannel> {
  const savedThisSession = new Set<string>();
  const pendingImports = new PendingImports();
  const fileSystem = deps.fileSystem ?? nodeFileSystem;
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
      // Only the exact path the dialog answered was confirmed for replacing.
      const bytes = await writeBackupFile(filePath, databaseOfLibrary(store.library()), at.toISOString(), fileSystem, {
        overwrite: filePath === chosen,
      });
      return remember({ status: 'saved' as const, filePath, bytes });
    },
    exportCollection: async ({ collectionId }) => {
      const at = now();
      const library = store.library();
      // Scoped before the dialog, so a collection that is gone is said at once; the file is named for it.
      const { name } = collectionUserData(library, collectionId).scope;
      const chosen = await deps.dialogs.chooseSavePath({
        defaultName: defaultFileName(`summit-briefing-${slugOf(name)}`, 'json', at),
        kind: 'json',
      });
      if (!chosen) return { status: 'cancelled' };
      // What it holds is read after the dialog, so a change made while it was open is in the file.
      const { user, scope, contents } = collectionUserData(store.library(), collectionId);
      const filePath = withExtension(chosen, 'json');
      const bytes = await writeBackupFile(
        filePath,
        databaseOfLibrary({ seedRevision: library.seedRevision, user, settings: defaultSettings }),
        at.toISOString(),
        fileSystem,
        { overwrite: filePath === chosen },
        scope,
      );
      return remember({ status: 'saved' as const, filePath, bytes, name: scope.name, contents });
    },
    previewImport: async () => {
      const path = await deps.dialogs.chooseOpenPath({ kind: 'json' });
      if (!path) return { status: 'cancelled' };
      const backup = await readBackupFile(path, fileSystem);
      // study: answers dated in the future are refused before anything is offered.
      refuseFutureStudyLog(backup.database.user.studyLog, now(), path);
      // A backup from before a seed correction points at old card ids and old card text.
      const incoming = (
        deps.seed ? mergeSeed(backup.database, deps.seed, backup.legacyFacts).database : backup.database
      ).user;
      const scope = backup.scope;
      const scoped = scope ? collectionFileProblem(incoming, scope, store.library()) : undefined;
      if (scope && scoped?.problem !== undefined) {
        throw new BriefingError({
          code: 'database-invalid',
          message: `${basename(path)} cannot be imported: it says it holds the collection “${scope.name}”, but ${scoped.problem}. Nothing was changed.`,
        });
      }
      let summary: ReturnType<typeof summariseImport>;
      try {
        // Checked now as the write would check it, so a backup that would break the database is refused before it is offered.
        summary = store.check(importOperation(incoming));
      } catch (error) {
        throw refusedImport(path, error);
      }
      return {
        status: 'ready',
        token: pendingImports.hold(incoming, path),
        fileName: path,
        exportedAt: backup.exportedAt,
        summary,
        ...(scope && scoped
          ? {
              collection: {
                id: scope.collectionId,
                name: scope.name,
                contents: collectionContents(incoming, scoped.cards),
              },
            }
          : {}),
      };
    },
    applyImport: async ({ token }) => {
      const { user: incoming, fileName } = pendingImports.take(token);
      try {
        const { result, answer } = await store.change(importOperation(incoming));
        // study: the window does not hold the study log.
        return { ...withoutStudyLog(answer), summary: result };
      } catch (error) {
        throw refusedImport(fileName, error);
      }
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
