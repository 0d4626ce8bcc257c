import type { ReactNode } from 'react';
import { personLine, type BriefBlock, type BriefDocument } from '../../../shared/briefs/briefDocument';
import { fillTemplate, type BriefLabels } from '../../../shared/briefs/briefLabels';
import type { BriefSectionId } from '../../../shared/briefs/briefSchema';
import { InlineText } from '../features/briefs/InlineText';

/** One unit the brief's pagination places: parts are the smallest pieces that may go to the next page. */
export interface BriefPrintBlock {
  key: string;
  className: string;
  parts: ReactNode[];
  keepWithNext?: boolean;
}

export interface BriefPrintChapter {
  key: string;
  blocks: BriefPrintBlock[];
}

function NoteMark({ number }: { number: number | undefined }) {
  return number === undefined ? null : <sup className="bf-note-mark">{number}</sup>;
}

function itemBody(section: BriefSectionId, block: BriefBlock, labels: BriefLabels): ReactNode {
  const text = (
    <>
      <InlineText text={block.text} />
      <NoteMark number={block.noteNumber} />
    </>
  );
  switch (section) {
    case 'background':
      return (
        <p className="bf-item-text">
          {block.disclosure && (
            <span className={`bf-disclosure bf-disclosure-${block.disclosure}`}>
              {labels.disclosure[block.disclosure]}
            </span>
          )}
          {text}
        </p>
      );
    case 'pen-pictures':
      return (
        <div className="bf-person">
          {block.person && (
            <p className="bf-person-name">
              <strong>{block.person.name}</strong>
              {personLine(block.person) && <span className="bf-person-role">{personLine(block.person)}</span>}
            </p>
          )}
          <p className="bf-item-text">{text}</p>
        </div>
      );
    case 'timeline':
      return (
        <p className="bf-item-text bf-dated">
          <span className="bf-date">{block.dateLabel}</span>
          <span>{text}</span>
        </p>
      );
    case 'addenda':
      return (
        <div className="bf-addendum">
          <p className="bf-addendum-head">
            <strong>{fillTemplate(labels.addendum, { number: block.number ?? 0 })}</strong>
            <span className="bf-date">{block.dateLabel}</span>
          </p>
          <p className="bf-item-text">{text}</p>
        </div>
      );
    case 'points-to-avoid':
      return (
        <div>
          <p className="bf-item-text">{text}</p>
          {block.ifRaised && (
            <p className="bf-if-raised">
              <em>{labels.ifRaised}</em> <InlineText text={block.ifRaised} />
            </p>
          )}
        </div>
      );
    default:
      return <p className="bf-item-text">{text}</p>;
  }
}

function TitleBlock({ document, labels, kicker }: { document: BriefDocument; labels: BriefLabels; kicker: string }) {
  const { meeting } = document;
  const rows: Array<[string, string]> = [];
  const when = [meeting.dateLabel, meeting.time].filter(Boolean).join(', ');
  if (when) rows.push([meeting.time ? `${labels.meeting.date} · ${labels.meeting.time}` : labels.meeting.date, when]);
  if (meeting.place) rows.push([labels.meeting.place, meeting.place]);
  if (meeting.counterpart) rows.push([labels.meeting.counterpart, meeting.counterpart]);
  if (meeting.attendees.length > 0) rows.push([labels.meeting.attendees, meeting.attendees.join('; ')]);
  return (
    <div className="bf-title-block">
      <p className="bf-kicker">{kicker}</p>
      <h1 className="bf-title">{document.title}</h1>
      {rows.length > 0 && (
        <dl className="bf-meeting">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/**
 * The brief as blocks for the pagination: the title block, each section's heading (kept with its
 * first line) and lines, the end notes; the annex of cited cards is a chapter of its own, on a new page.
 */
export function briefChapters(document: BriefDocument, labels: BriefLabels, kicker: string): BriefPrintChapter[] {
  const blocks: BriefPrintBlock[] = [
    {
      key: 'title',
      className: 'bf-block',
      parts: [<TitleBlock key="t" document={document} labels={labels} kicker={kicker} />],
    },
  ];
  for (const section of document.sections) {
    blocks.push({
      key: `${section.id}/heading`,
      className: 'bf-section-heading',
      parts: [
        <h2 key="h" id={section.anchor}>
          {labels.sections[section.id]}
        </h2>,
      ],
      keepWithNext: true,
    });
    const numbered = section.id !== 'pen-pictures' && section.id !== 'timeline' && section.id !== 'addenda';
    section.blocks.forEach((block, index) => {
      blocks.push({
        key: `${section.id}/${block.itemId}`,
        className: `bf-item bf-item-${section.id}`,
        parts: [
          <div key="i" className="bf-item-row">
            {numbered && <span className="bf-item-number">{index + 1}.</span>}
            <div className="bf-item-body">{itemBody(section.id, block, labels)}</div>
          </div>,
        ],
      });
    });
  }
  if (document.notes.length > 0) {
    blocks.push({
      key: 'notes/heading',
      className: 'bf-notes-heading',
      parts: [<h2 key="h">{labels.notes}</h2>],
      keepWithNext: true,
    });
    for (const note of document.notes) {
      blocks.push({
        key: `notes/${note.number}`,
        className: 'bf-note',
        parts: [
          <p key="n">
            <span className="bf-note-number">{note.number}</span>
            {note.citations.map((citation, index) => (
              <span key={citation.factId}>
                {index > 0 && '; '}
                {citation.cardTitle ? (
                  <>
                    {citation.label !== citation.cardTitle && (
                      <span className="bf-note-label">{citation.label} — </span>
                    )}
                    <cite lang="en">{citation.cardTitle}</cite>
                  </>
                ) : (
                  <span>
                    {citation.label || citation.factId} ({labels.missingCard})
                  </span>
                )}
              </span>
            ))}
          </p>,
        ],
      });
    }
  }
  if (document.asOf) {
    blocks.push({
      key: 'as-of',
      className: 'bf-as-of',
      parts: [
        <aside key="a">
          <p className="bf-as-of-label">{fillTemplate(labels.factsAsOf, { date: document.asOf.label })}</p>
          <p>{labels.factsAsOfNote}</p>
        </aside>,
      ],
    });
  }
  const chapters: BriefPrintChapter[] = [{ key: 'brief', blocks }];
  if (document.annex.length > 0) {
    const annex: BriefPrintBlock[] = [
      {
        key: 'annex/heading',
        className: 'bf-annex-heading',
        parts: [
          <h2 key="h">{labels.annex}</h2>,
          <p key="p" className="bf-annex-intro">
            {labels.annexIntro}
          </p>,
        ],
        keepWithNext: true,
      },
    ];
    for (const card of document.annex) {
      annex.push({
        key: `annex/${card.factId}`,
        className: 'bf-annex-card',
        parts: [
          <div key="t" lang="en">
            <h3>{card.title}</h3>
            <p className="bf-annex-summary">{card.summary}</p>
          </div>,
          <p key="b" lang="en">
            {card.body}
          </p>,
          <p key="m" className="bf-annex-meta">
            {[card.dateLabel, card.sourceLabel].filter(Boolean).join(' · ')}
          </p>,
          ...card.caveats.map((caveat) => (
            <p key={caveat.sourceText} className="bf-annex-caveat">
              <strong>{labels.caveat}:</strong> {fillTemplate(labels.caveatSource, { text: caveat.sourceText })}{' '}
              <span lang="en">{caveat.note}</span>
            </p>
          )),
        ],
      });
    }
    chapters.push({ key: 'annex', blocks: annex });
  }
  return chapters;
}
