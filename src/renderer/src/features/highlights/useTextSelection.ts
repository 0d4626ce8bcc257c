import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionToTextOffsets } from './domOffsets';

/** Where to float something, in pixels from the top left of the positioned wrapper. */
export interface FloatPosition {
  top: number;
  left: number;
}

export interface TextSelection {
  start: number;
  end: number;
  position: FloatPosition;
}

/** Just below `rect`, relative to `wrapper`; zeroes where there is no layout (jsdom). */
export function floatBelow(wrapper: Element | null, rect: DOMRect | undefined): FloatPosition {
  if (!wrapper || !rect) return { top: 0, left: 0 };
  const frame = wrapper.getBoundingClientRect();
  const width = wrapper.clientWidth || frame.width;
  return {
    top: Math.round(rect.bottom - frame.top + 6),
    left: Math.round(Math.max(0, Math.min(rect.left - frame.left, Math.max(0, width - 280)))),
  };
}

function rangeRect(selection: Selection): DOMRect | undefined {
  const range = selection.getRangeAt(0);
  // jsdom has no layout and no Range.getBoundingClientRect.
  return typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : undefined;
}

/**
 * Follows the user's text selection inside `bodyRef`: after a mouse or keyboard selection ends
 * (mouseup, or keyup such as Shift+arrows), reports its body offsets; clears when the selection
 * collapses or leaves the text. Events inside `ignoreRef` (the toolbar itself) are ignored.
 */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  wrapperRef: RefObject<HTMLElement | null>,
  ignoreRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const clear = useCallback(() => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  useEffect(() => {
    if (!enabled) return;
    function read(event: Event) {
      const body = bodyRef.current;
      if (!body) return;
      if (event.target instanceof Node && ignoreRef.current?.contains(event.target)) return;
      const current = window.getSelection();
      const offsets = selectionToTextOffsets(body, current);
      if (!offsets || !current) {
        setSelection(null);
        return;
      }
      setSelection({ ...offsets, position: floatBelow(wrapperRef.current, rangeRect(current)) });
    }
    function follow() {
      // A click elsewhere collapses the selection: the toolbar goes with it.
      const current = window.getSelection();
      const body = bodyRef.current;
      if (!body || !selectionToTextOffsets(body, current)) setSelection(null);
    }
    document.addEventListener('mouseup', read);
    document.addEventListener('keyup', read);
    document.addEventListener('selectionchange', follow);
    return () => {
      document.removeEventListener('mouseup', read);
      document.removeEventListener('keyup', read);
      document.removeEventListener('selectionchange', follow);
    };
  }, [bodyRef, wrapperRef, ignoreRef, enabled]);

  return [enabled ? selection : null, clear];
}
