import { cardOpen, type CommandDefinition } from './command';

export const closeCardCommand: CommandDefinition = {
  id: 'close-card',
  label: 'command.closeCard',
  group: 'Cards',
  menu: 'File',
  shortcuts: { mac: ['Escape'], other: ['Escape'] },
  when: cardOpen,
  perform: ({ effects }) => effects.closeCard(),
};
