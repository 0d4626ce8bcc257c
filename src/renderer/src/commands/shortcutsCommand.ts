import { always, type Command } from './command';

export const shortcutsCommand: Command = {
  id: 'show-shortcuts',
  label: 'Keyboard shortcuts',
  keywords: ['keys', 'help'],
  group: 'General',
  shortcuts: { mac: ['?'], other: ['?'] },
  when: always,
  perform: ({ effects }) => effects.showShortcuts(),
};
