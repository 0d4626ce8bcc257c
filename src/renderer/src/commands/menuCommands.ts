import { useEffect, useMemo, useRef } from 'react';
import type { NativeMenu, PublishedCommand } from '../../../shared/menuCommands';
import type { BriefingService } from '../../../shared/service';
import type { Command, CommandContext, Platform } from './command';
import { accelerator, shortcutsOf } from './keys';
import type { Language } from '../../../shared/i18n/languages';

/** Where a group's commands go in the native menu unless a command says otherwise. */
const menuOfGroup: Record<Command['group'], NativeMenu> = {
  General: 'View',
  Cards: 'Edit',
  Edit: 'Edit',
  Export: 'File',
  'Go to': 'Go',
  Filter: 'Go',
  View: 'View',
  // Its own run of the View menu, after the themes.
  Language: 'View',
  // briefs
  Briefs: 'File',
};

/** The key the menu shows: the first with a modifier (Ctrl+F over "/"), else the first. */
function menuKey(command: Command, platform: Platform): string | undefined {
  const keys = shortcutsOf(command, platform);
  const shortcut = keys.find((key) => key.startsWith('Mod+')) ?? keys[0];
  return shortcut === undefined ? undefined : accelerator(shortcut).replace('Escape', 'Esc');
}

/** The registry as the native menu sees it now: each menu-worthy command, enabled when `when` says so. */
export function publishedCommands(
  commands: readonly Command[],
  context: CommandContext,
  platform: Platform,
): PublishedCommand[] {
  return commands.flatMap((command) => {
    if (command.menu === false) return [];
    const key = menuKey(command, platform);
    const checked = command.checked?.(context);
    return [
      {
        id: command.id,
        label: command.label,
        menu: command.menu ?? menuOfGroup[command.group],
        group: command.group,
        ...(key ? { accelerator: key } : {}),
        enabled: command.menuAlwaysEnabled === true || command.when(context),
        ...(checked !== undefined ? { checked } : {}),
      },
    ];
  });
}

/** Long enough that a burst of renders (typing, a change and its answer) is one menu rebuild. */
export const menuPublishDelayMs = 150;

/**
 * Publishes the registry's menu-worthy commands to the main process whenever they change:
 * debounced, and only when the list differs from the last one sent, since every publication
 * rebuilds the native menu. A refused publication is tried again with the next change.
 */
export function usePublishedMenu(
  commands: readonly Command[],
  context: CommandContext,
  platform: Platform,
  service: Pick<BriefingService, 'publishMenu'>,
): void {
  const list = useMemo(() => publishedCommands(commands, context, platform), [commands, context, platform]);
  const text = JSON.stringify({ commands: list, language: context.language });
  const sent = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (text === sent.current) return undefined;
    const timer = setTimeout(() => {
      sent.current = text;
      // The text is the list: an effect keyed on it runs only when the list really differs.
      service
        .publishMenu(JSON.parse(text) as { commands: PublishedCommand[]; language: Language })
        .catch((error: unknown) => {
          sent.current = undefined;
          console.error('[summit-briefing] the native menu was not updated', error);
        });
    }, menuPublishDelayMs);
    return () => clearTimeout(timer);
  }, [text, service]);
}
