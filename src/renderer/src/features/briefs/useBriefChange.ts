import { useCallback, useState } from 'react';
import type { BriefRequest } from '../../../../shared/briefs/briefRequests';
import type { Responses } from '../../../../shared/service';
import type { LibraryActions } from '../../store/useLibrary';
import { useErrorText } from '../../i18n';

export type BriefAnswer = Responses['changeBrief'];

/**
 * Sends a brief change through the window's store (so its answer is applied in revision order
 * like every other) and keeps the refusal, in the window's words, for the editor to show.
 */
export function useBriefChange(actions: Pick<LibraryActions, 'changeBrief'>) {
  const describeError = useErrorText();
  const [error, setError] = useState<string>();
  const send = useCallback(
    async (request: BriefRequest): Promise<BriefAnswer | undefined> => {
      try {
        const answer = await actions.changeBrief(request);
        setError(undefined);
        return answer;
      } catch (caught) {
        setError(describeError(caught));
        return undefined;
      }
    },
    [actions, describeError],
  );
  return { send, error, clearError: () => setError(undefined) };
}

/** Puts the focus on an item once the answer that placed it has been painted. */
export function focusItem(itemId: string | undefined): void {
  if (!itemId) return;
  // Ids are letters, digits and dashes (idSchema), so they go into the selector as they are.
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-brief-item="${itemId}"]`)?.focus();
  });
}
