import type { CommandDefinition } from './command';

// Both run inside an open card too: the dialog covers the header's buttons, not these keys.
// Available only when there is something to take back or redo: the header's buttons and the
// menu's items grey out then, and the key is left to the page.
export const undoCommand: CommandDefinition = {
  id: 'undo',
  label: 'command.undo',
  keywords: ['revert', 'back'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Z'], other: ['Mod+Z'] },
  menuAlwaysEnabled: true,
  when: (context) => context.canUndo,
  perform: ({ effects }) => effects.undo(),
};

export const redoCommand: CommandDefinition = {
  id: 'redo',
  label: 'command.redo',
  keywords: ['again'],
  group: 'Edit',
  shortcuts: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Mod+Y'] },
  menuAlwaysEnabled: true,
  when: (context) => context.canRedo,
  perform: ({ effects }) => effects.redo(),
};
