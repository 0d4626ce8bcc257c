import { useMemo } from 'react';
import type { Library } from '../../../../shared/contract';
import type { CardAnnotations } from '../cards';

/** Each card's notes, highlights and tags, gathered once per change for the grid to show and mark. */
export function useCardAnnotations(user: Library['user']): Map<string, CardAnnotations> {
  const { notes, highlights, tags, cardTags } = user;
  return useMemo(() => {
    const byFact = new Map<string, CardAnnotations>();
    const entry = (factId: string) => {
      let value = byFact.get(factId);
      if (!value) byFact.set(factId, (value = { notes: [], highlights: [], tags: [] }));
      return value;
    };
    for (const note of notes) entry(note.factId).notes.push(note.markdown);
    for (const highlight of highlights) {
      entry(highlight.factId).highlights.push(`${highlight.target.quote.exact} ${highlight.comment ?? ''}`.trim());
    }
    const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
    for (const [factId, tagIds] of Object.entries(cardTags)) {
      for (const tagId of tagIds) {
        const tag = tagsById.get(tagId);
        if (tag) entry(factId).tags.push(tag);
      }
    }
    return byFact;
  }, [notes, highlights, tags, cardTags]);
}
