import type { Library } from '../../../../shared/contract';
import { topics } from '../../../../shared/topics';
import type { Selection } from './libraryView';
import { topicDescriptionKey, topicKey } from '../../../../shared/i18n/topicKeys';
import type { Translate } from '../../i18n';

/**
 * The title and one-line description above the cards of a selection. The descriptions of "all" and of a topic speak
 * of the shipped summit, so in the scope of another collection (`otherCollection`, its name) they speak of that one.
 */
export function selectionHeading(
  selection: Selection,
  library: Library,
  t: Translate,
  otherCollection?: string,
): { title: string; description: string } {
  if (selection === 'all') {
    return {
      title: t('library.all.title'),
      description: otherCollection
        ? t('collections.scope.allDescription', { name: otherCollection })
        : t('library.all.description'),
    };
  }
  if (selection === 'starred') {
    return { title: t('library.starred.title'), description: t('library.starred.description') };
  }
  if (selection === 'annotated') {
    return { title: t('library.annotated.title'), description: t('library.annotated.description') };
  }
  if (selection.startsWith('tag:')) {
    const tag = library.user.tags.find((candidate) => `tag:${candidate.id}` === selection);
    return {
      title: tag ? t('library.tagged.title', { name: tag.name }) : t('library.tag.title'),
      description: t('library.tagged.description'),
    };
  }
  const topic = topics.find((candidate) => candidate.id === selection);
  if (topic && otherCollection) {
    return {
      title: t(topicKey(topic.id)),
      description: t('collections.scope.topicDescription', { topic: t(topicKey(topic.id)), name: otherCollection }),
    };
  }
  return topic
    ? { title: t(topicKey(topic.id)), description: t(topicDescriptionKey(topic.id)) }
    : { title: selection, description: '' };
}
