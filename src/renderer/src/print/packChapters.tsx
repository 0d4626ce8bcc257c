import type { ReactNode } from 'react';
import type { PackCard, PackModel } from '../../../shared/export/packModel';
import type { TopicId } from '../../../shared/topics';
import { renderNoteMarkdown } from '../ui/renderNoteMarkdown';
import type { MessageKey } from '../../../shared/i18n/catalogues';
import { formatFigure } from '../../../shared/i18n/formats';
import type { Translator } from '../../../shared/i18n/translator';
import type { HighlightColor } from '../../../shared/schema/annotations';

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

const highlightSwatches: Record<HighlightColor, MessageKey> = {
  yellow: 'colour.yellow',
  green: 'colour.green',
  blue: 'colour.blue',
  pink: 'colour.pink',
  violet: 'colour.violet',
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

function list(label: string, items: string[], lang?: string): ReactNode {
  return (
    <div className="pk-meta-row" key={label}>
      <span className="pk-meta-label">{label}</span>
      <span className="pk-meta-value" lang={lang}>
        {items.join(' · ')}
      </span>
    </div>
  );
}

function cardParts(card: PackCard, translator: Translator): ReactNode[] {
  const { t } = translator;
  const parts: ReactNode[] = [
    <header className="pk-card-head">
      <h2 className="pk-card-title" lang="en">
        {card.title}
      </h2>
      {card.origin === 'user' && <span className="pk-own-label">{t('pack.yourCard')}</span>}
      <p className="pk-card-summary" lang="en">
        {card.summary}
      </p>
    </header>,
  ];
  if (card.figures.length > 0) {
    parts.push(
      <dl className="pk-card-figures">
        {card.figures.map((figure, index) => (
          <div className="pk-card-figure" key={index}>
            <dt className="pk-figure-value">{formatFigure(figure, translator.locale)}</dt>
            <dd className="pk-figure-measures" lang="en">
              {figure.measures}
            </dd>
          </div>
        ))}
      </dl>,
    );
  }
  for (const paragraph of card.body.split(/\n\s*\n/).filter((text) => text.trim())) {
    parts.push(
      <p className="pk-card-body" lang="en">
        {paragraph}
      </p>,
    );
  }
  if (card.quote) {
    parts.push(
      <blockquote className="pk-card-quote">
        <span lang="en">“{card.quote.text}”</span>{' '}
        <cite>{t('pack.quoteParagraph', { paragraph: card.quote.paragraph })}</cite>
      </blockquote>,
    );
  }
  const meta: ReactNode[] = [];
  if (card.people.length > 0)
    meta.push(
      list(
        t('pack.people'),
        card.people.map((person) => `${person.name}, ${person.role}`),
      ),
    );
  if (card.organisations.length > 0)
    meta.push(
      list(
        t('pack.organisations'),
        card.organisations.map((item) => item.name),
      ),
    );
  if (card.places.length > 0) meta.push(list(t('pack.places'), card.places, 'en'));
  if (card.dateLabel) meta.push(list(t('pack.date'), [card.dateLabel]));
  if (meta.length > 0) parts.push(<div className="pk-card-meta">{meta}</div>);
  if (card.sourceLine) parts.push(<p className="pk-source-line">{card.sourceLine}</p>);
  for (const caveat of card.caveats) {
    parts.push(
      <aside className="pk-caveat">
        <p className="pk-caveat-label">{t('pack.caveat')}</p>
        <p>
          {t('pack.caveat.sourceSays', { text: caveat.sourceText })} <span lang="en">{caveat.note}</span>
        </p>
      </aside>,
    );
  }
  card.notes.forEach((note, index) => {
    parts.push(
      <section className={`pk-annotation pk-note${index === 0 ? ' pk-annotation-first' : ''}`}>
        {index === 0 && <p className="pk-annotation-label">{t('pack.notes')}</p>}
        {/* renderNoteMarkdown escapes raw HTML and writes only markdown-it's own tags. */}
        <div className="pk-note-text" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(note.markdown) }} />
      </section>,
    );
  });
  card.highlights.forEach((highlight, index) => {
    parts.push(
      <section className={`pk-annotation pk-highlight${index === 0 ? ' pk-annotation-first' : ''}`}>
        {index === 0 && <p className="pk-annotation-label">{t('pack.highlights')}</p>}
        <p className="pk-highlight-quote" lang="en">
          <span className={`pk-swatch pk-swatch-${highlight.color}`} title={t(highlightSwatches[highlight.color])} />“
          {highlight.quote}”
        </p>
        {highlight.comment && <p className="pk-highlight-comment">{highlight.comment}</p>}
      </section>,
    );
  });
  return parts;
}

export function packChapters(pack: PackModel, translator: Translator): Chapter[] {
  const { t } = translator;
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
                <p className="pk-key-figure-value">{formatFigure(figure, translator.locale)}</p>
                <p className="pk-key-figure-measures" lang="en">
                  {figure.measures}
                </p>
                <p className="pk-key-figure-card" lang="en">
                  {cardTitle}
                </p>
              </div>
            ))}
          </>,
        ],
      });
    }
    chapters.push({
      key: 'key-figures',
      anchor: 'section-key-figures',
      title: t('pack.keyFigures'),
      blocks: [
        opener(
          'section-key-figures',
          t('pack.keyFigures.kicker'),
          t('pack.keyFigures'),
          t('pack.keyFigures.description'),
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
        opener(
          section.anchor,
          t('pack.section', { number: index + 1 }),
          section.label,
          section.description ?? '',
          section.topic,
        ),
        ...section.cards.map((card) => ({
          key: card.id,
          className: `pk-card${card.origin === 'user' ? ' pk-card-own' : ''}`,
          topic: section.topic,
          parts: cardParts(card, translator),
        })),
      ],
    });
  });
  if (pack.sources.length > 0) {
    chapters.push({
      key: 'sources',
      anchor: 'section-sources',
      title: t('pack.sources'),
      blocks: [
        opener('section-sources', t('pack.sources.kicker'), t('pack.sources'), t('pack.sources.description')),
        ...pack.sources.map((source) => ({
          key: source.id,
          className: 'pk-source',
          parts: [
            <>
              <p className="pk-source-title" lang="en">
                {source.title}
              </p>
              <p className="pk-source-meta">{[source.publisher, source.date].filter(Boolean).join(' · ')}</p>
              <p className="pk-source-description" lang="en">
                {source.description}
              </p>
            </>,
          ],
        })),
      ],
    });
  }
  return chapters;
}
