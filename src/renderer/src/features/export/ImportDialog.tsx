import { useId } from 'react';
import type { CollectionContents, ImportSummary } from '../../../../shared/export/backupSchemas';
import { collectionContentsText } from '../sources';
import { ModalDialog } from '../../ui/ModalDialog';
import { importSummaryLines } from './importSummaryText';
import { useT } from '../../i18n';

interface ImportDialogProps {
  fileName: string;
  summary: ImportSummary;
  /** Set when the file is one collection, not a whole backup: the dialog names it and what it holds. */
  collection?: { name: string; contents: CollectionContents } | undefined;
  /** Set once the import is done: the dialog then says so and offers only "Done". */
  done: boolean;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
  onDone: () => void;
}

/** Says what an import will add and change, before anything is changed. */
export function ImportDialog({
  fileName,
  summary,
  collection,
  done,
  busy,
  onImport,
  onCancel,
  onDone,
}: ImportDialogProps) {
  const titleId = useId();
  const t = useT();
  const lines = importSummaryLines(summary, t);
  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={done ? onDone : onCancel}
      className="export-import"
      backdropClassName="export-import-backdrop"
      keepOnBackdropClick
    >
      <h2 id={titleId} className="export-import-title">
        {collection
          ? done
            ? t('sources.file.importedTitle')
            : t('sources.file.importTitle')
          : done
            ? t('import.done.title')
            : t('import.title')}
      </h2>
      <p className="export-import-file">{fileName}</p>
      {collection && (
        <p className="export-import-scope">
          {t('sources.file.importLine', {
            name: collection.name,
            contents: collectionContentsText(collection.contents, t),
          })}
        </p>
      )}
      {lines.length > 0 ? (
        <>
          <p>{done ? t('import.done.lines') : t('import.lines')}</p>
          <ul className="export-import-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {!done && <p className="export-hint">{t('import.undo')}</p>}
        </>
      ) : (
        <p>{t('import.nothing')}</p>
      )}
      <div className="export-import-actions">
        {done ? (
          <button type="button" className="button button-primary" onClick={onDone}>
            {t('import.doneButton')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onCancel}>
              {t('import.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={onImport}
              aria-disabled={busy || lines.length === 0}
            >
              {t('import.confirm')}
            </button>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
