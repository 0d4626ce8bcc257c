import { useEffect, useRef } from 'react';

const focusable = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal's keyboard contract: focus moves into it on open, Tab cycles inside it, Escape closes,
 * and focus returns to whatever opened it.
 */
export function useDialogFocus<Element extends HTMLElement>(onClose: () => void) {
  const dialogRef = useRef<Element>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = dialogRef.current;
    // Without preventScroll a tall dialog scrolls to its middle and the title is hidden.
    dialog?.focus({ preventScroll: true });

    function onKeyDown(event: KeyboardEvent) {
      if (!dialog) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = Array.from(dialog.querySelectorAll<HTMLElement>(focusable));
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }

    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (opener && document.contains(opener)) opener.focus();
    };
  }, []);

  return dialogRef;
}
