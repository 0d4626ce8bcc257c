import { useId, useRef, useState } from 'react';
import { asBriefingError } from '../../../../shared/errors';
import type { Collection, ParagraphRule, SourceRecord } from '../../../../shared/sources';
import { paragraphRules, shippedCollectionId } from '../../../../shared/sources';
import type { SourceDraftPreview } from '../../../../shared/sources/draftPreview';
import { useBriefingService } from '../../service/ServiceContext';
import type { LibraryActions } from '../../store/useLibrary';
import { useErrorText, useT } from '../../i18n';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { DraftPreview } from './DraftPreview';
import { SourceFields, type SourceFieldValues } from './SourceFields';

interface ImportSourceDialogProps {
  collections: readonly Collection[];
  /** Every source, for "New version of". */
  sources: readonly SourceRecord[];
  actions: Pick<LibraryActions, 'importSource'>;
  onSaved: (sourceId: string, title: string) => void;
  onClose: () => void;
}

interface Problem {
  message: string;
  details: readonly string[];
}

function fieldsFromDraft(draft: SourceDraftPreview, collectionId: string): SourceFieldValues {
  const { title = '', outlet = '', author = '', date = '', url = '' } = draft.suggested;
  return { title, outlet, author, date, url, collectionId, supersedes: '' };
}

/** Paste an article or open a file; then confirm its details and paragraphs before anything is saved. */
export function ImportSourceDialog({ collections, sources, actions, onSaved, onClose }: ImportSourceDialogProps) {
  const t = useT();
  const titleId = useId();
  const service = useBriefingService();
  const describeError = useErrorText();
  const [pasted, setPasted] = useState('');
  const [draft, setDraft] = useState<SourceDraftPreview>();
  const [fields, setFields] = useState<SourceFieldValues>();
  const [busy, setBusy] = useState<string>();
  // The rule the user chose, shown at once while the main process re-splits the text.
  const [chosenRule, setChosenRule] = useState<ParagraphRule>();
  const [problem, setProblem] = useState<Problem>();
  const problemRef = useRef<HTMLDivElement>(null);
  const defaultCollection = collections[0]?.id ?? shippedCollectionId;

  async function run<Result>(label: string, work: () => Promise<Result>): Promise<Result | undefined> {
    if (busy) return undefined;
    setBusy(label);
    setProblem(undefined);
    try {
      return await work();
    } catch (error) {
      const refused = asBriefingError(error);
      setProblem({ message: describeError(refused), details: refused.details ?? [] });
      queueMicrotask(() => problemRef.current?.focus());
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }

  function opened(next: SourceDraftPreview) {
    setDraft(next);
    setFields(fieldsFromDraft(next, defaultCollection));
  }

  const readPasted = () =>
    run(t('sources.import.reading'), async () => opened(await service.readPastedSource({ text: pasted })));
  const openFile = () =>
    run(t('sources.import.reading'), async () => {
      const read = await service.readSourceFile({});
      if (read.status === 'ready') opened(read.draft);
    });
  const switchRule = (rule: ParagraphRule) => {
    if (!draft) return;
    setChosenRule(rule);
    void run(t('sources.import.reading'), async () =>
      setDraft(await service.changeSourceDraftRule({ token: draft.token, rule })),
    ).finally(() => setChosenRule(undefined));
  };
  const save = () =>
    draft &&
    fields &&
    run(t('sources.import.saving'), async () => {
      const { collectionId, supersedes, ...metadata } = fields;
      const answer = await actions.importSource({
        token: draft.token,
        collectionId,
        metadata,
        ...(supersedes ? { supersedes } : {}),
      });
      onSaved(answer.sourceId, fields.title.trim());
    });

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="own-card-form source-import" keepOnBackdropClick>
      <div className="detail-header">
        <span className="reader-kicker">{t('sources.reader.kicker')}</span>
        <DialogCloseButton label={t('sources.import.close')} onClick={onClose} />
      </div>
      <h2 id={titleId} className="own-card-form-title">
        {t('sources.import.title')}
      </h2>
      {problem && (
        <div className="form-error-summary" role="alert" tabIndex={-1} ref={problemRef}>
          <p>{problem.message}</p>
          {problem.details.length > 0 && (
            <ul>
              {problem.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {busy && (
        <p className="source-import-busy" role="status">
          {busy}
        </p>
      )}
      {!draft || !fields ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void readPasted();
          }}
        >
          <p className="own-card-form-intro">{t('sources.import.intro')}</p>
          <div className="form-field">
            <label htmlFor={`${titleId}-pasted`}>{t('sources.import.pasteLabel')}</label>
            <textarea
              id={`${titleId}-pasted`}
              className="form-body"
              rows={10}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
          </div>
          <div className="source-import-actions">
            <button type="button" className="button" onClick={() => void openFile()} aria-disabled={Boolean(busy)}>
              {t('sources.import.openFile')}
            </button>
            <span className="detail-actions-spacer" />
            <button type="button" className="button" onClick={onClose}>
              {t('sources.import.cancel')}
            </button>
            <button type="submit" className="button button-primary" aria-disabled={Boolean(busy) || !pasted.trim()}>
              {t('sources.import.read')}
            </button>
          </div>
        </form>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SourceFields values={fields} collections={collections} sources={sources} onChange={setFields} />
          <fieldset className="form-field source-rule">
            <legend>{t('sources.import.rule')}</legend>
            {paragraphRules.map((rule) => (
              <label key={rule} className="source-rule-choice">
                <input
                  type="radio"
                  name={`${titleId}-rule`}
                  value={rule}
                  checked={(chosenRule ?? draft.rule) === rule}
                  onChange={() => switchRule(rule)}
                />
                {t(`sources.rule.${rule}`)}
              </label>
            ))}
          </fieldset>
          <DraftPreview draft={draft} />
          <div className="source-import-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(undefined);
                setFields(undefined);
                setProblem(undefined);
              }}
            >
              {t('sources.import.another')}
            </button>
            <span className="detail-actions-spacer" />
            <button type="button" className="button" onClick={onClose}>
              {t('sources.import.cancel')}
            </button>
            <button type="submit" className="button button-primary" aria-disabled={Boolean(busy)}>
              {t('sources.import.save')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
