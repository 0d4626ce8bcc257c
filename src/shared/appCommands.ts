/**
 * The commands the native menu can run, by id. The window runs the first group (it owns the
 * screens and knows where the focus is); the main process runs the second itself. The command
 * registry (src/renderer/src/commands/) has a command of the same id for each window id, which
 * the window runs when the menu sends it.
 */
export const windowCommandIds = ['new-card', 'export-pdf', 'export-backup', 'import-backup', 'undo', 'redo'] as const;
export type WindowCommandId = (typeof windowCommandIds)[number];

export const mainCommandIds = ['show-data-folder', 'about'] as const;
export type MainCommandId = (typeof mainCommandIds)[number];

export type AppCommandId = WindowCommandId | MainCommandId;

export function isWindowCommand(id: AppCommandId): id is WindowCommandId {
  return (windowCommandIds as readonly string[]).includes(id);
}
