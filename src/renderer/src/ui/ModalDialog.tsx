import { useT } from '../i18n/useT';
import type { ReactNode } from 'react';
import { useDialogFocus } from './useDialogFocus';

interface ModalDialogProps {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  /** Escape, and a click on the backdrop unless `keepOnBackdropClick`. */
  onClose: () => void;
  className?: string;
  backdropClassName?: string;
  /** Forms keep their backdrop inert, so a stray click never throws typing away. */
  keepOnBackdropClick?: boolean;
  topic?: string;
  children: ReactNode;
}

/** The app's one modal: a backdrop, a labelled dialog, and the keyboard contract of useDialogFocus. */
export function ModalDialog({
  labelledBy,
  onClose,
  className = '',
  backdropClassName = '',
  keepOnBackdropClick = false,
  topic,
  children,
}: ModalDialogProps) {
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);
  return (
    <div
      className={`dialog-backdrop ${backdropClassName}`}
      onMouseDown={(event) => {
        if (!keepOnBackdropClick && event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialogRef}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        data-topic={topic}
      >
        {children}
      </div>
    </div>
  );
}

/** The × in a dialog's corner; `label` names what it closes ("Close card"). */
export function DialogCloseButton({ label, onClick }: { label: string; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="icon-button" aria-label={label} title={t('dialog.close')} onClick={onClick}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M6 6l12 12M18 6L6 18" />
      </svg>
    </button>
  );
}
