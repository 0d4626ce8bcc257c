import { useEffect, useLayoutEffect, useRef } from 'react';
import type { WindowCommandId } from '../../shared/appCommands';
import type { BriefingBridge } from '../../shared/bridge';
import { events } from '../../shared/events';

/**
 * What the native menu's commands do in this window. The one place the menu meets the screens:
 * issue 12's command registry replaces this file, so each id's action lives in one command.
 */
export type MenuCommandHandlers = Record<WindowCommandId, () => void>;

/** A field whose own text undo Undo and Redo must reach, rather than the app's history. */
export function isEditingText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    const textual = ['text', 'search', 'url', 'email', 'tel', 'password', 'number'].includes(element.type);
    return textual && !element.readOnly && !element.disabled;
  }
  // isContentEditable, with the attribute as a fallback for DOMs that do not compute it (jsdom).
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable === true || element.closest('[contenteditable]:not([contenteditable="false"])') !== null)
  );
}

/**
 * Runs a menu command. Undo and Redo go to the focused text field's own undo when one has the
 * focus (the menu cannot know; only the page does), and to the app's history otherwise.
 */
export function runMenuCommand(id: WindowCommandId, handlers: MenuCommandHandlers, doc: Document = document): void {
  if ((id === 'undo' || id === 'redo') && isEditingText(doc.activeElement)) {
    // execCommand is the only way to reach a field's native undo stack from script.
    doc.execCommand(id);
    return;
  }
  handlers[id]();
}

/**
 * Listens to the main process's runCommand events for as long as the component is mounted. A
 * payload that is not a known command is ignored: the window does not trust what it is sent.
 */
export function useMenuCommands(
  handlers: MenuCommandHandlers,
  bridge: BriefingBridge | undefined = window.briefing,
): void {
  const current = useRef(handlers);
  // In the commit itself, so a menu click that lands right after a render never runs the old handlers.
  useLayoutEffect(() => {
    current.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const subscribe = bridge?.events?.runCommand;
    if (!subscribe) return undefined;
    return subscribe((payload) => {
      const parsed = events.runCommand.safeParse(payload);
      if (parsed.success) runMenuCommand(parsed.data.commandId, current.current);
    });
  }, [bridge]);
}
