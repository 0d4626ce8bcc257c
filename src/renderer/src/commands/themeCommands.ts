import type { ThemeChoice } from '../../../shared/schema/database';
import { always, modKeys, type Command } from './command';

const names: Record<ThemeChoice, string> = { light: 'light', dark: 'dark', system: 'the system’s' };
const order: ThemeChoice[] = ['system', 'light', 'dark'];

/** Light, dark, then the system's again: one key walks through all three. */
export const toggleThemeCommand: Command = {
  id: 'toggle-theme',
  label: 'Switch theme (system, light, dark)',
  keywords: ['dark mode', 'light mode', 'colours', 'appearance'],
  group: 'View',
  shortcuts: modKeys('Mod+Shift+L'),
  when: always,
  perform: ({ effects, theme }) => effects.setTheme(order[(order.indexOf(theme) + 1) % order.length]!),
};

export const themeCommands: Command[] = order.map((theme) => ({
  id: `theme-${theme}`,
  label: `Use ${names[theme]} theme`,
  keywords: ['appearance', 'colours', theme],
  group: 'View',
  checked: (context) => context.theme === theme,
  when: (context) => context.theme !== theme,
  perform: ({ effects }) => effects.setTheme(theme),
}));
