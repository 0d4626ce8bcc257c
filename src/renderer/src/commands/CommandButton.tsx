import type { Command, CommandContext, Platform } from './command';
import { shortcutLabel, shortcutsOf } from './keys';

/** "Undo (Ctrl+Z)": a command's label and its first key, as the button's tooltip. */
export function commandTitle(command: Command, platform: Platform): string {
  const [shortcut] = shortcutsOf(command, platform);
  return shortcut === undefined ? command.label : `${command.label} (${shortcutLabel(shortcut, platform)})`;
}

interface CommandButtonProps {
  command: Command;
  context: CommandContext;
  platform: Platform;
  className: string;
  /** Replaces the tooltip, e.g. to say why the command cannot run. */
  title?: string | undefined;
}

/**
 * A button that is a command: its text, tooltip and disabled state come from the registry, and a
 * press runs `perform`, so the button does exactly what the key, the palette and the menu do.
 * Unavailable, it stays focusable and says so (aria-disabled) rather than vanishing from Tab.
 */
export function CommandButton({ command, context, platform, className, title }: CommandButtonProps) {
  const available = command.when(context);
  return (
    <button
      type="button"
      className={className}
      aria-disabled={!available}
      title={title ?? commandTitle(command, platform)}
      onClick={() => {
        if (command.when(context)) command.perform(context);
      }}
    >
      {command.buttonLabel ?? command.label}
    </button>
  );
}
