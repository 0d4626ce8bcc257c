import { cardOpen, type Command } from './command';

export const starCommand: Command = {
  id: 'star-card',
  label: 'Star or unstar this card',
  keywords: ['favourite', 'mark'],
  group: 'Cards',
  shortcuts: { mac: ['S'], other: ['S'] },
  when: (context) => cardOpen(context) && !context.library.readOnly,
  perform: ({ effects, openCardId }) => {
    if (openCardId) effects.toggleStar(openCardId);
  },
};
