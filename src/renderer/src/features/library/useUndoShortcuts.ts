import { useEffect, useRef } from 'react';

/** Inputs whose own Ctrl+Z undoes typed text; a checkbox, radio, button or slider has no text to undo. */
const textInputTypes = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True inside a field where Ctrl+Z belongs to the text being typed. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const field = target.closest('input, textarea, [contenteditable]');
  if (!field) return false;
  if (field instanceof HTMLInputElement) return textInputTypes.has(field.type);
  if (field instanceof HTMLTextAreaElement) return true;
  return field.getAttribute('contenteditable') !== 'false';
}

/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes annotation changes everywhere —
 * on a checkbox, a button, a menu, inside the card dialog — except in a text field, where those
 * keys belong to the field's own text undo.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  const handlers = useRef({ undo, redo });
  useEffect(() => {
    handlers.current = { undo, redo };
  }, [undo, redo]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        handlers.current.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) {
        event.preventDefault();
        handlers.current.redo();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
