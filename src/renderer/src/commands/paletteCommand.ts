import { always, modKeys, type CommandDefinition } from './command';

export const paletteCommand: CommandDefinition = {
  id: 'command-palette',
  label: 'command.palette',
  description: 'command.palette.description',
  keywords: ['commands', 'run', 'jump'],
  group: 'General',
  shortcuts: modKeys('Mod+K', 'Mod+Shift+P'),
  inTextFields: true,
  when: always,
  perform: ({ effects }) => effects.showPalette(),
};
