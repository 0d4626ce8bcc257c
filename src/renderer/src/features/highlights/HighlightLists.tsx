import { useId } from 'react';
import type { Highlight } from '../../../../shared/schema/annotations';
import { colorLabel } from './highlightColors';
import type { AnchoredHighlight } from './highlightSegments';
import { useT } from '../../i18n';

interface CommentListProps {
  body: string;
  anchored: readonly AnchoredHighlight[];
  /** Absent when the text is read-only. */
  onEdit?: (highlightId: string, opener: HTMLElement) => void;
}

/** The highlights that carry a comment, in reading order, under the text. */
export function CommentList({ body, anchored, onEdit }: CommentListProps) {
  const headingId = useId();
  const t = useT();
  const commented = anchored
    .filter((item) => item.highlight.comment)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (commented.length === 0) return null;
  return (
    <section className="highlight-list" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('highlights.heading')}
      </h3>
      <ul>
        {commented.map(({ highlight, start, end }) => {
          const quote = body.slice(start, end);
          return (
            <li key={highlight.id} className="highlight-list-item" data-highlight-color={highlight.color}>
              <q className="highlight-list-quote" lang="en">
                {quote}
              </q>
              <p className="highlight-list-comment">{highlight.comment}</p>
              {onEdit && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('highlights.editOne', { quote })}
                  onClick={(event) => onEdit(highlight.id, event.currentTarget)}
                >
                  {t('highlights.edit')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface OrphanListProps {
  orphans: readonly Highlight[];
  /** Absent when the text is read-only. */
  onRemove?: (highlightId: string) => void;
}

/** Highlights whose words left the card's text: kept and shown, so nothing disappears silently. */
export function OrphanList({ orphans, onRemove }: OrphanListProps) {
  const headingId = useId();
  const t = useT();
  if (orphans.length === 0) return null;
  return (
    <section className="highlight-list highlight-orphans" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('highlights.orphans')}
      </h3>
      <p className="highlight-orphans-note">{t('highlights.orphans.note')}</p>
      <ul>
        {orphans.map((highlight) => (
          <li key={highlight.id} className="highlight-list-item" data-highlight-color={highlight.color}>
            <q className="highlight-list-quote" lang="en">
              {highlight.target.quote.exact}
            </q>
            <span className="highlight-list-color">{colorLabel(highlight.color, t)}</span>
            {highlight.comment && <p className="highlight-list-comment">{highlight.comment}</p>}
            {onRemove && (
              <button type="button" className="link-button" onClick={() => onRemove(highlight.id)}>
                {t('highlights.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
