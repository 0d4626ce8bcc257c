import { cardsInScope, collectionScopeOf } from '../../../../shared/sources/collectionScope';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Library, SavedFile } from '../../../../shared/contract';
import type { CollectionContents, ImportSummary } from '../../../../shared/export/backupSchemas';
import type { ChangeAnswer } from '../../../../shared/schema/userDataPatch';
import { composePack } from '../../../../shared/export/composePack';
import {
  defaultExportOptions,
  type ExportOptions,
  type ExportSelection,
} from '../../../../shared/export/exportSchemas';
import type { TopicId } from '../../../../shared/topics';
import { useBriefingService } from '../../service/ServiceContext';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { SavedFileStatus } from '../../ui/SavedFileStatus';
import { asBriefingError } from '../../../../shared/errors';
import { ActionError, type ActionFailure } from './ActionError';
import { ImportDialog } from './ImportDialog';
import { OptionsFieldset } from './OptionsFieldset';
import { PackPreview } from './PackPreview';
import { SelectionFieldset, type SelectionKind } from './SelectionFieldset';
import './export.css';
import { useLanguage, useT } from '../../i18n';

/** A menu command that opens the screen straight into saving a backup or choosing one to import. */
export interface ExportStart {
  action: 'backup' | 'import' | 'markdown';
  /** A new token runs the action again while the screen is open. */
  token: number;
}

interface ExportScreenProps {
  library: Library;
  onClose: () => void;
  /** After an import: what it changed, for the library to apply like any other answer. */
  onImported: (answer: ChangeAnswer) => void;
  startWith?: ExportStart;
}

type PendingImport = {
  token: string;
  fileName: string;
  summary: ImportSummary;
  collection?: { name: string; contents: CollectionContents } | undefined;
  done: boolean;
};

function toggled<Value>(set: ReadonlySet<Value>, value: Value): Set<Value> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** Chooses cards and options, previews the pack live, and saves it as PDF or Markdown; also backup and import. */
export function ExportScreen({ library, onClose, onImported, startWith }: ExportScreenProps) {
  const service = useBriefingService();
  const titleId = useId();
  const t = useT();
  const { language } = useLanguage();
  // sources (issue 17): with a collection scope, only its cards are offered (and composePack packs only those).
  const scope = useMemo(() => collectionScopeOf(library), [library]);
  const facts = useMemo(() => cardsInScope([...library.facts, ...library.user.ownFacts], scope), [library, scope]);
  const starredCount = useMemo(() => {
    const ids = new Set(facts.map((fact) => fact.id));
    return library.user.starred.filter((id) => ids.has(id)).length;
  }, [facts, library.user.starred]);
  const [kind, setKind] = useState<SelectionKind>('all');
  const [chosenTopics, setChosenTopics] = useState<ReadonlySet<TopicId>>(new Set());
  const [chosenCards, setChosenCards] = useState<ReadonlySet<string>>(new Set());
  const [options, setOptions] = useState<ExportOptions>(() => ({ ...defaultExportOptions, language }));
  const [busy, setBusy] = useState<{ label: string; origin: ActionFailure['origin'] }>();
  const [saved, setSaved] = useState<{ filePath: string; origin: ActionFailure['origin'] }>();
  const [failure, setFailure] = useState<ActionFailure>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();
  const [exportedAt] = useState(() => new Date().toISOString());

  const selection: ExportSelection | undefined = useMemo(() => {
    if (kind === 'topics') return chosenTopics.size > 0 ? { kind, topics: [...chosenTopics] } : undefined;
    if (kind === 'cards') return chosenCards.size > 0 ? { kind, factIds: [...chosenCards] } : undefined;
    return { kind };
  }, [kind, chosenTopics, chosenCards]);
  const pack = useMemo(
    () => (selection ? composePack(library, selection, options, exportedAt) : undefined),
    [library, selection, options, exportedAt],
  );
  const previewPack = useDeferredValue(pack);
  const empty = !pack || pack.cardCount === 0;
  const emptyReason =
    kind === 'topics' && !selection
      ? t('export.empty.topics')
      : kind === 'cards' && !selection
        ? t('export.empty.cards')
        : kind === 'starred' && empty
          ? t('export.empty.starred')
          : t('export.empty.none');

  const fail = (origin: ActionFailure['origin'], caught: unknown) =>
    setFailure({ origin, error: asBriefingError(caught) });

  async function run(label: string, action: () => Promise<SavedFile | void>, origin: ActionFailure['origin']) {
    if (busy) return;
    setBusy({ label, origin });
    setFailure(undefined);
    setSaved(undefined);
    try {
      const result = await action();
      if (result?.status === 'saved') setSaved({ filePath: result.filePath, origin });
    } catch (caught) {
      fail(origin, caught);
    } finally {
      setBusy(undefined);
    }
  }

  const save = (format: 'pdf' | 'markdown') => {
    if (!selection || empty) return fail('pack', new Error(emptyReason));
    void run(
      format === 'pdf' ? t('export.busy.pdf') : t('export.busy.markdown'),
      () => service.exportPack({ format, selection, options }),
      'pack',
    );
  };

  const startImport = () =>
    run(
      t('export.busy.reading'),
      async () => {
        const preview = await service.previewImport({});
        if (preview.status === 'ready') setPendingImport({ ...preview, done: false });
      },
      'backup',
    );

  const confirmImport = () =>
    run(
      t('export.busy.importing'),
      async () => {
        if (!pendingImport || pendingImport.done) return;
        const { summary, ...answer } = await service.applyImport({ token: pendingImport.token });
        onImported(answer);
        setPendingImport({ ...pendingImport, summary, done: true });
      },
      'backup',
    );

  // Once per token: React's strict mode runs effects twice, and a second save dialog would be a bug.
  const startedToken = useRef<number>(undefined);
  const startAction = useRef<{ backup(): void; importBackup(): void; markdown(): void }>(undefined);
  useEffect(() => {
    startAction.current = {
      backup: () => void run(t('export.busy.backup'), () => service.exportBackup({}), 'backup'),
      importBackup: () => void startImport(),
      markdown: () => save('markdown'),
    };
  });
  useEffect(() => {
    if (!startWith || startedToken.current === startWith.token) return;
    startedToken.current = startWith.token;
    if (startWith.action === 'backup') startAction.current?.backup();
    else if (startWith.action === 'markdown') startAction.current?.markdown();
    else startAction.current?.importBackup();
  }, [startWith]);

  /** Progress, the saved file and any refusal, under the buttons that started them. */
  const outcome = (origin: ActionFailure['origin']) => (
    <>
      {busy?.origin === origin && <p className="export-hint">{busy.label}</p>}
      {saved?.origin === origin && (
        <SavedFileStatus
          message={t('export.savedTo', { path: saved.filePath })}
          filePath={saved.filePath}
          onRevealError={(caught) => fail(origin, caught)}
        />
      )}
      {failure?.origin === origin && <ActionError failure={failure} />}
    </>
  );

  return (
    // A press beside it never closes it, as before: the choices would be lost. The import preview
    // over it is a dialog of its own, so Escape there closes only the preview.
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      className="export-screen"
      backdropClassName="export-backdrop"
      keepOnBackdropClick
    >
      <div className="export-form">
        <div className="detail-header">
          <h2 id={titleId} className="export-title">
            {t('export.title.screen')}
          </h2>
          <DialogCloseButton label={t('export.close')} onClick={onClose} />
        </div>
        <p className="export-intro">{t('export.intro')}</p>
        {scope.scope && (
          <p className="collection-scope-badge export-scope">
            {t('collections.export.scoped', { name: scope.scope.name })}
          </p>
        )}
        <SelectionFieldset
          facts={facts}
          starredCount={starredCount}
          kind={kind}
          chosenTopics={chosenTopics}
          chosenCards={chosenCards}
          onKind={setKind}
          onToggleTopic={(topic) => setChosenTopics((current) => toggled(current, topic))}
          onToggleCard={(factId) => setChosenCards((current) => toggled(current, factId))}
        />
        <OptionsFieldset options={options} onChange={(patch) => setOptions((current) => ({ ...current, ...patch }))} />
        <div className="export-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => save('pdf')}
            aria-disabled={Boolean(busy) || empty}
          >
            {t('export.savePdf')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => save('markdown')}
            aria-disabled={Boolean(busy) || empty}
          >
            {t('export.saveMarkdown')}
          </button>
        </div>
        {outcome('pack')}
        <section className="export-backup" aria-labelledby={`${titleId}-backup`}>
          <h3 id={`${titleId}-backup`} className="export-legend">
            {t('export.backup')}
          </h3>
          <p className="export-hint">{t('export.backup.hint')}</p>
          <div className="export-actions">
            <button
              type="button"
              className="button"
              onClick={() => void run(t('export.busy.backup'), () => service.exportBackup({}), 'backup')}
              aria-disabled={Boolean(busy)}
            >
              {t('export.exportBackup')}
            </button>
            <button type="button" className="button" onClick={() => void startImport()} aria-disabled={Boolean(busy)}>
              {t('export.importBackup')}
            </button>
          </div>
          {outcome('backup')}
        </section>
      </div>
      {previewPack && previewPack.cardCount > 0 ? (
        <PackPreview pack={previewPack} />
      ) : (
        <section className="export-preview export-preview-empty" aria-label={t('export.preview')}>
          <p>{emptyReason}</p>
        </section>
      )}
      {pendingImport && (
        <ImportDialog
          fileName={pendingImport.fileName}
          summary={pendingImport.summary}
          collection={pendingImport.collection}
          done={pendingImport.done}
          busy={Boolean(busy)}
          onImport={() => void confirmImport()}
          onCancel={() => setPendingImport(undefined)}
          onDone={() => setPendingImport(undefined)}
        />
      )}
    </ModalDialog>
  );
}
