import type { Library } from '../../../../shared/contract';
import { topics } from '../../../../shared/topics';
import type { Selection } from './libraryView';

/** The title and one-line description above the cards of a selection. */
export function selectionHeading(selection: Selection, library: Library): { title: string; description: string } {
  if (selection === 'all') {
    return {
      title: 'All briefing cards',
      description:
        'Every fact of the summit in Seoul, August 2021, grouped by topic and traced to the paragraphs of the source it comes from.',
    };
  }
  if (selection === 'starred')
    return { title: 'Starred', description: 'The cards you have marked for your briefing pack.' };
  if (selection === 'annotated') {
    return { title: 'Annotated', description: 'Cards that carry your notes or highlights.' };
  }
  if (selection.startsWith('tag:')) {
    const tag = library.user.tags.find((candidate) => `tag:${candidate.id}` === selection);
    return { title: tag ? `Tagged “${tag.name}”` : 'Tag', description: 'Cards you have tagged.' };
  }
  const topic = topics.find((candidate) => candidate.id === selection);
  return { title: topic?.label ?? selection, description: topic?.description ?? '' };
}
