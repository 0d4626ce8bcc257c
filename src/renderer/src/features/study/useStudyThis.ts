import { useCallback } from 'react';
import type { Library } from '../../../../shared/contract';
import { newStudyId } from '../../../../shared/study/studyIds';
import type { LibraryActions } from '../../store/useLibrary';

/**
 * "Study this": a highlight (or a note) becomes an item the user owns. Whether one already is, is read from the
 * user's own items, which the window holds like its other records.
 */
export function useStudyThis(library: Library, actions: LibraryActions) {
  const studied = useCallback(
    (annotationId: string) => library.user.ownStudyItems.some((item) => item.annotationId === annotationId),
    [library.user.ownStudyItems],
  );
  const studyHighlight = useCallback(
    (highlightId: string) => actions.createStudyItem({ id: newStudyId('studyItem'), from: { highlightId } }),
    [actions],
  );
  const studyNote = useCallback(
    (noteId: string) => actions.createStudyItem({ id: newStudyId('studyItem'), from: { noteId } }),
    [actions],
  );
  return { studied, studyHighlight, studyNote };
}
