import { useId, useState } from 'react';
import { formatDay } from '../../../../shared/i18n/formats';
import type { StudySession } from '../../../../shared/study/studyViews';
import { useLanguage, useT } from '../../i18n';
import type { StudySessionState } from './useStudySession';

interface ReadyByPanelProps {
  session: StudySession;
  busy: boolean;
  onChange: StudySessionState['updatePreferences'];
}

/** "2026-06-01" from an instant, in the user's own calendar: what a date field shows. */
function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The morning of a calendar day, in the user's time zone, as the instant to be ready by. */
function morningOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 9, 0, 0).toISOString();
}

/** The ready-by date and the meter: the share of items ts-fsrs predicts the user recalls on it. */
export function ReadyByPanel({ session, busy, onChange }: ReadyByPanelProps) {
  const t = useT();
  const { locale } = useLanguage();
  const headingId = useId();
  const fieldId = useId();
  const readyBy = session.preferences.readyBy;
  const [day, setDay] = useState(readyBy ? localDay(readyBy) : '');
  const readiness = session.readiness;
  const percent = readiness ? Math.round(readiness.share * 100) : 0;
  const tomorrow = localDay(new Date(Date.parse(session.now) + 86_400_000).toISOString());

  return (
    <section className="study-panel" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('study.readyBy.title')}
      </h3>
      {readiness ? (
        <div className="study-readiness">
          <label className="study-meter-label" htmlFor={`${fieldId}-meter`}>
            {t('study.readyBy.meter', { date: formatDay(readiness.target, locale) })}
          </label>
          <div className="study-meter-row">
            <meter
              id={`${fieldId}-meter`}
              className="study-meter"
              min={0}
              max={1}
              low={0.7}
              high={0.9}
              optimum={1}
              value={readiness.share}
            >
              {percent}%
            </meter>
            <span className="study-meter-value">{percent}%</span>
          </div>
          <p className="study-hint">
            {t('study.readyBy.detail', {
              studied: readiness.studied,
              notStudied: readiness.notStudied,
              days: readiness.daysLeft,
            })}
          </p>
          {readiness.notStudied > 0 && (
            <p className="study-hint">{t('study.readyBy.perDay', { count: readiness.newPerDayToSeeAll })}</p>
          )}
        </div>
      ) : (
        <p className="study-hint">{t('study.readyBy.none')}</p>
      )}
      <form
        className="study-readyby-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (day) void onChange({ readyBy: morningOf(day) });
        }}
      >
        <label htmlFor={fieldId} className="study-field-label">
          {t('study.readyBy.label')}
        </label>
        <div className="study-inline">
          <input
            id={fieldId}
            type="date"
            className="study-input"
            min={tomorrow}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy || !day}>
            {t('study.readyBy.set')}
          </button>
          {readyBy && (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => {
                setDay('');
                void onChange({ readyBy: null });
              }}
            >
              {t('study.readyBy.clear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
