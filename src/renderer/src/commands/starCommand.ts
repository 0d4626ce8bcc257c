import { cardOpen, type CommandDefinition } from './command';

export const starCommand: CommandDefinition = {
  id: 'star-card',
  label: 'command.star',
  keywords: ['favourite', 'mark'],
  group: 'Cards',
  shortcuts: { mac: ['S'], other: ['S'] },
  when: (context) => cardOpen(context) && !context.library.readOnly,
  perform: ({ effects, openCardId }) => {
    if (openCardId) effects.toggleStar(openCardId);
  },
};
