import { always, type CommandDefinition } from './command';

export const shortcutsCommand: CommandDefinition = {
  id: 'show-shortcuts',
  label: 'command.shortcuts',
  keywords: ['keys', 'help'],
  group: 'General',
  shortcuts: { mac: ['?'], other: ['?'] },
  when: always,
  perform: ({ effects }) => effects.showShortcuts(),
};
