/**
 * The native menu as data: which items exist on which platform, their accelerators, and the
 * command id each app item runs. `../applicationMenu.ts` turns it into Electron's Menu and wires
 * each command; this module never imports electron, so the menu is tested in Node. When the
 * command registry (issue 12) lands, labels and accelerators come from it and this stays the
 * one place that arranges them.
 */
import type { AppCommandId } from '../../../shared/appCommands';

/** The subset of Electron's MenuItemConstructorOptions roles the app uses. */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'services'
  | 'window'
  | 'help';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  /**
   * False shows the accelerator without taking the key from the page. Undo and redo on Windows
   * and Linux are left to the page, which tells a text field's own undo from the app's history.
   */
  registerAccelerator?: boolean;
  /** The command the item runs; also its id, so tests and the Electron e2e target can find it. */
  command?: AppCommandId;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** An installed app has no Reload and no DevTools. */
  isPackaged: boolean;
  appName: string;
}

const separator: MenuItemSpec = { type: 'separator' };

/** The keys, as the README lists them. */
export const accelerators = {
  newCard: 'CmdOrCtrl+N',
  exportPack: 'CmdOrCtrl+E',
  exportBackup: 'CmdOrCtrl+Shift+E',
  importBackup: 'CmdOrCtrl+O',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
} as const;

export function buildMenuTemplate({ platform, isPackaged, appName }: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  // Windows and Linux underline a letter of each menu with Alt; macOS has no such thing.
  const title = (name: string) => (mac ? name : `&${name}`);
  const about: MenuItemSpec = { label: `About ${appName}`, command: 'about' };

  const appMenu: MenuItemSpec = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemSpec = {
    label: title('File'),
    submenu: [
      { label: 'New Card', accelerator: accelerators.newCard, command: 'new-card' },
      separator,
      { label: 'Export…', accelerator: accelerators.exportPack, command: 'export-pdf' },
      { label: 'Export Backup…', accelerator: accelerators.exportBackup, command: 'export-backup' },
      { label: 'Import Backup…', accelerator: accelerators.importBackup, command: 'import-backup' },
      separator,
      { role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as MenuItemSpec]),
    ],
  };

  // On macOS the menu must own Cmd+Z: a text field there has no undo without it. Elsewhere the
  // page sees the key first and the menu only shows it.
  const edit: MenuItemSpec = {
    label: title('Edit'),
    submenu: [
      { label: 'Undo', accelerator: accelerators.undo, registerAccelerator: mac, command: 'undo' },
      { label: 'Redo', accelerator: accelerators.redo, registerAccelerator: mac, command: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemSpec] : []),
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemSpec[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuItemSpec = {
    label: title('View'),
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemSpec = {
    label: 'Window',
    role: 'window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }],
  };

  const help: MenuItemSpec = {
    label: title('Help'),
    role: 'help',
    submenu: [{ label: 'Where Your Data Lives…', command: 'show-data-folder' }, ...(mac ? [] : [separator, about])],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}

/** Every item of a template, submenus included, depth first. */
export function menuItems(template: readonly MenuItemSpec[]): MenuItemSpec[] {
  return template.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}
