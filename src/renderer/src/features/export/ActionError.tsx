import { useEffect, useRef } from 'react';
import type { BriefingError } from '../../../../shared/errors';
import { useErrorText, useT } from '../../i18n';

/** What went wrong with the action the user just asked for, and which part of the screen asked. */
export interface ActionFailure {
  error: BriefingError;
  /** The group of buttons the failed action came from: the message is shown next to it. */
  origin: 'pack' | 'backup';
}

/**
 * A refusal in plain words beside the button that was pressed, scrolled into view; the technical
 * detail (a parser's position, a schema path) sits behind "Details" for whoever reports a bug.
 */
export function ActionError({ failure }: { failure: ActionFailure }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no layout and so no scrollIntoView.
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [failure]);
  const t = useT();
  const describeError = useErrorText();
  const { details } = failure.error;
  const message = describeError(failure.error);
  return (
    <div ref={ref} className="inline-error action-error" role="alert">
      <p>{message}</p>
      {details.length > 0 && (
        <details className="action-error-details">
          <summary>{t('export.details')}</summary>
          <ul>
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
