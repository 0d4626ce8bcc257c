import { cardOpen, type Command } from './command';

export const closeCardCommand: Command = {
  id: 'close-card',
  label: 'Close card',
  group: 'Cards',
  menu: 'File',
  shortcuts: { mac: ['Escape'], other: ['Escape'] },
  when: cardOpen,
  perform: ({ effects }) => effects.closeCard(),
};
