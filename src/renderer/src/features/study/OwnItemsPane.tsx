import { useId, useState } from 'react';
import type { Library } from '../../../../shared/contract';
import type { OwnItemEdit, OwnStudyItem } from '../../../../shared/study/ownItemSchemas';
import type { LibraryActions } from '../../store/useLibrary';
import { useErrorText, useT } from '../../i18n';
import { OwnItemEditor } from './OwnItemEditor';
import type { StudySessionState } from './useStudySession';

interface OwnItemsPaneProps {
  library: Library;
  actions: LibraryActions;
  study: StudySessionState;
  announce: (message: string) => void;
  onOpenCard: (factId: string) => void;
}

/** The items the user made with "Study this": read, edit, set aside or delete them; a deletion can be undone. */
export function OwnItemsPane({ library, actions, study, announce, onOpenCard }: OwnItemsPaneProps) {
  const t = useT();
  const describeError = useErrorText();
  const headingId = useId();
  const [editing, setEditing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ itemId: string; text: string }>();
  // The item just deleted, while it is still gone: its Undo is offered only then, so it never undoes another change.
  const [deletedId, setDeletedId] = useState<string>();
  const items = library.user.ownStudyItems;
  const suspended = new Set(study.session?.suspended.map(({ item }) => item.id));
  const cardTitle = (cardId: string) =>
    [...library.facts, ...library.user.ownFacts].find((fact) => fact.id === cardId)?.title ?? cardId;

  const run = async (itemId: string, change: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setDeletedId(undefined);
    try {
      await change();
      setError(undefined);
      announce(done);
      study.reload();
      return true;
    } catch (failure) {
      setError({ itemId, text: describeError(failure) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = (item: OwnStudyItem, edit: OwnItemEdit) =>
    void run(item.id, () => actions.updateStudyItem({ itemId: item.id, edit }), t('study.own.saved')).then((ok) => {
      if (ok) setEditing(undefined);
    });
  const remove = (item: OwnStudyItem) =>
    void run(item.id, () => actions.deleteStudyItem({ itemId: item.id }), t('study.own.deleted')).then((ok) => {
      if (ok) setDeletedId(item.id);
    });
  const undoDelete = () => void run('', () => actions.undo({}), t('study.own.restored'));

  return (
    <section className="study-panel study-own" aria-labelledby={headingId}>
      <h3 className="section-label" id={headingId}>
        {t('study.own.title')}
      </h3>
      {deletedId && !items.some((item) => item.id === deletedId) && (
        <p className="study-own-undo" role="status">
          {t('study.own.deleted')}{' '}
          <button type="button" className="link-button" disabled={busy} onClick={undoDelete}>
            {t('study.own.undoDelete')}
          </button>
        </p>
      )}
      {error?.itemId === '' && (
        <p className="inline-error" role="alert">
          {error.text}
        </p>
      )}
      {items.length === 0 ? (
        <p className="study-hint">{t('study.own.none')}</p>
      ) : (
        <ul className="study-own-list">
          {items.map((item) => (
            <li key={item.id} data-own-item={item.id}>
              {editing === item.id ? (
                <OwnItemEditor
                  item={item}
                  busy={busy}
                  error={error?.itemId === item.id ? error.text : undefined}
                  onSave={(edit) => save(item, edit)}
                  onCancel={() => {
                    setEditing(undefined);
                    setError(undefined);
                  }}
                />
              ) : (
                <>
                  <p className="study-own-text" lang="en">
                    {item.format === 'cloze' ? item.sentence : item.front}
                  </p>
                  <p className="study-own-answer">
                    <span className="study-source-label">{t('study.own.answer')}</span>{' '}
                    <span lang="en">{item.answer}</span>
                  </p>
                  <p className="study-hint">
                    {item.kind === 'highlight' ? t('study.own.fromHighlight') : t('study.own.fromNote')} ·{' '}
                    <button type="button" className="link-button" onClick={() => onOpenCard(item.cardId)}>
                      <span lang="en">{cardTitle(item.cardId)}</span>
                    </button>
                    {suspended.has(item.id) && <> · {t('study.own.suspended')}</>}
                  </p>
                  {error?.itemId === item.id && (
                    <p className="inline-error" role="alert">
                      {error.text}
                    </p>
                  )}
                  <p className="study-own-actions">
                    <button type="button" className="button button-quiet" onClick={() => setEditing(item.id)}>
                      {t('study.own.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={busy || !study.session}
                      onClick={() =>
                        void study.setSuspended(item.id, !suspended.has(item.id)).then((next) => {
                          if (next)
                            announce(suspended.has(item.id) ? t('study.own.broughtBack') : t('study.own.setAside'));
                        })
                      }
                    >
                      {suspended.has(item.id) ? t('study.unsuspend') : t('study.own.suspend')}
                    </button>
                    <button type="button" className="button button-quiet" disabled={busy} onClick={() => remove(item)}>
                      {t('study.own.delete')}
                    </button>
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
