import type { TopicId } from '../../../../shared/topics';
import type { OwnCardSource } from '../../../../shared/schema/ownCard';
import { useT } from '../../i18n';
import { emptyDraft, newRowKey, type CardDraft } from './cardFormModel';

/** What the reader hands the form (features/sources' SourceCardStart, by shape, so this feature needs no import). */
export interface CardFromSource {
  sourceId: string;
  sourceTitle: string;
  paragraphs: number[];
  quote?: { text: string; target: NonNullable<OwnCardSource['quote']>['target'] };
  figure?: { display: string };
  outlet?: string;
}

/** A new card from a source: the quote, paragraphs and credit are the source's; the words are left to the user. */
export function draftFromSource(start: CardFromSource, topic?: TopicId): CardDraft {
  return {
    ...emptyDraft(topic),
    figures: start.figure ? [{ key: newRowKey(), display: start.figure.display, measures: '' }] : [],
    source: {
      sourceId: start.sourceId,
      paragraphs: [...start.paragraphs],
      ...(start.quote ? { quote: { text: start.quote.text, target: start.quote.target } } : {}),
      ...(start.outlet ? { outlet: start.outlet } : {}),
    },
  };
}

/** The part of a card from a source the user does not type: its quote, verbatim, and where it stands. */
export function CardSourceNote({ source, title }: { source: OwnCardSource; title?: string }) {
  const t = useT();
  const paragraph = source.paragraphs[0] ?? 1;
  return (
    <section className="card-source-note" aria-label={t('sources.card.fromSource')}>
      <h3 className="card-source-note-title">{t('sources.card.fromSource')}</h3>
      {source.quote && (
        <figure className="detail-quote">
          <blockquote>
            <p>“{source.quote.text}”</p>
          </blockquote>
          <figcaption>
            {title
              ? t('sources.card.quoteFrom', { paragraph, title })
              : t('sources.card.quoteFromParagraph', { paragraph })}
          </figcaption>
        </figure>
      )}
      <p className="card-source-note-cites">
        {title
          ? t('sources.card.sourceLocked', { title, paragraphs: source.paragraphs.join(', ¶') })
          : t('sources.card.paragraphsCited', { paragraphs: source.paragraphs.join(', ¶') })}
      </p>
      {source.outlet && (
        <p className="card-source-note-cites">{t('sources.card.creditOutlet', { outlet: source.outlet })}</p>
      )}
    </section>
  );
}
