import { describe, expect, it } from 'vitest';
import { mainCommandIds, windowCommandIds } from '../../../shared/appCommands';
import { accelerators, buildMenuTemplate, menuItems, type MenuItemSpec } from './menuTemplate';

const appName = 'Summit Briefing';
const platforms = ['darwin', 'win32', 'linux'] as const;

function labels(template: MenuItemSpec[]): string[] {
  return template.map((item) => (item.label ?? '').replace('&', ''));
}

function item(template: MenuItemSpec[], command: string): MenuItemSpec | undefined {
  return menuItems(template).find((candidate) => candidate.command === command);
}

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS, and File, Edit, View, Help everywhere', () => {
    expect(labels(buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName }))).toEqual([
      appName,
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    for (const platform of ['win32', 'linux'] as const) {
      expect(labels(buildMenuTemplate({ platform, isPackaged: true, appName }))).toEqual([
        'File',
        'Edit',
        'View',
        'Help',
      ]);
    }
  });

  it('puts About, Hide and Quit in the macOS app menu', () => {
    const [appMenu] = buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName });
    const entries = menuItems(appMenu?.submenu ?? []);
    expect(entries.map((entry) => entry.role ?? entry.command)).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
  });

  it.each(platforms)('offers every command once on %s', (platform) => {
    const template = buildMenuTemplate({ platform, isPackaged: true, appName });
    const commands = menuItems(template).flatMap((entry) => (entry.command ? [entry.command] : []));
    expect(commands.sort()).toEqual([...windowCommandIds, ...mainCommandIds].sort());
  });

  it.each(platforms)('has no Reload and no DevTools in an installed app on %s', (platform) => {
    const roles = menuItems(buildMenuTemplate({ platform, isPackaged: true, appName })).map((entry) => entry.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    const developing = menuItems(buildMenuTemplate({ platform, isPackaged: false, appName })).map(
      (entry) => entry.role,
    );
    expect(developing).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('never uses the undo and redo roles, so the app decides what Undo means', () => {
    for (const platform of platforms) {
      const roles = menuItems(buildMenuTemplate({ platform, isPackaged: false, appName })).map((entry) => entry.role);
      expect(roles).not.toContain('undo');
      expect(roles).not.toContain('redo');
      expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    }
  });

  it('lets the menu own Cmd+Z on macOS and leaves Ctrl+Z to the page elsewhere', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName });
    expect(item(mac, 'undo')).toMatchObject({ accelerator: accelerators.undo, registerAccelerator: true });
    expect(item(mac, 'redo')).toMatchObject({ accelerator: accelerators.redo, registerAccelerator: true });
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate({ platform, isPackaged: true, appName });
      expect(item(template, 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(item(template, 'redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    }
  });

  it('gives File its accelerators and a Quit outside macOS', () => {
    const linux = buildMenuTemplate({ platform: 'linux', isPackaged: true, appName });
    expect(item(linux, 'new-card')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item(linux, 'export-pdf')?.accelerator).toBe('CmdOrCtrl+E');
    expect(item(linux, 'export-backup')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(item(linux, 'import-backup')?.accelerator).toBe('CmdOrCtrl+O');
    const file = linux[0]?.submenu ?? [];
    expect(file.map((entry) => entry.role).filter(Boolean)).toEqual(['close', 'quit']);
    const macFile = buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName })[1]?.submenu ?? [];
    expect(macFile.map((entry) => entry.role).filter(Boolean)).toEqual(['close']);
  });

  it('uses each accelerator once per platform', () => {
    for (const platform of platforms) {
      const keys = menuItems(buildMenuTemplate({ platform, isPackaged: false, appName })).flatMap((entry) =>
        entry.accelerator ? [entry.accelerator] : [],
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('says where the data lives in Help, with About there outside macOS', () => {
    const windows = buildMenuTemplate({ platform: 'win32', isPackaged: true, appName });
    const help = windows[windows.length - 1];
    expect(help?.role).toBe('help');
    expect(help?.submenu?.map((entry) => entry.command).filter(Boolean)).toEqual(['show-data-folder', 'about']);
  });
});
