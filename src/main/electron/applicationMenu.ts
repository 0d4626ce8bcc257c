import { Menu, type MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuItemSpec, type MenuOptions } from './policy/menuTemplate';

function toElectron(spec: MenuItemSpec, run: (command: string) => void): MenuItemConstructorOptions {
  const { command, submenu, ...rest } = spec;
  return {
    ...rest,
    ...(command ? { id: command, click: () => run(command) } : {}),
    ...(submenu ? { submenu: submenu.map((item) => toElectron(item, run)) } : {}),
  };
}

/**
 * Builds the menu of policy/menuTemplate.ts and makes it the application menu. Called at start
 * (roles and the main process's commands only) and again each time the window publishes its
 * commands: Electron has no way to change a built menu's items but to set a new menu.
 */
export function installApplicationMenu(options: MenuOptions, run: (command: string) => void): Menu {
  const menu = Menu.buildFromTemplate(buildMenuTemplate(options).map((item) => toElectron(item, run)));
  Menu.setApplicationMenu(menu);
  return menu;
}
