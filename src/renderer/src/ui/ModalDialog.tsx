import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Announcements, useOpenDialog } from './announcements';
import { useT } from '../i18n/useT';

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

/**
 * The app's one modal, on the native `<dialog>` opened with showModal(): the browser puts it in
 * the top layer, makes everything else inert (so Tab stays inside and a screen reader reads only
 * it), and sends Escape to the top-most dialog only, so a dialog opened over another closes alone.
 * The `<dialog>` fills the window and scrolls (a tall card scrolls as a page does); the panel
 * inside it is what the user sees, so a press on the `<dialog>` itself is a press beside the panel.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  className = '',
  backdropClassName = '',
  keepOnBackdropClick = false,
  topic,
  children,
}: ModalDialogProps) {
  const id = useId();
  useOpenDialog(id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  // Layout effects, so close() runs while the element is still in the document: closing is what
  // hands the focus back to the control that opened the dialog.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The panel, not the first button: a reader starts at the title, and Tab goes on from there.
    // Without preventScroll a tall dialog scrolls to its middle and the title is hidden.
    panelRef.current?.focus({ preventScroll: true });
    // showModal's own focusing scrolls the dialog by its top padding, which left the panel flush
    // with the window's edge: a dialog opens at its top, margin and all.
    dialog.scrollTop = 0;
    return () => {
      if (dialog.open) dialog.close();
      // The opener may have been re-rendered away, or the focus moved on to another dialog.
      if (
        opener?.isConnected &&
        (document.activeElement === document.body || dialog.contains(document.activeElement))
      ) {
        opener.focus({ preventScroll: true });
      }
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`dialog-backdrop ${backdropClassName}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // React passes a nested dialog's cancel up the tree; only the top-most one is meant.
        if (event.target !== event.currentTarget) return;
        // The app decides when the dialog goes (a form may keep it); React unmounts it then.
        event.preventDefault();
        closeRef.current();
      }}
      onMouseDown={(event) => {
        if (!keepOnBackdropClick && event.target === event.currentTarget) closeRef.current();
      }}
    >
      <div ref={panelRef} className={`dialog ${className}`} tabIndex={-1} data-topic={topic}>
        {children}
        <Announcements owner={id} />
      </div>
    </dialog>
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
