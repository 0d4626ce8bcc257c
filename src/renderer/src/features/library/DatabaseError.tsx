import type { BriefingError } from '../../../../shared/errors';

interface DatabaseErrorProps {
  error: BriefingError;
  onRetry: () => void;
}

/** Shown instead of the library when the database cannot be opened; the file itself is untouched. */
export function DatabaseError({ error, onRetry }: DatabaseErrorProps) {
  return (
    <main className="fatal" aria-labelledby="fatal-title">
      <div className="fatal-panel" role="alert">
        <p className="eyebrow">Summit Briefing</p>
        <h1 id="fatal-title">The briefing database could not be opened</h1>
        <p className="fatal-message">{error.message}</p>
        {error.details.length > 0 && (
          <details className="fatal-details" open>
            <summary>What is wrong</summary>
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
          {error.code === 'database-too-new'
            ? 'Nothing has been changed. Install the newest version of Summit Briefing to open this file.'
            : 'Nothing has been overwritten. Fix what is named above (for example the file’s permissions) and try again.'}
        </p>
      </div>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}
