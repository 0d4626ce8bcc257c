import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';

interface LinkConfirmDialogProps {
  url: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a note's link leaves the app, showing the whole address so a link whose text says one
 * thing and whose address says another is caught. Cancel has the focus: Enter never opens by accident.
 */
export function LinkConfirmDialog({ url, onConfirm, onCancel }: LinkConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Stopped here so the card dialog around the notes neither closes nor steals Tab.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    event.stopPropagation();
    const buttons = Array.from(dialogRef.current?.querySelectorAll('button') ?? []);
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div
      className="notes-link-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      <div
        ref={dialogRef}
        className="notes-link-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="notes-link-title">
          {t('link.title')}
        </h2>
        <div id={descriptionId}>
          <p className="notes-link-text">{t('link.linksTo')}</p>
          <p className="notes-link-url">{url}</p>
          <p className="notes-link-text">{t('link.outside')}</p>
        </div>
        <div className="notes-link-actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {t('link.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t('link.open')}
          </button>
        </div>
      </div>
    </div>
  );
}
