import { noDialog, type CommandDefinition } from './command';

export const searchCommand: CommandDefinition = {
  id: 'search',
  label: 'command.search',
  keywords: ['find', 'filter'],
  group: 'General',
  shortcuts: { mac: ['Mod+F', '/'], other: ['Mod+F', '/'] },
  when: noDialog,
  perform: ({ effects }) => effects.focusSearch(),
};
