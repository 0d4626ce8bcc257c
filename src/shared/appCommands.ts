/**
 * The commands the main process runs itself: the native menu keeps an item of its own for each,
 * and the window's registry has a command of the same id (so the palette lists them) whose
 * `perform` asks the main process through the runMainCommand channel. Every other menu item is a
 * command the window published (src/shared/menuCommands.ts) and runs when the menu sends its id.
 */
export const mainCommandIds = ['show-data-folder', 'about'] as const;
export type MainCommandId = (typeof mainCommandIds)[number];

export function isMainCommand(id: string): id is MainCommandId {
  return (mainCommandIds as readonly string[]).includes(id);
}
