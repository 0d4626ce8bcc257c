import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Fact } from '../../../../shared/schema/fact';
import { topics, type TopicId } from '../../../../shared/topics';
import { ModalDialog } from '../../ui/ModalDialog';
import { newId } from '../../../../shared/schema/clientIds';
import type { LibraryActions } from '../../store/useLibrary';
import {
  checkDraft,
  draftFromFact,
  emptyDraft,
  fieldLabel,
  newRowKey,
  type CardDraft,
  type FieldAria,
  type FieldProblem,
} from './cardFormModel';
import { FigureRows, PeopleRows } from './CardFormRows';
import { CardCollectionField } from './CardCollectionField';
import type { CollectionScope } from '../../../../shared/sources/collectionScope';
import { CardSourceNote, draftFromSource, type CardFromSource } from './cardFromSource';
import './ownCards.css';
import { topicKey } from '../../../../shared/i18n/topicKeys';
import { useErrorText, useLanguage, useT } from '../../i18n';

export interface CardFormProps {
  mode: 'create' | 'edit';
  /** The card to edit; required in edit mode. */
  initial?: Fact;
  /** The topic a new card starts in, e.g. the one the user is looking at. */
  defaultTopic?: TopicId;
  actions: Pick<LibraryActions, 'createCard' | 'updateCard' | 'held'>;
  /** sources: a new card started from the reader, with its source, paragraphs, quote or figure filled in. */
  fromSource?: CardFromSource;
  /** sources: the collections a card can be in, and the scope a new card starts in. */
  collections?: CollectionScope;
  onClose: () => void;
  onSaved: (fact: Fact) => void;
}

/** The user's own card, new or edited: checked against the store's schema before it is sent. */
export function CardForm({
  mode,
  initial,
  defaultTopic,
  actions,
  fromSource,
  collections,
  onClose,
  onSaved,
}: CardFormProps) {
  const formId = useId();
  const t = useT();
  const { locale } = useLanguage();
  const describeError = useErrorText();
  const [draft, setDraft] = useState<CardDraft>(() =>
    initial
      ? draftFromFact(initial)
      : fromSource
        ? draftFromSource(fromSource, defaultTopic)
        : emptyDraft(defaultTopic, collections?.scope?.id),
  );
  // Undefined until the first save attempt; afterwards every change checks again, so fixed fields clear.
  const [problems, setProblems] = useState<FieldProblem[]>();
  const [saveError, setSaveError] = useState<string>();
  const saving = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const title = mode === 'create' ? t('cardForm.newTitle') : t('cardForm.editTitle');

  const idOf = (field: string) => `${formId}-field-${field.replaceAll('.', '-')}`;
  const problemOf = (field: string) => problems?.find((problem) => problem.field === field)?.message;
  const errorText = (field: string) => {
    const message = problemOf(field);
    return message ? (
      <p className="form-error" id={`${idOf(field)}-error`}>
        {message}
      </p>
    ) : null;
  };
  const aria: FieldAria = (field, hintId) => {
    const invalid = problemOf(field) !== undefined;
    const described = [hintId, invalid ? `${idOf(field)}-error` : undefined].filter(Boolean).join(' ');
    return { id: idOf(field), 'aria-invalid': invalid || undefined, 'aria-describedby': described || undefined };
  };

  function update(change: (old: CardDraft) => CardDraft) {
    const next = change(draft);
    setDraft(next);
    if (problems) {
      const checked = checkDraft(next, t, locale);
      setProblems(checked.ok ? [] : checked.problems);
    }
  }

  function focusField(field: string) {
    const target = document.getElementById(idOf(field)) ?? summaryRef.current;
    target?.focus();
  }

  /** Adds or removes a row, then puts the keyboard where the user will want it. */
  function changeRows(change: (old: CardDraft) => CardDraft, focusId: string) {
    flushSync(() => update(change));
    document.getElementById(focusId)?.focus();
  }

  async function save() {
    if (saving.current) return;
    const checked = checkDraft(draft, t, locale);
    if (!checked.ok) {
      flushSync(() => {
        setProblems(checked.problems);
        setSaveError(undefined);
      });
      focusField(checked.problems[0]?.field ?? '');
      return;
    }
    setProblems([]);
    saving.current = true;
    try {
      const id = mode === 'edit' && initial ? initial.id : newId('card');
      const answer =
        mode === 'edit' && initial
          ? await actions.updateCard({ factId: id, card: checked.input })
          : await actions.createCard({ id, card: checked.input });
      const fact = actions.held.ownFacts(answer, id);
      onSaved(fact);
    } catch (caught) {
      flushSync(() => setSaveError(describeError(caught)));
      summaryRef.current?.focus();
    } finally {
      saving.current = false;
    }
  }

  const shownProblems = problems ?? [];
  const summaryHintId = `${formId}-summary-hint`;
  const bodyHintId = `${formId}-body-hint`;

  return (
    <ModalDialog
      labelledBy={`${formId}-heading`}
      onClose={onClose}
      className="own-card-form"
      topic={draft.topic}
      keepOnBackdropClick
    >
      <p className="eyebrow">{t('card.yours')}</p>
      <h2 className="own-card-form-title" id={`${formId}-heading`}>
        {title}
      </h2>
      <p className="own-card-form-intro">{mode === 'create' ? t('cardForm.intro.create') : t('cardForm.intro.edit')}</p>

      {(shownProblems.length > 0 || saveError) && (
        <div className="form-error-summary" role="alert" ref={summaryRef} tabIndex={-1}>
          <p className="form-error-summary-title">
            {saveError ? t('cardForm.notSaved') : t('cardForm.notSaved.problems', { count: shownProblems.length })}
          </p>
          {saveError && <p>{saveError}</p>}
          {shownProblems.length > 0 && (
            <ul>
              {shownProblems.map((problem) => (
                <li key={problem.field}>
                  <button type="button" className="link-button" onClick={() => focusField(problem.field)}>
                    {fieldLabel(problem.field, t)}: {problem.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {draft.source && <CardSourceNote source={draft.source} title={fromSource?.sourceTitle} />}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="form-field">
          <label htmlFor={idOf('topic')}>{t('cardForm.topic')}</label>
          <select
            {...aria('topic')}
            value={draft.topic}
            onChange={(event) => update((old) => ({ ...old, topic: event.target.value as TopicId }))}
          >
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {t(topicKey(topic.id))}
              </option>
            ))}
          </select>
          {errorText('topic')}
        </div>

        {collections && (
          <CardCollectionField
            draft={draft}
            collections={collections}
            aria={aria}
            onChange={(collectionId) => update((old) => ({ ...old, collectionId }))}
          />
        )}

        <div className="form-field">
          <label htmlFor={idOf('title')}>{t('cardForm.title')}</label>
          <input
            {...aria('title')}
            type="text"
            autoComplete="off"
            value={draft.title}
            onChange={(event) => update((old) => ({ ...old, title: event.target.value }))}
          />
          {errorText('title')}
        </div>

        <div className="form-field">
          <label htmlFor={idOf('summary')}>
            {t('cardForm.summary')} <span className="form-optional">{t('cardForm.optional')}</span>
          </label>
          <p className="form-hint" id={summaryHintId}>
            {t('cardForm.summary.hint')}
          </p>
          <textarea
            {...aria('summary', summaryHintId)}
            rows={2}
            value={draft.summary}
            onChange={(event) => update((old) => ({ ...old, summary: event.target.value }))}
          />
          {errorText('summary')}
        </div>

        <div className="form-field">
          <label htmlFor={idOf('body')}>{t('cardForm.body')}</label>
          <p className="form-hint" id={bodyHintId}>
            {t('cardForm.body.hint')}
          </p>
          <textarea
            {...aria('body', bodyHintId)}
            className="form-body"
            rows={7}
            value={draft.body}
            onChange={(event) => update((old) => ({ ...old, body: event.target.value }))}
          />
          {errorText('body')}
        </div>

        <FigureRows
          rows={draft.figures}
          aria={aria}
          idOf={idOf}
          errorText={errorText}
          onChange={(figures) => update((old) => ({ ...old, figures }))}
          onAdd={() =>
            changeRows(
              (old) => ({ ...old, figures: [...old.figures, { key: newRowKey(), display: '', measures: '' }] }),
              idOf(`figures.${draft.figures.length}.display`),
            )
          }
          onRemove={(key) =>
            changeRows(
              (old) => ({ ...old, figures: old.figures.filter((row) => row.key !== key) }),
              `${formId}-add-figure`,
            )
          }
          addButtonId={`${formId}-add-figure`}
        />

        <PeopleRows
          rows={draft.people}
          aria={aria}
          idOf={idOf}
          errorText={errorText}
          onChange={(people) => update((old) => ({ ...old, people }))}
          onAdd={() =>
            changeRows(
              (old) => ({ ...old, people: [...old.people, { key: newRowKey(), name: '', role: '' }] }),
              idOf(`people.${draft.people.length}.name`),
            )
          }
          onRemove={(key) =>
            changeRows(
              (old) => ({ ...old, people: old.people.filter((row) => row.key !== key) }),
              `${formId}-add-person`,
            )
          }
          addButtonId={`${formId}-add-person`}
        />

        <div className="own-card-form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cardForm.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('cardForm.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
