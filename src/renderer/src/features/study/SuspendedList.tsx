import { useId } from 'react';
import type { SuspendedItem } from '../../../../shared/study/studyViews';
import { useT } from '../../i18n';
import { promptSummary } from './promptText';

interface SuspendedListProps {
  suspended: readonly SuspendedItem[];
  busy: boolean;
  onUnsuspend: (itemId: string) => void;
}

/** Items out of every session: leeches (suspended by the rule at their 8th lapse) and those the user set aside. */
export function SuspendedList({ suspended, busy, onUnsuspend }: SuspendedListProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="study-panel" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('study.suspended.title')}
      </h3>
      {suspended.length === 0 ? (
        <p className="study-hint">{t('study.suspended.none')}</p>
      ) : (
        <ul className="study-suspended">
          {suspended.map(({ item, reason, lapses }) => (
            <li key={item.id}>
              <span className="study-suspended-answer" lang="en">
                {item.answer}
              </span>
              <span className="study-hint">
                {promptSummary(item.prompt, t)} ·{' '}
                {reason === 'leech' ? t('study.suspended.leech', { count: lapses }) : t('study.suspended.user')}
              </span>
              <button type="button" className="link-button" disabled={busy} onClick={() => onUnsuspend(item.id)}>
                {t('study.unsuspend')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
