import { useId } from 'react';
import type { ImportSummary } from '../../../../shared/export/backupSchemas';
import { ModalDialog } from '../../ui/ModalDialog';
import { importSummaryLines } from './importSummaryText';

interface ImportDialogProps {
  fileName: string;
  summary: ImportSummary;
  /** Set once the import is done: the dialog then says so and offers only "Done". */
  done: boolean;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
  onDone: () => void;
}

/** Says what an import will add and change, before anything is changed. */
export function ImportDialog({ fileName, summary, done, busy, onImport, onCancel, onDone }: ImportDialogProps) {
  const titleId = useId();
  const lines = importSummaryLines(summary);
  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={done ? onDone : onCancel}
      className="export-import"
      backdropClassName="export-import-backdrop"
      keepOnBackdropClick
    >
      <h2 id={titleId} className="export-import-title">
        {done ? 'Backup imported' : 'Import backup?'}
      </h2>
      <p className="export-import-file">{fileName}</p>
      {lines.length > 0 ? (
        <>
          <p>
            {done
              ? 'These were merged into your library:'
              : 'Records with the same id are replaced; nothing is deleted. This will be:'}
          </p>
          <ul className="export-import-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {!done && <p className="export-hint">You can undo the import with Undo (Ctrl+Z).</p>}
        </>
      ) : (
        <p>Nothing new: everything in this backup is already in your library.</p>
      )}
      <div className="export-import-actions">
        {done ? (
          <button type="button" className="button button-primary" onClick={onDone}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={onImport}
              aria-disabled={busy || lines.length === 0}
            >
              Import
            </button>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
