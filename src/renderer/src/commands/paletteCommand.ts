import { always, modKeys, type Command } from './command';

export const paletteCommand: Command = {
  id: 'command-palette',
  label: 'Command palette',
  description: 'Run any command, open a card or go to a topic by typing part of its name.',
  keywords: ['commands', 'run', 'jump'],
  group: 'General',
  shortcuts: modKeys('Mod+K', 'Mod+Shift+P'),
  inTextFields: true,
  when: always,
  perform: ({ effects }) => effects.showPalette(),
};
