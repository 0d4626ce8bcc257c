import { useState } from 'react';
import { briefLimits, type Brief, type BriefItem, type BriefSectionId } from '../../../../shared/briefs/briefSchema';
import type { BriefRequest } from '../../../../shared/briefs/briefRequests';
import type { Fact } from '../../../../shared/schema/fact';
import type { Source } from '../../../../shared/schema/source';
import { useT } from '../../i18n';
import { BriefItemRow, type ItemPlace } from './BriefItemRow';
import { datedSections, sectionKey } from './briefSections';
import { focusItem, type BriefAnswer } from './useBriefChange';

interface BriefSectionProps {
  brief: Brief;
  section: BriefSectionId;
  card: (factId: string) => Fact | undefined;
  sources: readonly Source[];
  readOnly: boolean;
  send: (request: BriefRequest) => Promise<BriefAnswer | undefined>;
  moveTo: (item: BriefItem, to: ItemPlace) => void;
  onDelete: (item: BriefItem) => void;
  onOpenCard: (factId: string) => void;
  onDragStart: (item: BriefItem) => void;
  onDropOn: (place: ItemPlace) => void;
}

/** One section of the brief: its heading, its lines in order, and a line to add one. */
export function BriefSection({ brief, section, send, readOnly, ...rowProps }: BriefSectionProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const items = brief.sections[section];
  const headingId = `brief-section-${section}`;
  const name = t(sectionKey(section));
  const needsDate = datedSections.has(section);

  const add = async () => {
    const line = text.trim();
    if (!line) return;
    const answer = await send({
      operation: 'addItem',
      briefId: brief.id,
      section,
      text: line,
      ...(needsDate && date.trim() ? { date: date.trim() } : {}),
    });
    if (answer) {
      // Only what was sent is cleared: a next line typed while this one was being saved stays in the box.
      const sentDate = date;
      setText((now) => (now.trim() === line ? '' : now));
      setDate((now) => (now === sentDate ? '' : now));
    }
  };

  return (
    <section className="brief-section" aria-labelledby={headingId} data-section={section}>
      <h3 className="brief-section-title" id={headingId}>
        {name}
        <span className="brief-section-count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p
          className="brief-section-empty"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            rowProps.onDropOn({ section, index: 0 });
          }}
        >
          {t('briefs.section.empty')}
        </p>
      ) : (
        <ol className="brief-items">
          {items.map((item, index) => (
            <BriefItemRow
              key={item.id}
              brief={brief}
              section={section}
              item={item}
              index={index}
              readOnly={readOnly}
              send={send}
              {...rowProps}
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <form
          className="brief-add"
          onSubmit={(event) => {
            event.preventDefault();
            void add().then(() => focusItem(undefined));
          }}
        >
          <input
            className="brief-input"
            aria-label={t('briefs.item.new.label', { section: name })}
            placeholder={t('briefs.item.new.placeholder')}
            value={text}
            maxLength={briefLimits.itemCharacters}
            onChange={(event) => setText(event.target.value)}
          />
          {needsDate && (
            <input
              className="brief-input brief-add-date"
              aria-label={t('briefs.item.date.label')}
              placeholder="2021-08-17"
              value={date}
              maxLength={10}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
          <button type="submit" className="button">
            {t('briefs.item.add')}
          </button>
        </form>
      )}
    </section>
  );
}
