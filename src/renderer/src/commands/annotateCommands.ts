import { cardOpen, type Command, type CommandContext } from './command';

const writable = (context: CommandContext) => cardOpen(context) && !context.library.readOnly;

export const addNoteCommand: Command = {
  id: 'add-note',
  label: 'Add a note to this card',
  keywords: ['write', 'annotate', 'markdown'],
  group: 'Cards',
  shortcuts: { mac: ['N'], other: ['N'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('add-note'),
};

export const highlightCommand: Command = {
  id: 'highlight',
  label: 'Highlight a phrase of this card',
  keywords: ['mark', 'colour', 'quote'],
  group: 'Cards',
  shortcuts: { mac: ['H'], other: ['H'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('highlight'),
};

export const addTagCommand: Command = {
  id: 'add-tag',
  label: 'Add a tag to this card',
  keywords: ['label', 'category'],
  group: 'Cards',
  shortcuts: { mac: ['T'], other: ['T'] },
  when: writable,
  perform: ({ effects }) => effects.pressInCard('add-tag'),
};
