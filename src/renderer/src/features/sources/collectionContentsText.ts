import type { CollectionContents } from '../../../../shared/export/backupSchemas';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import type { Translate } from '../../i18n';

const kinds: Array<[kind: keyof CollectionContents, key: MessageKey]> = [
  ['cards', 'sources.file.cards'],
  ['sources', 'sources.file.sources'],
  ['notes', 'sources.file.notes'],
  ['highlights', 'sources.file.highlights'],
  ['tags', 'sources.file.tags'],
  ['stars', 'sources.file.stars'],
  ['answers', 'sources.file.answers'],
  ['studyItems', 'sources.file.studyItems'],
];

/** "12 cards, 2 sources, 5 notes": what a collection file holds; the cards always, the rest when there are any. */
export function collectionContentsText(contents: CollectionContents, t: Translate): string {
  return kinds
    .filter(([kind]) => kind === 'cards' || contents[kind] > 0)
    .map(([kind, key]) => t(key, { count: contents[kind] }))
    .join(', ');
}
