import { describe, expect, it } from 'vitest';
import { mainCommandIds } from '../../../shared/appCommands';
import type { PublishedCommand } from '../../../shared/menuCommands';
import { buildMenuTemplate, menuItems, type MenuItemSpec, type MenuOptions } from './menuTemplate';

const appName = 'Summit Briefing';

/** A list as the window publishes it (the registry's own is checked in commands/menuCommands.test.ts). */
const published: PublishedCommand[] = [
  {
    id: 'command-palette',
    label: 'Command palette',
    menu: 'View',
    group: 'General',
    accelerator: 'CmdOrCtrl+K',
    enabled: true,
  },
  {
    id: 'show-shortcuts',
    label: 'Keyboard shortcuts',
    menu: 'View',
    group: 'General',
    accelerator: '?',
    enabled: true,
  },
  { id: 'new-card', label: 'New card', menu: 'File', group: 'Cards', accelerator: 'CmdOrCtrl+N', enabled: true },
  { id: 'close-card', label: 'Close card', menu: 'File', group: 'Cards', accelerator: 'Esc', enabled: false },
  {
    id: 'star-card',
    label: 'Star or unstar this card',
    menu: 'Edit',
    group: 'Cards',
    accelerator: 'S',
    enabled: false,
  },
  { id: 'undo', label: 'Undo', menu: 'Edit', group: 'Edit', accelerator: 'CmdOrCtrl+Z', enabled: true },
  { id: 'redo', label: 'Redo', menu: 'Edit', group: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z', enabled: false },
  {
    id: 'export-pdf',
    label: 'Export PDF briefing pack…',
    menu: 'File',
    group: 'Export',
    accelerator: 'CmdOrCtrl+E',
    enabled: true,
  },
  {
    id: 'export-backup',
    label: 'Export backup…',
    menu: 'File',
    group: 'Export',
    accelerator: 'CmdOrCtrl+Shift+E',
    enabled: true,
  },
  {
    id: 'import-backup',
    label: 'Import backup…',
    menu: 'File',
    group: 'Export',
    accelerator: 'CmdOrCtrl+O',
    enabled: true,
  },
  { id: 'go-all', label: 'Go to all cards', menu: 'Go', group: 'Go to', accelerator: '0', enabled: true },
  { id: 'filter-starred', label: 'Show starred cards', menu: 'Go', group: 'Filter', enabled: true },
  { id: 'theme-system', label: 'Use the system’s theme', menu: 'View', group: 'View', enabled: false, checked: true },
  { id: 'theme-dark', label: 'Use dark theme', menu: 'View', group: 'View', enabled: true, checked: false },
  // The window lists the main process's commands too (for its palette); the menu keeps its own items for them.
  { id: 'about', label: 'About Summit Briefing', menu: 'View', group: 'General', enabled: true },
];

function build(options: Partial<MenuOptions> & Pick<MenuOptions, 'platform'>): MenuItemSpec[] {
  return buildMenuTemplate({ isPackaged: true, appName, commands: published, ...options });
}
const platforms = ['darwin', 'win32', 'linux'] as const;

function labels(template: MenuItemSpec[]): string[] {
  return template.map((item) => (item.label ?? '').replace('&', ''));
}

function item(template: MenuItemSpec[], command: string): MenuItemSpec | undefined {
  return menuItems(template).find((candidate) => candidate.command === command);
}

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS, and File, Edit, View, Go, Help everywhere', () => {
    expect(labels(build({ platform: 'darwin' }))).toEqual([appName, 'File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    for (const platform of ['win32', 'linux'] as const) {
      expect(labels(build({ platform }))).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
    }
  });

  it('has only the OS roles and its own commands before the window has published any', () => {
    for (const platform of platforms) {
      const template = buildMenuTemplate({ platform, isPackaged: true, appName });
      const commands = menuItems(template).flatMap((entry) => (entry.command ? [entry.command] : []));
      expect(commands.sort()).toEqual([...mainCommandIds].sort());
      expect(labels(template)).not.toContain('Go');
      // No menu starts or ends with a separator, and none has two in a row.
      for (const menu of template) {
        const kinds = (menu.submenu ?? []).map((entry) => entry.type ?? 'item').join(' ');
        expect(kinds).not.toMatch(/^separator|separator$|separator separator/);
      }
    }
  });

  it('puts About, Hide and Quit in the macOS app menu', () => {
    const [appMenu] = build({ platform: 'darwin' });
    const entries = menuItems(appMenu?.submenu ?? []);
    expect(entries.map((entry) => entry.role ?? entry.command)).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
  });

  it.each(platforms)('offers every published command once, and its own commands once, on %s', (platform) => {
    const commands = menuItems(build({ platform })).flatMap((entry) => (entry.command ? [entry.command] : []));
    expect(commands.sort()).toEqual(
      [...new Set([...published.map((command) => command.id), ...mainCommandIds])].sort(),
    );
  });

  it('arranges published commands by menu, in the window’s order, a separator between groups', () => {
    const [file, edit, view, go] = build({ platform: 'linux' });
    const shape = (menu: MenuItemSpec | undefined) =>
      (menu?.submenu ?? []).map((entry) => entry.command ?? entry.role ?? entry.type);
    expect(shape(file)).toEqual([
      'new-card',
      'close-card',
      'separator',
      'export-pdf',
      'export-backup',
      'import-backup',
      'separator',
      'close',
      'quit',
    ]);
    expect(shape(edit)).toEqual([
      'star-card',
      'separator',
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(shape(view)).toEqual([
      'command-palette',
      'show-shortcuts',
      'separator',
      'theme-system',
      'theme-dark',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
    expect(shape(go)).toEqual(['go-all', 'separator', 'filter-starred']);
  });

  it('takes labels, keys, enabled and checked states from the published list', () => {
    const template = build({ platform: 'linux' });
    expect(item(template, 'export-pdf')).toMatchObject({
      label: 'Export PDF briefing pack…',
      accelerator: 'CmdOrCtrl+E',
      enabled: true,
    });
    expect(item(template, 'close-card')).toMatchObject({ label: 'Close card', enabled: false });
    expect(item(template, 'theme-system')).toMatchObject({ type: 'checkbox', checked: true, enabled: false });
    expect(item(template, 'theme-dark')).toMatchObject({ type: 'checkbox', checked: false });
    expect(item(template, 'new-card')).not.toHaveProperty('type');
  });

  it.each(platforms)('has no Reload and no DevTools in an installed app on %s', (platform) => {
    const roles = menuItems(build({ platform })).map((entry) => entry.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    const developing = menuItems(build({ platform, isPackaged: false })).map((entry) => entry.role);
    expect(developing).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('never uses the undo and redo roles, so the app decides what Undo means', () => {
    for (const platform of platforms) {
      const roles = menuItems(build({ platform, isPackaged: false })).map((entry) => entry.role);
      expect(roles).not.toContain('undo');
      expect(roles).not.toContain('redo');
      expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    }
  });

  it('lets the menu own Cmd+Z on macOS and leaves Ctrl+Z to the page elsewhere', () => {
    const mac = build({ platform: 'darwin' });
    expect(item(mac, 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: true });
    expect(item(mac, 'redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: true });
    for (const platform of ['win32', 'linux'] as const) {
      const template = build({ platform });
      expect(item(template, 'undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
      expect(item(template, 'redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    }
  });

  it.each(platforms)('shows a key without a modifier but never takes it from the page on %s', (platform) => {
    const template = build({ platform });
    for (const id of ['show-shortcuts', 'close-card', 'star-card', 'go-all']) {
      expect(item(template, id)?.registerAccelerator, id).toBe(false);
    }
    expect(item(template, 'new-card')?.registerAccelerator).toBe(true);
    expect(item(template, 'command-palette')?.registerAccelerator).toBe(true);
  });

  it('gives File its accelerators and a Quit outside macOS', () => {
    const linux = build({ platform: 'linux' });
    expect(item(linux, 'new-card')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item(linux, 'export-pdf')?.accelerator).toBe('CmdOrCtrl+E');
    expect(item(linux, 'export-backup')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(item(linux, 'import-backup')?.accelerator).toBe('CmdOrCtrl+O');
    const file = linux[0]?.submenu ?? [];
    expect(file.map((entry) => entry.role).filter(Boolean)).toEqual(['close', 'quit']);
    const macFile = build({ platform: 'darwin' })[1]?.submenu ?? [];
    expect(macFile.map((entry) => entry.role).filter(Boolean)).toEqual(['close']);
  });

  it('uses each accelerator once per platform', () => {
    for (const platform of platforms) {
      const keys = menuItems(build({ platform, isPackaged: false })).flatMap((entry) =>
        entry.accelerator ? [entry.accelerator] : [],
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('says where the data lives in Help, with About there outside macOS', () => {
    const windows = build({ platform: 'win32' });
    const help = windows[windows.length - 1];
    expect(help?.role).toBe('help');
    expect(help?.submenu?.map((entry) => entry.command).filter(Boolean)).toEqual(['show-data-folder', 'about']);
  });
});

describe('the menu in the window’s language', () => {
  it('names its own menus, About and the data folder in Russian, and every role item Electron would name in English', () => {
    for (const platform of platforms) {
      const template = build({ platform, language: 'ru' });
      expect(labels(template)).toEqual(
        platform === 'darwin'
          ? [appName, 'Файл', 'Правка', 'Вид', 'Переход', 'Окно', 'Справка']
          : ['Файл', 'Правка', 'Вид', 'Переход', 'Справка'],
      );
      expect(item(template, 'about')?.label).toBe(`О программе ${appName}`);
      expect(item(template, 'show-data-folder')?.label).toBe('Где хранятся ваши данные…');
      const roles = menuItems(template).filter((spec) => spec.role && !spec.submenu);
      expect(roles.length).toBeGreaterThan(5);
      for (const role of roles) expect(role.label, role.role).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('keeps Alt’s underlined letter only where the name is Latin, and Electron’s own role names in English', () => {
    expect(labels(build({ platform: 'win32', language: 'ko' })).slice(0, 2)).toEqual(['파일', '편집']);
    expect(build({ platform: 'win32', language: 'ko' })[0]?.label).toBe('파일');
    expect(build({ platform: 'win32' })[0]?.label).toBe('&File');
    const english = menuItems(build({ platform: 'linux' })).filter((spec) => spec.role === 'copy');
    expect(english.map((spec) => spec.label)).toEqual([undefined]);
  });
});
