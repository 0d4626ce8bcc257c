import { useCallback, useEffect, useState } from 'react';
import type { Library } from '../../../../shared/contract';
import { BriefingError } from '../../../../shared/errors';
import type { BriefingClient } from '../../api/briefingClient';
import type { Selection } from './libraryView';

export type LibraryState =
  { status: 'loading' } | { status: 'failed'; error: BriefingError } | { status: 'ready'; library: Library };

export interface LibraryActions {
  setStarred(factId: string, starred: boolean): Promise<void>;
  rememberSelection(selection: Selection): void;
  reload(): void;
}

function asBriefingError(error: unknown): BriefingError {
  if (error instanceof BriefingError) return error;
  return new BriefingError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}

export function useLibrary(client: BriefingClient): [LibraryState, LibraryActions, string | undefined] {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [actionError, setActionError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    client('getLibrary', {}).then(
      (library) => current && setState({ status: 'ready', library }),
      (error: unknown) => current && setState({ status: 'failed', error: asBriefingError(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const setStarred = useCallback(
    async (factId: string, starred: boolean) => {
      // Optimistic: the star flips at once; if the save fails it flips back and the user is told.
      let previous: string[] = [];
      setState((old) => {
        if (old.status !== 'ready') return old;
        previous = old.library.starred;
        const others = previous.filter((id) => id !== factId);
        return { ...old, library: { ...old.library, starred: starred ? [...others, factId] : others } };
      });
      try {
        const saved = await client('setStarred', { factId, starred });
        setActionError(undefined);
        setState((old) =>
          old.status === 'ready' ? { ...old, library: { ...old.library, starred: saved.starred } } : old,
        );
      } catch (error) {
        setActionError(`The star could not be saved: ${asBriefingError(error).message}`);
        setState((old) => (old.status === 'ready' ? { ...old, library: { ...old.library, starred: previous } } : old));
      }
    },
    [client],
  );

  const rememberSelection = useCallback(
    (selection: Selection) => {
      setState((old) =>
        old.status === 'ready'
          ? { ...old, library: { ...old.library, settings: { ...old.library.settings, lastTopic: selection } } }
          : old,
      );
      client('updateSettings', { lastTopic: selection }).catch((error: unknown) =>
        setActionError(`Your place in the library could not be saved: ${asBriefingError(error).message}`),
      );
    },
    [client],
  );

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  return [state, { setStarred, rememberSelection, reload }, actionError];
}
