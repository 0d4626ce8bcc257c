import { useCallback, useEffect, useRef, useState } from 'react';
import type { Library } from '../../../../shared/contract';
import { formatMoment } from '../../../../shared/i18n/formats';
import type { StudyRating } from '../../../../shared/study/reviewLogSchemas';
import { isTextField } from '../../commands/keys';
import { useErrorText, useLanguage, useT } from '../../i18n';
import { intervalText } from './intervalText';
import { ReadyByPanel } from './ReadyByPanel';
import { ratingKeys, ReviewCard } from './ReviewCard';
import { StudySettingsForm } from './StudySettingsForm';
import { SuspendedList } from './SuspendedList';
import type { StudySessionState } from './useStudySession';

interface ReviewPaneProps {
  study: StudySessionState;
  library: Library;
  announce: (message: string) => void;
  onOpenCard: (factId: string) => void;
}

const keyRatings = Object.fromEntries(Object.entries(ratingKeys).map(([rating, key]) => [key, rating])) as Record<
  string,
  StudyRating
>;

/** The review session: counts, the item to answer, and beside it the ready-by meter, settings and suspended items. */
export function ReviewPane({ study, library, announce, onOpenCard }: ReviewPaneProps) {
  const t = useT();
  const { locale } = useLanguage();
  const describeError = useErrorText();
  const { session, busy } = study;
  const current = session?.current;
  const currentKey = current ? `${current.item.id}:${current.shownAfter ?? ''}` : '';
  // Revealed is said of one showing of one item: a new item (or the same one after an undo) starts hidden.
  const [revealedKey, setRevealedKey] = useState<string>();
  const revealed = revealedKey === currentKey && currentKey !== '';
  const setRevealed = useCallback(() => setRevealedKey(currentKey), [currentKey]);
  const shownAt = useRef(0);

  useEffect(() => {
    shownAt.current = Date.now();
  }, [currentKey]);

  const rate = useCallback(
    async (rating: StudyRating) => {
      const next = await study.rate(rating, Date.now() - shownAt.current);
      const answered = next?.lastAnswer;
      if (next && answered && current) {
        announce(
          t('study.status.rated', {
            rating: t(`study.rating.${rating}`),
            when: intervalText(session?.now ?? next.now, current.nextDue[rating], t),
          }),
        );
      }
    },
    [study, announce, t, current, session?.now],
  );

  const undo = useCallback(async () => {
    if (await study.undo()) announce(t('study.status.undone'));
  }, [study, announce, t]);

  // Space reveals, 1–4 rate, Ctrl+Z takes the last answer back. In the capture phase, so the library's own
  // Ctrl+Z (undo of the last edit) does not also run while the study screen is open.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isTextField(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        event.stopPropagation();
        void undo();
        return;
      }
      if (mod || event.altKey || !current) return;
      const onButton = event.target instanceof Element && event.target.closest('button, a, select') !== null;
      if (event.key === ' ' && !revealed) {
        event.preventDefault();
        setRevealed();
      } else if (event.key === ' ' && !onButton) {
        event.preventDefault();
        void rate('good');
      } else if (revealed && keyRatings[event.key]) {
        event.preventDefault();
        void rate(keyRatings[event.key] as StudyRating);
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [current, revealed, rate, undo, setRevealed]);

  if (!session) {
    return (
      <p className="study-loading" role="status">
        {study.error ? describeError(study.error) : t('study.loading')}
      </p>
    );
  }

  return (
    <div className="study-review">
      <div className="study-main">
        <div className="study-counts" role="group" aria-label={t('study.counts.label')}>
          <span className="study-count study-count-new">{t('study.counts.new', { count: session.counts.new })}</span>
          <span className="study-count study-count-learning">
            {t('study.counts.learning', { count: session.counts.learning })}
          </span>
          <span className="study-count study-count-review">
            {t('study.counts.review', { count: session.counts.review })}
          </span>
          <span className="study-counts-summary">
            {t('study.counts.summary', { total: session.totalItems, reviews: session.reviewsTotal })}
          </span>
        </div>
        {study.error !== undefined && (
          <p className="inline-error" role="alert">
            {describeError(study.error)}
          </p>
        )}
        {current ? (
          <ReviewCard
            review={current}
            now={session.now}
            revealed={revealed}
            busy={busy}
            library={library}
            onReveal={setRevealed}
            onRate={(rating) => void rate(rating)}
            onSuspend={() =>
              void study.setSuspended(current.item.id, true).then((next) => {
                if (next) announce(t('study.status.suspended'));
              })
            }
            onOpenCard={onOpenCard}
          />
        ) : (
          <div className="study-done" role="status">
            <h3>{session.totalItems === 0 ? t('study.empty.title') : t('study.done.title')}</h3>
            <p>{session.totalItems === 0 ? t('study.empty.body') : t('study.done.body')}</p>
            {session.nextLearningDueAt && (
              <p>{t('study.done.comeBack', { time: formatMoment(session.nextLearningDueAt, locale) })}</p>
            )}
          </div>
        )}
      </div>
      <aside className="study-side">
        <ReadyByPanel session={session} busy={busy} onChange={(request) => study.updatePreferences(request)} />
        <StudySettingsForm
          key={`${session.preferences.settings.desiredRetention}:${session.preferences.settings.newItemsPerDay}`}
          settings={session.preferences.settings}
          busy={busy}
          onSave={async (settings) => {
            if (await study.updatePreferences({ settings })) announce(t('study.settings.saved'));
          }}
        />
        <SuspendedList
          suspended={session.suspended}
          busy={busy}
          onUnsuspend={(itemId) =>
            void study.setSuspended(itemId, false).then((next) => {
              if (next) announce(t('study.status.unsuspended'));
            })
          }
        />
      </aside>
    </div>
  );
}
