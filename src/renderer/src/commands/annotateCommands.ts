import { cardOpen, type CommandDefinition, type CommandContext } from './command';

const writable = (context: CommandContext) => cardOpen(context) && !context.library.readOnly;

export const addNoteCommand: CommandDefinition = {
  id: 'add-note',
  label: 'command.addNote',
  keywords: ['write', 'annotate', 'markdown'],
  group: 'Cards',
  shortcuts: { mac: ['N'], other: ['N'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('add-note'),
};

export const highlightCommand: CommandDefinition = {
  id: 'highlight',
  label: 'command.highlight',
  keywords: ['mark', 'colour', 'quote'],
  group: 'Cards',
  shortcuts: { mac: ['H'], other: ['H'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('highlight'),
};

export const addTagCommand: CommandDefinition = {
  id: 'add-tag',
  label: 'command.addTag',
  keywords: ['label', 'category'],
  group: 'Cards',
  shortcuts: { mac: ['T'], other: ['T'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('add-tag'),
};
