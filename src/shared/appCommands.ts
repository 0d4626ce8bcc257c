/**
 * The commands the native menu can run, by id. The window runs the first group (it owns the
 * screens and knows where the focus is); the main process runs the second itself. The command
 * registry (issue 12) will give each id its label, shortcuts and action; until then
 * src/renderer/src/menuCommands.ts maps the window's ids to the existing actions.
 */
export const windowCommandIds = ['new-card', 'export-pdf', 'export-backup', 'import-backup', 'undo', 'redo'] as const;
export type WindowCommandId = (typeof windowCommandIds)[number];

export const mainCommandIds = ['show-data-folder', 'about'] as const;
export type MainCommandId = (typeof mainCommandIds)[number];

export type AppCommandId = WindowCommandId | MainCommandId;

export function isWindowCommand(id: AppCommandId): id is WindowCommandId {
  return (windowCommandIds as readonly string[]).includes(id);
}
