import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { composeBriefDocument } from '../../../../shared/briefs/briefDocument';
import { briefLabelsFor } from '../../../../shared/briefs/briefLabelsFor';
import type { BriefPrintModel } from '../../../../shared/briefs/briefPrintModel';
import { briefItemCount, briefSectionIds, type Brief, type BriefItem } from '../../../../shared/briefs/briefSchema';
import type { Library } from '../../../../shared/contract';
import type { PaperSize } from '../../../../shared/export/exportSchemas';
import type { Fact } from '../../../../shared/schema/fact';
import type { LibraryActions } from '../../store/useLibrary';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useLanguage, useT } from '../../i18n';
import { BriefExportBar } from './BriefExportBar';
import { BriefHeaderForm } from './BriefHeaderForm';
import type { ItemPlace } from './BriefItemRow';
import { BriefLengthMeter } from './BriefLengthMeter';
import { BriefSection } from './BriefSection';
import { sectionKey } from './briefSections';
import { focusItem, useBriefChange } from './useBriefChange';

interface BriefEditorProps {
  brief: Brief;
  library: Library;
  actions: LibraryActions;
  card: (factId: string) => Fact | undefined;
  onOpenCard: (factId: string) => void;
  onMeetingView: () => void;
  onDeleted: (brief: Brief) => void;
  announce: (message: string) => void;
}

/** One brief: its meeting, its length and export, and its sections in order, every line editable. */
export function BriefEditor({
  brief,
  library,
  actions,
  card,
  onOpenCard,
  onMeetingView,
  onDeleted,
  announce,
}: BriefEditorProps) {
  const t = useT();
  const { language } = useLanguage();
  const { send, error } = useBriefChange(actions);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [includeAnnex, setIncludeAnnex] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dragged = useRef<BriefItem | undefined>(undefined);
  const readOnly = Boolean(library.readOnly);
  const deleteTitleId = useId();

  // The meter measures the brief itself: the annex is an attachment, not part of the two sides.
  const model = useMemo<BriefPrintModel>(() => {
    const labels = briefLabelsFor(language);
    const document = composeBriefDocument(
      brief,
      { fact: card, sources: library.sources },
      { includeAnnex: false, locale: labels.locale },
    );
    return { document, labels, paper, language };
  }, [brief, card, library.sources, paper, language]);
  const measured = useDeferredValue(model);

  const moveTo = (item: BriefItem, to: ItemPlace) => {
    const from = briefSectionIds.find((section) =>
      brief.sections[section].some((candidate) => candidate.id === item.id),
    );
    if (!from) return;
    const room = brief.sections[to.section].length - (from === to.section ? 1 : 0);
    const toIndex = Math.max(0, Math.min(to.index, room));
    void send({ operation: 'moveItem', briefId: brief.id, itemId: item.id, toSection: to.section, toIndex }).then(
      (answer) => {
        if (!answer) return;
        announce(t('briefs.item.moved', { section: t(sectionKey(to.section)), position: toIndex + 1 }));
        focusItem(item.id);
      },
    );
  };

  const deleteItem = (item: BriefItem) => {
    void send({ operation: 'deleteItem', briefId: brief.id, itemId: item.id }).then((answer) => {
      if (answer) announce(t('briefs.item.deleted'));
    });
  };

  const rowProps = {
    card,
    sources: library.sources,
    readOnly,
    send,
    moveTo,
    onDelete: deleteItem,
    onOpenCard,
    onDragStart: (item: BriefItem) => {
      dragged.current = item;
    },
    onDropOn: (place: ItemPlace) => {
      const item = dragged.current;
      dragged.current = undefined;
      if (item) moveTo(item, place);
    },
  };

  return (
    <article className="brief-editor" aria-labelledby="brief-editor-title">
      <header className="brief-editor-head">
        <div>
          <p className="brief-kicker">{brief.handlingLabel || t('briefs.label.kicker')}</p>
          <h2 className="brief-editor-title" id="brief-editor-title">
            {brief.title}
          </h2>
        </div>
        <div className="brief-editor-actions">
          <button type="button" className="button button-primary" onClick={onMeetingView}>
            {t('briefs.meeting.open')}
          </button>
          {!readOnly && (
            <button type="button" className="button button-quiet brief-danger" onClick={() => setConfirmDelete(true)}>
              {t('briefs.delete')}
            </button>
          )}
        </div>
      </header>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="brief-editor-grid">
        <div className="brief-editor-sections">
          <BriefHeaderForm brief={brief} readOnly={readOnly} send={send} />
          {briefSectionIds.map((section) => (
            <BriefSection key={section} brief={brief} section={section} {...rowProps} />
          ))}
        </div>
        <aside className="brief-editor-side">
          <BriefLengthMeter model={measured} />
          <BriefExportBar
            briefId={brief.id}
            paper={paper}
            onPaper={setPaper}
            includeAnnex={includeAnnex}
            onAnnex={setIncludeAnnex}
          />
        </aside>
      </div>
      {confirmDelete && (
        <ModalDialog labelledBy={deleteTitleId} onClose={() => setConfirmDelete(false)} className="brief-confirm">
          <div className="detail-header">
            <h2 id={deleteTitleId} className="brief-confirm-title">
              {t('briefs.delete.question', { title: brief.title })}
            </h2>
            <DialogCloseButton label={t('briefs.cancel')} onClick={() => setConfirmDelete(false)} />
          </div>
          <p>{t('briefs.delete.detail', { count: briefItemCount(brief) })}</p>
          <div className="detail-actions">
            <span className="detail-actions-spacer" />
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('briefs.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary brief-danger-fill"
              onClick={() => {
                setConfirmDelete(false);
                void send({ operation: 'delete', briefId: brief.id }).then((answer) => answer && onDeleted(brief));
              }}
            >
              {t('briefs.delete.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
    </article>
  );
}
