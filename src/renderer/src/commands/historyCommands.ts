import type { Command } from './command';

// Both run inside an open card too: the dialog covers the header's buttons, not these keys.
export const undoCommand: Command = {
  id: 'undo',
  label: 'Undo',
  keywords: ['revert', 'back'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Z'], other: ['Mod+Z'] },
  when: () => true,
  perform: ({ effects }) => effects.undo(),
};

export const redoCommand: Command = {
  id: 'redo',
  label: 'Redo',
  keywords: ['again'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Mod+Y'] },
  when: () => true,
  perform: ({ effects }) => effects.redo(),
};
