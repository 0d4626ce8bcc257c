import { noDialog, type Command } from './command';

export const searchCommand: Command = {
  id: 'search',
  label: 'Search cards and notes',
  keywords: ['find', 'filter'],
  group: 'General',
  shortcuts: { mac: ['Mod+F', '/'], other: ['Mod+F', '/'] },
  when: noDialog,
  perform: ({ effects }) => effects.focusSearch(),
};
