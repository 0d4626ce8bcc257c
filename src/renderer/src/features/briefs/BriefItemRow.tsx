import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { citationLabel } from '../../../../shared/briefs/briefCitations';
import { formatBriefDate } from '../../../../shared/briefs/briefLabels';
import {
  briefLimits,
  briefSectionIds,
  type Brief,
  type BriefItem,
  type BriefSectionId,
} from '../../../../shared/briefs/briefSchema';
import type { Fact } from '../../../../shared/schema/fact';
import type { Source } from '../../../../shared/schema/source';
import { intlLocale } from '../../../../shared/i18n/translator';
import { useLanguage, useT } from '../../i18n';
import { InlineText } from './InlineText';
import { neighbourSection, sectionKey } from './briefSections';
import type { BriefAnswer } from './useBriefChange';
import type { BriefRequest } from '../../../../shared/briefs/briefRequests';

export interface ItemPlace {
  section: BriefSectionId;
  index: number;
}

interface BriefItemRowProps {
  brief: Brief;
  section: BriefSectionId;
  item: BriefItem;
  index: number;
  card: (factId: string) => Fact | undefined;
  sources: readonly Source[];
  readOnly: boolean;
  send: (request: BriefRequest) => Promise<BriefAnswer | undefined>;
  /** Moves the item to a place, its own section or another; answers whether it moved. */
  moveTo: (item: BriefItem, to: ItemPlace) => void;
  onDelete: (item: BriefItem) => void;
  onOpenCard: (factId: string) => void;
  onDragStart: (item: BriefItem) => void;
  onDropOn: (place: ItemPlace) => void;
}

/** One line of a brief: its text, section marks and citations; edit, move (Alt+↑/↓, drag, a section) and delete. */
export function BriefItemRow({
  brief,
  section,
  item,
  index,
  card,
  sources,
  readOnly,
  send,
  moveTo,
  onDelete,
  onOpenCard,
  onDragStart,
  onDropOn,
}: BriefItemRowProps) {
  const t = useT();
  const { locale } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.text);
  const [dropping, setDropping] = useState(false);
  const count = brief.sections[section].length;
  const position = index + 1;
  const sectionName = t(sectionKey(section));

  const save = async () => {
    const text = draft.trim();
    if (text && text !== item.text) {
      const answer = await send({ operation: 'updateItem', briefId: brief.id, itemId: item.id, text });
      if (!answer) return;
    }
    setEditing(false);
  };

  const step = (direction: -1 | 1) => {
    const target = index + direction;
    if (target >= 0 && target < count) return moveTo(item, { section, index: target });
    // Past the end of its section, a line goes on into the next one, at its near end.
    const next = neighbourSection(section, direction);
    if (next) moveTo(item, { section: next, index: direction === 1 ? 0 : brief.sections[next].length });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || editing || event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      step(event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(item);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setDraft(item.text);
      setEditing(true);
    }
  };

  const dropProps = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDropping(false);
      onDropOn({ section, index });
    },
  };

  return (
    <li
      className={`brief-item${dropping ? ' brief-item-drop' : ''}`}
      tabIndex={0}
      data-brief-item={item.id}
      aria-label={t('briefs.item.label', { section: sectionName, position })}
      draggable={!readOnly && !editing}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.id);
        onDragStart(item);
      }}
      onKeyDown={onKeyDown}
      {...dropProps}
    >
      {!readOnly && <span className="brief-item-grip" aria-hidden="true" title={t('briefs.item.drag')} />}
      <div className="brief-item-main">
        {item.person && (
          <p className="brief-item-person">
            <strong>{item.person.name}</strong>
            {item.person.role && <span>{item.person.role}</span>}
          </p>
        )}
        {item.date && (
          <span className="brief-item-date">
            {formatBriefDate(item.date, intlLocale(locale === 'en-XA' ? 'en' : locale))}
          </span>
        )}
        {item.disclosure && (
          <span className={`brief-disclosure brief-disclosure-${item.disclosure}`}>
            {t(item.disclosure === 'usable' ? 'briefs.label.usable' : 'briefs.label.notForDisclosure')}
          </span>
        )}
        {editing ? (
          <form
            className="brief-item-edit"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <input
              className="brief-input"
              aria-label={t('briefs.item.text.label')}
              value={draft}
              maxLength={briefLimits.itemCharacters}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  setEditing(false);
                }
              }}
            />
            <button type="submit" className="button button-primary">
              {t('briefs.item.save')}
            </button>
          </form>
        ) : (
          <p className="brief-item-text">
            <InlineText text={item.text} />
          </p>
        )}
        {item.ifRaised && (
          <p className="brief-item-if-raised">
            <em>{t('briefs.label.ifRaised')}</em> <InlineText text={item.ifRaised} />
          </p>
        )}
        {item.cites.length > 0 && (
          <p className="brief-item-cites">
            {item.cites.map((cite) => {
              const fact = card(cite.factId);
              return fact ? (
                <button
                  key={cite.factId}
                  type="button"
                  className="brief-cite"
                  title={t('briefs.item.citation', { title: fact.title })}
                  onClick={() => onOpenCard(fact.id)}
                >
                  {citationLabel(cite, fact, sources)}
                </button>
              ) : (
                <span key={cite.factId} className="brief-cite brief-cite-missing">
                  {t('briefs.item.deletedCard')}
                </span>
              );
            })}
          </p>
        )}
      </div>
      {!readOnly && !editing && (
        <div className="brief-item-tools">
          <button
            type="button"
            className="icon-button"
            title={t('briefs.item.up')}
            aria-label={t('briefs.item.up')}
            onClick={() => step(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            title={t('briefs.item.down')}
            aria-label={t('briefs.item.down')}
            onClick={() => step(1)}
          >
            ↓
          </button>
          <select
            className="brief-move-select"
            aria-label={t('briefs.item.moveTo')}
            value={section}
            onChange={(event) =>
              moveTo(item, { section: event.target.value as BriefSectionId, index: Number.MAX_SAFE_INTEGER })
            }
          >
            {briefSectionIds.map((id) => (
              <option key={id} value={id}>
                {t(sectionKey(id))}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(item.text);
              setEditing(true);
            }}
          >
            {t('briefs.item.edit')}
          </button>
          <button type="button" className="button button-quiet brief-danger" onClick={() => onDelete(item)}>
            {t('briefs.item.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
