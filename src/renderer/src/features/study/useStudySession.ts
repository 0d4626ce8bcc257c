import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudyRating } from '../../../../shared/study/reviewLogSchemas';
import { newStudyId } from '../../../../shared/study/studyIds';
import type { StudySession } from '../../../../shared/study/studyViews';
import { useBriefingService } from '../../service/ServiceContext';
import type { LibraryActions } from '../../store/useLibrary';

/** Longest wait before the session is asked for again while a learning step is pending. */
const maxWaitMs = 20 * 60_000;

export interface StudySessionState {
  session: StudySession | undefined;
  /** A change in flight: the screen takes no second answer meanwhile. */
  busy: boolean;
  error: unknown;
  rate(rating: StudyRating, durationMs?: number): Promise<StudySession | undefined>;
  undo(): Promise<StudySession | undefined>;
  setSuspended(itemId: string, suspended: boolean): Promise<StudySession | undefined>;
  updatePreferences(
    request: Parameters<LibraryActions['updateStudyPreferences']>[0],
  ): Promise<StudySession | undefined>;
  reload(): void;
}

/**
 * The study screen's session, from the main process (which folds the log): every change goes through the
 * library's actions, so its answer is applied in revision order like any other, and brings the next session.
 */
export function useStudySession(actions: LibraryActions): StudySessionState {
  const service = useBriefingService();
  const [session, setSession] = useState<StudySession>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const busyRef = useRef(false);

  const reload = useCallback(() => {
    service.getStudySession({}).then(
      (next) => {
        setSession(next);
        setError(undefined);
      },
      (failure: unknown) => setError(failure),
    );
  }, [service]);

  useEffect(reload, [reload]);

  // A learning step due later today comes back by itself, as a card answered "Again" should.
  useEffect(() => {
    const due = session?.current ? null : session?.nextLearningDueAt;
    if (!due || !session) return undefined;
    const wait = Math.min(maxWaitMs, Math.max(1000, Date.parse(due) - Date.parse(session.now) + 500));
    const timer = setTimeout(reload, wait);
    return () => clearTimeout(timer);
  }, [session, reload]);

  const run = useCallback(async (change: () => Promise<{ session: StudySession }>) => {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(true);
    try {
      const { session: next } = await change();
      setSession(next);
      setError(undefined);
      return next;
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  return {
    session,
    busy,
    error,
    reload,
    rate: (rating, durationMs) => {
      const current = session?.current;
      if (!current) return Promise.resolve(undefined);
      return run(() =>
        actions.rateStudyItem({
          id: newStudyId('review'),
          itemId: current.item.id,
          rating,
          shownAfter: current.shownAfter,
          ...(durationMs !== undefined ? { durationMs: Math.round(durationMs) } : {}),
        }),
      );
    },
    undo: () => {
      const last = session?.lastAnswer;
      if (!last) return Promise.resolve(undefined);
      return run(() => actions.undoStudyRating({ reviewId: last.reviewId }));
    },
    setSuspended: (itemId, suspended) => run(() => actions.setStudyItemSuspended({ itemId, suspended })),
    updatePreferences: (request) => run(() => actions.updateStudyPreferences(request)),
  };
}
