import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommandId } from '../../shared/appCommands';
import { buildMenuTemplate, type MenuItemSpec, type MenuOptions } from './policy/menuTemplate';

function toElectron(spec: MenuItemSpec, run: (command: AppCommandId) => void): MenuItemConstructorOptions {
  const { command, submenu, ...rest } = spec;
  return {
    ...rest,
    ...(command ? { id: command, click: () => run(command) } : {}),
    ...(submenu ? { submenu: submenu.map((item) => toElectron(item, run)) } : {}),
  };
}

/** Builds the menu of policy/menuTemplate.ts and makes it the application menu. */
export function installApplicationMenu(options: MenuOptions, run: (command: AppCommandId) => void): Menu {
  const menu = Menu.buildFromTemplate(buildMenuTemplate(options).map((item) => toElectron(item, run)));
  Menu.setApplicationMenu(menu);
  return menu;
}
