import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Fact } from '../../../../shared/schema/fact';
import type { LibraryActions } from '../../store/useLibrary';
import './ownCards.css';
import { useErrorText, useT } from '../../i18n';

interface DeleteCardButtonProps {
  fact: Pick<Fact, 'id' | 'title'>;
  actions: Pick<LibraryActions, 'deleteCard'>;
  onDeleted: () => void;
}

/** Deletes one of the user's own cards after a plain-words confirmation; undo can bring it back. */
export function DeleteCardButton({ fact, actions, onDeleted }: DeleteCardButtonProps) {
  const t = useT();
  const describeError = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  function cancel() {
    flushSync(() => setConfirming(false));
    buttonRef.current?.focus();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    try {
      await actions.deleteCard({ factId: fact.id });
      onDeleted();
    } catch (caught) {
      setError(describeError(caught));
      cancel();
    } finally {
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <span className="delete-card">
        <button
          ref={buttonRef}
          type="button"
          className="button button-danger-quiet"
          onClick={() => {
            setError(undefined);
            setConfirming(true);
          }}
        >
          {t('deleteCard.button')}
        </button>
        {error && (
          <span className="form-error" role="alert">
            {error}
          </span>
        )}
      </span>
    );
  }

  return (
    <div
      className="delete-card-confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape backs out of the confirmation, not out of the card: its <dialog> gets no cancel.
        event.preventDefault();
        cancel();
      }}
    >
      <p id={questionId}>{t('deleteCard.confirm', { title: fact.title })}</p>
      <div className="delete-card-actions">
        <button type="button" className="button own-card-danger" autoFocus onClick={() => void confirm()}>
          {t('deleteCard.delete')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('deleteCard.cancel')}
        </button>
      </div>
    </div>
  );
}
