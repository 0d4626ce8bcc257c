import type { Library } from '../../../shared/contract';
import { topicDescriptionKey, topicKey } from '../../../shared/i18n/topicKeys';
import { topics } from '../../../shared/topics';
import { noDialog, type CommandDefinition } from './command';

/** "Go to Security": one command per topic, with the digits 1–7 in topic order. */
export const goToTopicCommands: CommandDefinition[] = [
  {
    id: 'go-all',
    label: 'command.goAll',
    keywords: ['library', 'everything'],
    group: 'Go to',
    shortcuts: { mac: ['0'], other: ['0'] },
    when: noDialog,
    perform: ({ effects }) => effects.select('all'),
  },
  ...topics.map((topic, index): CommandDefinition => ({
    id: `go-${topic.id}`,
    label: (t) => t('command.goTopic', { topic: t(topicKey(topic.id)) }),
    description: topicDescriptionKey(topic.id),
    keywords: ['topic'],
    group: 'Go to',
    shortcuts: { mac: [String(index + 1)], other: [String(index + 1)] },
    when: noDialog,
    perform: ({ effects }) => effects.select(topic.id),
  })),
];

export const filterCommands: CommandDefinition[] = [
  {
    id: 'filter-starred',
    label: 'command.filterStarred',
    keywords: ['filter', 'favourites'],
    group: 'Filter',
    when: noDialog,
    perform: ({ effects }) => effects.select('starred'),
  },
  {
    id: 'filter-annotated',
    label: 'command.filterAnnotated',
    keywords: ['filter', 'notes', 'highlights'],
    group: 'Filter',
    when: noDialog,
    perform: ({ effects }) => effects.select('annotated'),
  },
];

/** One filter per tag the user has made: they come and go with the library. */
export function tagFilterCommands(library: Library): CommandDefinition[] {
  return library.user.tags.map((tag) => ({
    id: `filter-tag-${tag.id}`,
    label: (t) => t('command.filterTag', { name: tag.name }),
    keywords: ['filter', 'tag'],
    group: 'Filter',
    // As many as the user makes: the palette lists them, the menu would grow without bound.
    menu: false,
    when: noDialog,
    perform: ({ effects }) => effects.select(`tag:${tag.id}`),
  }));
}
