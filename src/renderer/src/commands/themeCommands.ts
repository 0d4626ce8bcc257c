import type { ThemeChoice } from '../../../shared/schema/database';
import type { MessageKey } from '../../../shared/i18n/catalogues';
import { always, modKeys, type CommandDefinition } from './command';

const labels: Record<ThemeChoice, MessageKey> = {
  light: 'command.theme.light',
  dark: 'command.theme.dark',
  system: 'command.theme.system',
};
const order: ThemeChoice[] = ['system', 'light', 'dark'];

/** Light, dark, then the system's again: one key walks through all three. */
export const toggleThemeCommand: CommandDefinition = {
  id: 'toggle-theme',
  label: 'command.toggleTheme',
  keywords: ['dark mode', 'light mode', 'colours', 'appearance'],
  group: 'View',
  shortcuts: modKeys('Mod+Shift+L'),
  when: always,
  perform: ({ effects, theme }) => effects.setTheme(order[(order.indexOf(theme) + 1) % order.length]!),
};

export const themeCommands: CommandDefinition[] = order.map((theme) => ({
  id: `theme-${theme}`,
  label: labels[theme],
  keywords: ['appearance', 'colours', theme],
  group: 'View',
  checked: (context) => context.theme === theme,
  when: (context) => context.theme !== theme,
  perform: ({ effects }) => effects.setTheme(theme),
}));
