import { modKeys, noDialog, type Command } from './command';

export const newCardCommand: Command = {
  id: 'new-card',
  label: 'New card',
  description: 'Write a card of your own.',
  keywords: ['create', 'add card'],
  group: 'Cards',
  menu: 'File',
  shortcuts: modKeys('Mod+N'),
  when: (context) => noDialog(context) && !context.library.readOnly,
  perform: ({ effects }) => effects.newCard(),
};
