import { useId, useState } from 'react';
import type { StudySettings } from '../../../../shared/study/studySettings';
import { useT } from '../../i18n';

interface StudySettingsFormProps {
  settings: StudySettings;
  busy: boolean;
  onSave: (settings: Pick<StudySettings, 'desiredRetention' | 'newItemsPerDay'>) => Promise<void>;
}

const retentionChoices = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97];

/** Desired retention (keyed by the saved values in the parent, so a saved change starts the form afresh) and the daily limit of new items; retention is FSRS's request_retention. */
export function StudySettingsForm({ settings, busy, onSave }: StudySettingsFormProps) {
  const t = useT();
  const headingId = useId();
  const retentionId = useId();
  const newId = useId();
  const [retention, setRetention] = useState(settings.desiredRetention);
  const [perDay, setPerDay] = useState(String(settings.newItemsPerDay));
  const choices = retentionChoices.includes(retention) ? retentionChoices : [...retentionChoices, retention].sort();
  const perDayNumber = Number.parseInt(perDay, 10);
  const changed =
    retention !== settings.desiredRetention ||
    (Number.isInteger(perDayNumber) && perDayNumber !== settings.newItemsPerDay);

  return (
    <section className="study-panel" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('study.settings.title')}
      </h3>
      <form
        className="study-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave({ desiredRetention: retention, newItemsPerDay: perDayNumber });
        }}
      >
        <label htmlFor={retentionId} className="study-field-label">
          {t('study.settings.retention')}
        </label>
        <select
          id={retentionId}
          className="study-input"
          value={retention}
          aria-describedby={`${retentionId}-hint`}
          onChange={(event) => setRetention(Number(event.target.value))}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {Math.round(choice * 100)}%
            </option>
          ))}
        </select>
        <p className="study-hint" id={`${retentionId}-hint`}>
          {t('study.settings.retention.hint')}
        </p>
        <label htmlFor={newId} className="study-field-label">
          {t('study.settings.newPerDay')}
        </label>
        <input
          id={newId}
          className="study-input study-input-number"
          type="number"
          min={0}
          max={1000}
          step={1}
          value={perDay}
          onChange={(event) => setPerDay(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !changed}>
          {t('study.settings.save')}
        </button>
      </form>
    </section>
  );
}
