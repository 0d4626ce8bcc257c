import type { Library } from '../../../shared/contract';
import { topics } from '../../../shared/topics';
import { noDialog, type Command } from './command';

/** "Go to Security": one command per topic, with the digits 1–7 in topic order. */
export const goToTopicCommands: Command[] = [
  {
    id: 'go-all',
    label: 'Go to all cards',
    keywords: ['library', 'everything'],
    group: 'Go to',
    shortcuts: { mac: ['0'], other: ['0'] },
    when: noDialog,
    perform: ({ effects }) => effects.select('all'),
  },
  ...topics.map((topic, index): Command => ({
    id: `go-${topic.id}`,
    label: `Go to ${topic.label}`,
    description: topic.description,
    keywords: ['topic'],
    group: 'Go to',
    shortcuts: { mac: [String(index + 1)], other: [String(index + 1)] },
    when: noDialog,
    perform: ({ effects }) => effects.select(topic.id),
  })),
];

export const filterCommands: Command[] = [
  {
    id: 'filter-starred',
    label: 'Show starred cards',
    keywords: ['filter', 'favourites'],
    group: 'Filter',
    when: noDialog,
    perform: ({ effects }) => effects.select('starred'),
  },
  {
    id: 'filter-annotated',
    label: 'Show annotated cards',
    keywords: ['filter', 'notes', 'highlights'],
    group: 'Filter',
    when: noDialog,
    perform: ({ effects }) => effects.select('annotated'),
  },
];

/** One filter per tag the user has made: they come and go with the library. */
export function tagFilterCommands(library: Library): Command[] {
  return library.user.tags.map((tag) => ({
    id: `filter-tag-${tag.id}`,
    label: `Show cards tagged “${tag.name}”`,
    keywords: ['filter', 'tag'],
    group: 'Filter',
    // As many as the user makes: the palette lists them, the menu would grow without bound.
    menu: false,
    when: noDialog,
    perform: ({ effects }) => effects.select(`tag:${tag.id}`),
  }));
}
