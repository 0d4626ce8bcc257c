import { useId, useMemo, useState } from 'react';
import type { BriefMaterial } from '../../../../shared/briefs/addToBrief';
import { briefSectionIds, type BriefSectionId } from '../../../../shared/briefs/briefSchema';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import type { LibraryActions } from '../../store/useLibrary';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n';
import { lastOpenedBrief, sectionKey } from './briefSections';
import { useBriefChange } from './useBriefChange';
import './briefs.css';

interface AddToBriefDialogProps {
  fact: Fact;
  library: Library;
  actions: LibraryActions;
  onClose: () => void;
  announce: (message: string) => void;
}

const shorten = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** "Add to brief…": the card's summary, one of its highlights or one of its notes, into a chosen brief and section. */
export function AddToBriefDialog({ fact, library, actions, onClose, announce }: AddToBriefDialogProps) {
  const t = useT();
  const titleId = useId();
  const { send, error } = useBriefChange(actions);
  const { briefs, highlights, notes } = library.user;
  const materials = useMemo(() => {
    const list: Array<{ key: string; label: string; from: BriefMaterial }> = [
      { key: 'card', label: t('briefs.add.material.card'), from: { kind: 'card', factId: fact.id } },
    ];
    for (const highlight of highlights.filter((candidate) => candidate.factId === fact.id)) {
      list.push({
        key: highlight.id,
        label: t('briefs.add.material.highlight', { quote: shorten(highlight.target.quote.exact) }),
        from: { kind: 'highlight', highlightId: highlight.id },
      });
    }
    for (const note of notes.filter((candidate) => candidate.factId === fact.id)) {
      list.push({
        key: note.id,
        label: t('briefs.add.material.note', { text: shorten(note.markdown.replace(/\s+/g, ' ')) }),
        from: { kind: 'note', noteId: note.id },
      });
    }
    return list;
  }, [fact, highlights, notes, t]);
  const [materialKey, setMaterialKey] = useState('card');
  const remembered = briefs.find((brief) => brief.id === lastOpenedBrief.get());
  const [briefId, setBriefId] = useState(remembered?.id ?? briefs[0]?.id ?? '');
  const [section, setSection] = useState<BriefSectionId>('background');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const material = materials.find((candidate) => candidate.key === materialKey) ?? materials[0];
    if (!material || busy) return;
    setBusy(true);
    const target = briefs.find((brief) => brief.id === briefId);
    let targetId = target?.id;
    const title = target?.title ?? fact.title.slice(0, 140);
    if (!targetId) {
      const made = await send({ operation: 'create', title });
      targetId = made?.briefId;
    }
    const added = targetId
      ? await send({ operation: 'addToBrief', briefId: targetId, section, from: material.from })
      : undefined;
    setBusy(false);
    if (!added || !targetId) return;
    lastOpenedBrief.set(targetId);
    announce(t('briefs.add.done', { section: t(sectionKey(section)), title }));
    onClose();
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="brief-add-dialog" keepOnBackdropClick>
      <div className="detail-header">
        <h2 className="brief-confirm-title" id={titleId}>
          {t('briefs.add.title')}
        </h2>
        <DialogCloseButton label={t('briefs.cancel')} onClick={onClose} />
      </div>
      <p className="brief-add-card" lang="en">
        {fact.title}
      </p>
      <form
        className="brief-add-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="brief-add-materials">
          <legend className="brief-legend">{t('briefs.add.material')}</legend>
          {materials.map((material) => (
            <label key={material.key} className="brief-check">
              <input
                type="radio"
                name="material"
                value={material.key}
                checked={materialKey === material.key}
                onChange={() => setMaterialKey(material.key)}
              />
              <span>{material.label}</span>
            </label>
          ))}
        </fieldset>
        <div className="brief-field">
          <label htmlFor="brief-add-brief">{t('briefs.add.brief')}</label>
          {briefs.length > 0 ? (
            <select
              id="brief-add-brief"
              className="brief-input"
              value={briefId}
              onChange={(event) => setBriefId(event.target.value)}
            >
              {briefs.map((brief) => (
                <option key={brief.id} value={brief.id}>
                  {brief.title}
                </option>
              ))}
            </select>
          ) : (
            <p id="brief-add-brief" className="form-hint">
              {t('briefs.add.noBrief')}
            </p>
          )}
        </div>
        <div className="brief-field">
          <label htmlFor="brief-add-section">{t('briefs.add.section')}</label>
          <select
            id="brief-add-section"
            className="brief-input"
            value={section}
            onChange={(event) => setSection(event.target.value as BriefSectionId)}
          >
            {briefSectionIds.map((id) => (
              <option key={id} value={id}>
                {t(sectionKey(id))}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="detail-actions">
          <span className="detail-actions-spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('briefs.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('briefs.add.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
