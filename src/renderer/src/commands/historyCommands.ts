import type { CommandDefinition } from './command';

// Both run inside an open card too: the dialog covers the header's buttons, not these keys.
export const undoCommand: CommandDefinition = {
  id: 'undo',
  label: 'command.undo',
  keywords: ['revert', 'back'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Z'], other: ['Mod+Z'] },
  when: () => true,
  perform: ({ effects }) => effects.undo(),
};

export const redoCommand: CommandDefinition = {
  id: 'redo',
  label: 'command.redo',
  keywords: ['again'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Mod+Y'] },
  when: () => true,
  perform: ({ effects }) => effects.redo(),
};
