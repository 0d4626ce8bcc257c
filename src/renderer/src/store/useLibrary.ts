import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { changeChannelNames, type ChangeChannel } from '../../../shared/channels';
import { asBriefingError, BriefingError } from '../../../shared/errors';
import { libraryPageMaxRecords, readLibraryInPages, type LibraryPage } from '../../../shared/libraryPages';
import { withCardTags } from '../../../shared/schema/cardTags';
import type { UserData } from '../../../shared/schema/database';
import type { ChangeAnswer } from '../../../shared/schema/userDataPatch';
import { methodsFor, type BriefingService, type Requests, type Responses } from '../../../shared/service';
import { LibraryStore, type LibraryState } from './libraryStore';
import { firstScreenLimit, takeEarlyFirstScreen } from './earlyFirstScreen';

export type { LibraryPreview, LibraryState, SaveStatus } from './libraryStore';

/**
 * The service's change channels, each sent through the window's store: its answer (or its
 * failure) is what the window then shows, applied in revision order like every other. A change
 * resolves with its answer once it is on disk and rejects with a BriefingError written for the
 * user. Same names, requests and answers as the service, so a component that only changes data
 * takes either.
 */
export type LibraryChanges = Pick<BriefingService, ChangeChannel>;

type RecordKind = 'ownFacts' | 'notes' | 'highlights' | 'tags';

/**
 * The record `id` as the main process now holds it after `answer`: from the answer, or from the
 * saved state when the answer did not need to carry it (a create sent twice changes nothing).
 */
export type HeldRecords = { [Kind in RecordKind]: (answer: ChangeAnswer, id: string) => UserData[Kind][number] };

export interface LibraryActions extends LibraryChanges {
  held: HeldRecords;
  /** Applies an answer the window got elsewhere (the import), in revision order like every other. */
  applyAnswer: (answer: ChangeAnswer) => void;
  /** Reads the whole library again: at start, and when the user asks after a failed start. */
  reload: () => void;
}

/** A change the window shows at once, before its answer: a star, a tag ticked. */
const overlays: { [Name in ChangeChannel]?: (request: Requests[Name]) => (user: UserData) => UserData } = {
  setStarred:
    ({ factId, starred }) =>
    (user) => {
      const others = user.starred.filter((id) => id !== factId);
      return { ...user, starred: starred ? [...others, factId] : others };
    },
  setCardTags:
    ({ factId, tagIds }) =>
    (user) => ({ ...user, cardTags: withCardTags(user.cardTags, factId, [...new Set(tagIds)]) }),
};

function findById<Item extends { id: string }>(items: readonly Item[] | undefined, id: string): Item | undefined {
  return items?.find((item) => item.id === id);
}

function present<Item>(record: Item | undefined): Item {
  if (!record) throw new BriefingError({ code: 'not-found', message: 'That was saved, but it is no longer there.' });
  return record;
}

/** Whether every card has arrived with this page: it holds what comes after the cards, or is the last. */
function cardsArrived(page: LibraryPage): boolean {
  const { records } = page;
  return page.next === undefined || Boolean(records.cardTags ?? records.highlights ?? records.notes);
}

/** Runs `task` once the frame now being prepared has been painted (at once where there are no frames). */
function afterNextPaint(task: () => unknown): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** How often the window asks whether a slow save is being retried. */
const saveStatePollMs = 400;

export function useLibrary(service: BriefingService): [LibraryState, LibraryActions] {
  const store = useMemo(() => new LibraryStore(), []);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const serviceRef = useRef(service);
  useEffect(() => {
    serviceRef.current = service;
  }, [service]);

  const actions = useMemo<LibraryActions>(() => {
    function change<Name extends ChangeChannel>(name: Name) {
      return async (request: Requests[Name]): Promise<Responses[Name]> => {
        const token = store.started(overlays[name]?.(request));
        try {
          const answer = await serviceRef.current[name](request);
          store.finished(token, { answer });
          return answer;
        } catch (error) {
          const failure = asBriefingError(error);
          store.finished(token, { error: failure });
          throw failure;
        }
      };
    }

    return {
      ...methodsFor<ChangeChannel, LibraryChanges>(changeChannelNames, change),
      held: {
        ownFacts: (answer, id) =>
          present(findById(answer.changed.ownFacts?.upserted, id) ?? findById(store.saved()?.user.ownFacts, id)),
        notes: (answer, id) =>
          present(findById(answer.changed.notes?.upserted, id) ?? findById(store.saved()?.user.notes, id)),
        highlights: (answer, id) =>
          present(findById(answer.changed.highlights?.upserted, id) ?? findById(store.saved()?.user.highlights, id)),
        tags: (answer, id) =>
          present(findById(answer.changed.tags?.upserted, id) ?? findById(store.saved()?.user.tags, id)),
      },
      applyAnswer(answer) {
        store.answered(answer);
      },
      reload() {
        store.loading();
        let cardsShown = false;
        const whole = () =>
          readLibraryInPages(
            (request) => serviceRef.current.getLibraryPage(request),
            libraryPageMaxRecords,
            (page, gathered) => {
              if (!cardsShown && cardsArrived(page)) {
                cardsShown = true;
                store.arrived(gathered());
              }
            },
          ).then(
            (library) => store.loaded(library),
            (error: unknown) => store.failedToLoad(asBriefingError(error)),
          );
        // The first screen is a few kilobytes and is painted at once; the rest is asked for
        // after that paint, in pages, so no one answer (or its parsing) holds the window up:
        // every card is shown once the cards have arrived, and the whole library replaces it
        // when the notes have too. If the first screen fails, the pages alone are shown.
        (
          takeEarlyFirstScreen(serviceRef.current) ?? serviceRef.current.getFirstScreen({ limit: firstScreenLimit() })
        ).then(
          (first) => {
            store.previewed(first);
            afterNextPaint(whole);
          },
          () => void whole(),
        );
      },
    };
  }, [store]);

  useEffect(() => {
    actions.reload();
  }, [actions, service]);

  // While answers are awaited, ask now and then whether the main process is retrying a refused write.
  const waiting = state.status === 'ready' && state.pending > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      serviceRef.current.getSaveState({}).then(
        (saveState) => store.saveState(saveState),
        () => undefined,
      );
    }, saveStatePollMs);
    return () => clearInterval(timer);
  }, [waiting, store]);

  return [state, actions];
}
