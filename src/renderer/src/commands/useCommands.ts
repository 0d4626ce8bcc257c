import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { BriefingBridge } from '../../../shared/bridge';
import { events } from '../../../shared/events';
import type { Command, CommandContext, Platform } from './command';
import { isTextField, matchesShortcut, shortcutsOf } from './keys';

/** Runs a command if it is available now; says whether it ran. */
export function runCommand(command: Command | undefined, context: CommandContext): boolean {
  if (!command?.when(context)) return false;
  command.perform(context);
  return true;
}

/**
 * The registry at work: one keydown listener for every command's shortcuts (skipping text fields
 * unless a command says otherwise, so Ctrl+Z there undoes typing), and the native menu's
 * runCommand events, validated, run through the same commands.
 */
export function useCommands(
  commands: readonly Command[],
  context: CommandContext,
  platform: Platform,
  bridge: BriefingBridge | undefined = window.briefing,
): void {
  const current = useRef({ commands, context });
  // In the commit itself, so a key or menu click right after a render never runs the old context.
  useLayoutEffect(() => {
    current.current = { commands, context };
  }, [commands, context]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const inText = isTextField(event.target);
      // A select takes letters and digits to pick an option; Ctrl/Cmd keys (undo) still work on it.
      const inSelect = event.target instanceof Element && event.target.closest('select') !== null;
      const { commands: list, context: now } = current.current;
      for (const command of list) {
        if (inText && !command.inTextFields) continue;
        const matched = shortcutsOf(command, platform).find((shortcut) => matchesShortcut(event, shortcut, platform));
        if (!matched || (inSelect && !matched.startsWith('Mod'))) continue;
        // Escape belongs to the dialog itself (it closes the top one); the command only lists it.
        if (event.key === 'Escape') return;
        if (runCommand(command, now)) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [platform]);

  useEffect(() => {
    const subscribe = bridge?.events?.runCommand;
    if (!subscribe) return undefined;
    return subscribe((payload) => {
      const parsed = events.runCommand.safeParse(payload);
      if (!parsed.success) return;
      const { commandId } = parsed.data;
      // The menu cannot know where the focus is: in a text field, Undo is the field's own.
      if ((commandId === 'undo' || commandId === 'redo') && isTextField(document.activeElement)) {
        // execCommand is the only way to reach a field's native undo stack from script.
        document.execCommand(commandId);
        return;
      }
      const { commands: list, context: now } = current.current;
      runCommand(
        list.find((command) => command.id === commandId),
        now,
      );
    });
  }, [bridge]);
}

/** The commands available now, for the palette. */
export function useAvailable(commands: readonly Command[], context: CommandContext): Command[] {
  return useMemo(() => commands.filter((command) => command.when(context)), [commands, context]);
}
