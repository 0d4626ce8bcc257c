import type { ReactNode } from 'react';
import type { PackCard, PackModel } from '../../../shared/export/packModel';
import type { TopicId } from '../../../shared/topics';
import { renderNoteMarkdown } from '../ui/renderNoteMarkdown';

/** A run of content that starts on a new page: key figures, one topic, the sources. */
export interface Chapter {
  key: string;
  anchor: string;
  title: string;
  topic?: TopicId;
  blocks: Block[];
}

/** The unit the paginator moves: a card, a chapter's opener, a row of figures, a source. */
export interface Block {
  key: string;
  className: string;
  topic?: TopicId;
  keepWithNext?: boolean;
  /** The smallest pieces a block taller than a page may be split between. */
  parts: ReactNode[];
}

const highlightSwatches: Record<string, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  violet: 'Violet',
};

function opener(anchor: string, kicker: string, title: string, description: string, topic?: TopicId): Block {
  return {
    key: `${anchor}-opener`,
    className: 'pk-opener',
    ...(topic ? { topic } : {}),
    keepWithNext: true,
    parts: [
      <>
        <p className="pk-kicker">{kicker}</p>
        <h1 className="pk-opener-title" id={anchor}>
          {title}
        </h1>
        {description && <p className="pk-opener-description">{description}</p>}
      </>,
    ],
  };
}

function list(label: string, items: string[]): ReactNode {
  return (
    <div className="pk-meta-row" key={label}>
      <span className="pk-meta-label">{label}</span>
      <span className="pk-meta-value">{items.join(' · ')}</span>
    </div>
  );
}

function cardParts(card: PackCard): ReactNode[] {
  const parts: ReactNode[] = [
    <header className="pk-card-head">
      <h2 className="pk-card-title">{card.title}</h2>
      {card.origin === 'user' && <span className="pk-own-label">Your card</span>}
      <p className="pk-card-summary">{card.summary}</p>
    </header>,
  ];
  if (card.figures.length > 0) {
    parts.push(
      <dl className="pk-card-figures">
        {card.figures.map((figure, index) => (
          <div className="pk-card-figure" key={index}>
            <dt className="pk-figure-value">{figure.display}</dt>
            <dd className="pk-figure-measures">{figure.measures}</dd>
          </div>
        ))}
      </dl>,
    );
  }
  for (const paragraph of card.body.split(/\n\s*\n/).filter((text) => text.trim())) {
    parts.push(<p className="pk-card-body">{paragraph}</p>);
  }
  if (card.quote) {
    parts.push(
      <blockquote className="pk-card-quote">
        “{card.quote.text}” <cite>paragraph {card.quote.paragraph}</cite>
      </blockquote>,
    );
  }
  const meta: ReactNode[] = [];
  if (card.people.length > 0)
    meta.push(
      list(
        'People',
        card.people.map((person) => `${person.name}, ${person.role}`),
      ),
    );
  if (card.organisations.length > 0)
    meta.push(
      list(
        'Organisations',
        card.organisations.map((item) => item.name),
      ),
    );
  if (card.places.length > 0) meta.push(list('Places', card.places));
  if (card.dateLabel) meta.push(list('Date', [card.dateLabel]));
  if (meta.length > 0) parts.push(<div className="pk-card-meta">{meta}</div>);
  if (card.sourceLine) parts.push(<p className="pk-source-line">{card.sourceLine}</p>);
  for (const caveat of card.caveats) {
    parts.push(
      <aside className="pk-caveat">
        <p className="pk-caveat-label">Caveat</p>
        <p>
          The source says “{caveat.sourceText}”. {caveat.note}
        </p>
      </aside>,
    );
  }
  card.notes.forEach((note, index) => {
    parts.push(
      <section className={`pk-annotation pk-note${index === 0 ? ' pk-annotation-first' : ''}`}>
        {index === 0 && <p className="pk-annotation-label">Your notes</p>}
        {/* renderNoteMarkdown escapes raw HTML and writes only markdown-it's own tags. */}
        <div className="pk-note-text" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(note.markdown) }} />
      </section>,
    );
  });
  card.highlights.forEach((highlight, index) => {
    parts.push(
      <section className={`pk-annotation pk-highlight${index === 0 ? ' pk-annotation-first' : ''}`}>
        {index === 0 && <p className="pk-annotation-label">Your highlights</p>}
        <p className="pk-highlight-quote">
          <span className={`pk-swatch pk-swatch-${highlight.color}`} title={highlightSwatches[highlight.color]} />“
          {highlight.quote}”
        </p>
        {highlight.comment && <p className="pk-highlight-comment">{highlight.comment}</p>}
      </section>,
    );
  });
  return parts;
}

export function packChapters(pack: PackModel): Chapter[] {
  const chapters: Chapter[] = [];
  if (pack.keyFigures.length > 0) {
    const rows: Block[] = [];
    for (let index = 0; index < pack.keyFigures.length; index += 2) {
      const pair = pack.keyFigures.slice(index, index + 2);
      rows.push({
        key: `figures-${index}`,
        className: 'pk-figure-row',
        parts: [
          <>
            {pair.map(({ figure, cardTitle, factId }) => (
              <div className="pk-key-figure" key={factId + figure.display}>
                <p className="pk-key-figure-value">{figure.display}</p>
                <p className="pk-key-figure-measures">{figure.measures}</p>
                <p className="pk-key-figure-card">{cardTitle}</p>
              </div>
            ))}
          </>,
        ],
      });
    }
    chapters.push({
      key: 'key-figures',
      anchor: 'section-key-figures',
      title: 'Key figures',
      blocks: [
        opener(
          'section-key-figures',
          'At a glance',
          'Key figures',
          'The numbers in this pack, each with the card it comes from.',
        ),
        ...rows,
      ],
    });
  }
  pack.sections.forEach((section, index) => {
    chapters.push({
      key: section.anchor,
      anchor: section.anchor,
      title: section.label,
      topic: section.topic,
      blocks: [
        opener(section.anchor, `Section ${index + 1}`, section.label, section.description ?? '', section.topic),
        ...section.cards.map((card) => ({
          key: card.id,
          className: `pk-card${card.origin === 'user' ? ' pk-card-own' : ''}`,
          topic: section.topic,
          parts: cardParts(card),
        })),
      ],
    });
  });
  if (pack.sources.length > 0) {
    chapters.push({
      key: 'sources',
      anchor: 'section-sources',
      title: 'Sources',
      blocks: [
        opener(
          'section-sources',
          'References',
          'Sources',
          'The article the cards are drawn from and the outlets and briefings it cites.',
        ),
        ...pack.sources.map((source) => ({
          key: source.id,
          className: 'pk-source',
          parts: [
            <>
              <p className="pk-source-title">{source.title}</p>
              <p className="pk-source-meta">{[source.publisher, source.date].filter(Boolean).join(' · ')}</p>
              <p className="pk-source-description">{source.description}</p>
            </>,
          ],
        })),
      ],
    });
  }
  return chapters;
}
