/**
 * The native menu as data: the OS roles (cut, copy, paste, zoom, quit, window), the commands the
 * main process runs itself (About, where the data lives), and the commands the window published
 * from its registry, arranged by their menu and group. `../applicationMenu.ts` turns it into
 * Electron's Menu and wires each command; this module never imports electron, so the menu is
 * tested in Node. Labels, keys and enabled states of published commands are the registry's.
 */
import type { MainCommandId } from '../../../shared/appCommands';
import type { NativeMenu, PublishedCommand } from '../../../shared/menuCommands';
import type { MessageKey } from '../../../shared/i18n/catalogues';
import type { Language } from '../../../shared/i18n/languages';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';

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
  type?: 'separator' | 'checkbox';
  accelerator?: string;
  /**
   * False shows the accelerator without taking the key from the page. Undo and redo on Windows
   * and Linux are left to the page, which tells a text field's own undo from the app's history.
   */
  registerAccelerator?: boolean;
  /** The command the item runs; also its id, so tests and the Electron e2e target can find it. */
  command?: string;
  /** Whether the command can run now (its `when`); absent means yes. */
  enabled?: boolean;
  /** For an on/off item (the theme in use): a checkbox that shows it. */
  checked?: boolean;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** An installed app has no Reload and no DevTools. */
  isPackaged: boolean;
  appName: string;
  /** What the window published last; none before it has. */
  commands?: readonly PublishedCommand[];
  /** The window's language for the menu's own items; English (Electron's own role labels) when absent. */
  language?: Language;
}

/** Electron names role items in English only: other languages name them from the catalogue. */
const roleKeys: Partial<Record<MenuRole, MessageKey>> = {
  services: 'menu.role.services',
  hide: 'menu.role.hide',
  hideOthers: 'menu.role.hideOthers',
  unhide: 'menu.role.unhide',
  quit: 'menu.role.quit',
  close: 'menu.role.close',
  cut: 'menu.role.cut',
  copy: 'menu.role.copy',
  paste: 'menu.role.paste',
  pasteAndMatchStyle: 'menu.role.pasteAndMatchStyle',
  selectAll: 'menu.role.selectAll',
  reload: 'menu.role.reload',
  forceReload: 'menu.role.forceReload',
  toggleDevTools: 'menu.role.toggleDevTools',
  resetZoom: 'menu.role.resetZoom',
  zoomIn: 'menu.role.zoomIn',
  zoomOut: 'menu.role.zoomOut',
  togglefullscreen: 'menu.role.togglefullscreen',
  minimize: 'menu.role.minimize',
  zoom: 'menu.role.zoom',
  front: 'menu.role.front',
};

function withRoleLabels(items: MenuItemSpec[], t: Translator['t']): MenuItemSpec[] {
  return items.map((item) => {
    const key = item.role && !item.label ? roleKeys[item.role] : undefined;
    const submenu = item.submenu ? { submenu: withRoleLabels(item.submenu, t) } : {};
    return { ...item, ...(key ? { label: t(key) } : {}), ...submenu };
  });
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * A published command as a menu item. Its key is always shown; the menu takes it from the page
 * only where that is safe: never a key without a modifier ("?", "N", Esc are typing in a field),
 * and Undo and Redo only on macOS, where a text field has no undo without the menu. Elsewhere the
 * page sees Ctrl+Z first and tells a field's own undo from the app's history.
 */
function publishedItem(command: PublishedCommand, mac: boolean): MenuItemSpec {
  const { accelerator } = command;
  const plainKey = accelerator !== undefined && !/^(?:CmdOrCtrl|Alt)\+/.test(accelerator);
  const pageOwnsIt = plainKey || (!mac && (command.id === 'undo' || command.id === 'redo'));
  return {
    label: command.label,
    command: command.id,
    enabled: command.enabled,
    ...(accelerator ? { accelerator, registerAccelerator: !pageOwnsIt } : {}),
    ...(command.checked !== undefined ? { type: 'checkbox' as const, checked: command.checked } : {}),
  };
}

/** The published commands of one menu, in the window's order, a separator between groups. */
function publishedItems(commands: readonly PublishedCommand[], menu: NativeMenu, mac: boolean): MenuItemSpec[] {
  const items: MenuItemSpec[] = [];
  let group: string | undefined;
  for (const command of commands) {
    if (command.menu !== menu) continue;
    if (group !== undefined && command.group !== group) items.push(separator);
    group = command.group;
    items.push(publishedItem(command, mac));
  }
  return items;
}

/** A separator only between two runs of items, never first, last or doubled. */
function joined(...runs: MenuItemSpec[][]): MenuItemSpec[] {
  return runs.filter((run) => run.length > 0).flatMap((run, index) => (index === 0 ? run : [separator, ...run]));
}

const mainCommand = (label: string, command: MainCommandId): MenuItemSpec => ({ label, command });

export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const language = options.language ?? 'en';
  const { t } = createTranslator(language);
  const template = arrangedMenu(options, t);
  return language === 'en' ? template : withRoleLabels(template, t);
}

function arrangedMenu(
  { platform, isPackaged, appName, commands = [] }: MenuOptions,
  t: Translator['t'],
): MenuItemSpec[] {
  const mac = platform === 'darwin';
  // Windows and Linux underline a letter of each menu with Alt (Latin names only); macOS has no such thing.
  const title = (key: MessageKey) => {
    const name = t(key);
    return mac || !/^[A-Za-z]/.test(name) ? name : `&${name}`;
  };
  const about = mainCommand(t('menu.about', { app: appName }), 'about');
  // The main process's own commands are items of its own; the window's copies of them are for the palette.
  const published = commands.filter((command) => command.id !== 'about' && command.id !== 'show-data-folder');
  const from = (menu: NativeMenu) => publishedItems(published, menu, mac);

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
    label: title('menu.file'),
    submenu: joined(from('File'), [{ role: 'close' }, ...(mac ? [] : [{ role: 'quit' } as MenuItemSpec])]),
  };

  const edit: MenuItemSpec = {
    label: title('menu.edit'),
    submenu: joined(from('Edit'), [
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemSpec] : []),
      { role: 'selectAll' },
    ]),
  };

  const developer: MenuItemSpec[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  const view: MenuItemSpec = {
    label: title('menu.view'),
    submenu: joined(
      from('View'),
      developer,
      [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
      [{ role: 'togglefullscreen' }],
    ),
  };
  const goItems = from('Go');
  const go: MenuItemSpec[] = goItems.length > 0 ? [{ label: title('menu.go'), submenu: goItems }] : [];

  const windowMenu: MenuItemSpec = {
    label: t('menu.window'),
    role: 'window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }],
  };

  const help: MenuItemSpec = {
    label: title('menu.help'),
    role: 'help',
    submenu: [mainCommand(t('menu.dataFolder'), 'show-data-folder'), ...(mac ? [] : [separator, about])],
  };

  return mac ? [appMenu, file, edit, view, ...go, windowMenu, help] : [file, edit, view, ...go, help];
}

/** Every item of a template, submenus included, depth first. */
export function menuItems(template: readonly MenuItemSpec[]): MenuItemSpec[] {
  return template.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}
