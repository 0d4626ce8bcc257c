import { useEffect, useId, useRef } from 'react';
import type { Library } from '../../../../shared/contract';
import { ratings, type StudyRating } from '../../../../shared/study/reviewLogSchemas';
import type { ReviewCard as Review } from '../../../../shared/study/studyViews';
import { useT } from '../../i18n';
import { intervalText } from './intervalText';
import { ItemSource } from './ItemSource';
import { PromptView } from './PromptView';

interface ReviewCardProps {
  review: Review;
  now: string;
  revealed: boolean;
  busy: boolean;
  library: Library;
  onReveal: () => void;
  onRate: (rating: StudyRating) => void;
  onSuspend: () => void;
  onOpenCard: (factId: string) => void;
}

export const ratingKeys: Record<StudyRating, string> = { again: '1', hard: '2', good: '3', easy: '4' };

/** One item: its prompt, then (after Space) the answer with its card and source, and the four ratings. */
export function ReviewCard({
  review,
  now,
  revealed,
  busy,
  library,
  onReveal,
  onRate,
  onSuspend,
  onOpenCard,
}: ReviewCardProps) {
  const t = useT();
  const headingId = useId();
  const goodRef = useRef<HTMLButtonElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const card = [...library.facts, ...library.user.ownFacts].find((fact) => fact.id === review.item.cardId);

  // The focus follows the step: the reveal button on a new prompt, "Good" once the answer shows.
  useEffect(() => {
    (revealed ? goodRef.current : revealRef.current)?.focus({ preventScroll: true });
  }, [revealed, review.item.id, review.shownAfter]);

  return (
    <article className="study-card" aria-labelledby={headingId} data-item-id={review.item.id}>
      <p className="study-card-meta">
        <span className="study-kind">{t(`study.kind.${review.item.kind}`)}</span>
        <span className="study-reason">{t(`study.reason.${review.reason}`)}</span>
      </p>
      <PromptView
        prompt={review.item.prompt}
        {...(revealed ? { answer: review.item.answer } : {})}
        headingId={headingId}
      />
      {!revealed ? (
        <div className="study-reveal">
          <button ref={revealRef} type="button" className="button button-primary" onClick={onReveal}>
            {t('study.reveal')} <kbd>{t('study.reveal.key')}</kbd>
          </button>
        </div>
      ) : (
        <>
          <div className="study-answer">
            <p className="study-answer-label">{t('study.answer')}</p>
            <p className="study-answer-text" lang="en">
              {review.item.answer}
            </p>
          </div>
          <ItemSource item={review.item} card={card} library={library} onOpenCard={onOpenCard} />
          <div className="study-ratings" role="group" aria-label={t('study.ratings')}>
            {ratings.map((rating) => {
              const interval = intervalText(now, review.nextDue[rating], t);
              return (
                <button
                  key={rating}
                  ref={rating === 'good' ? goodRef : undefined}
                  type="button"
                  className={`button study-rating study-rating-${rating}`}
                  disabled={busy}
                  aria-label={t('study.rating.button', {
                    rating: t(`study.rating.${rating}`),
                    interval,
                    key: ratingKeys[rating],
                  })}
                  onClick={() => onRate(rating)}
                >
                  <span className="study-rating-name">{t(`study.rating.${rating}`)}</span>
                  <span className="study-rating-interval">{interval}</span>
                  <kbd aria-hidden="true">{ratingKeys[rating]}</kbd>
                </button>
              );
            })}
          </div>
        </>
      )}
      <p className="study-card-tools">
        <button type="button" className="link-button" disabled={busy} onClick={onSuspend}>
          {t('study.suspend')}
        </button>
      </p>
    </article>
  );
}
