import type { BriefingError } from '../../../../shared/errors';
import { useLanguage, useT } from '../../i18n';
import { errorText } from '../../i18n/errorText';

interface DatabaseErrorProps {
  error: BriefingError;
  onRetry: () => void;
}

/** Shown instead of the library when the database cannot be opened; the file itself is untouched. */
export function DatabaseError({ error, onRetry }: DatabaseErrorProps) {
  const t = useT();
  const { locale } = useLanguage();
  return (
    <main className="fatal" aria-labelledby="fatal-title">
      <div className="fatal-panel" role="alert">
        <p className="eyebrow">{t('app.name')}</p>
        <h1 id="fatal-title">{t('fatal.title')}</h1>
        <p className="fatal-message">{errorText(error, t, locale)}</p>
        {error.details.length > 0 && (
          <details className="fatal-details" open>
            <summary>{t('fatal.details')}</summary>
            <ul>
              {error.details.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </details>
        )}
        <p className="fatal-advice">
          {error.code === 'database-too-new' ? t('fatal.advice.tooNew') : t('fatal.advice.fix')}
        </p>
      </div>
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('fatal.retry')}
      </button>
    </main>
  );
}
