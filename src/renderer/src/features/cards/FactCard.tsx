import { memo } from 'react';
import { paragraphsShort } from '../../../../shared/citation';
import { paragraphsOfArticleText } from '../../../../shared/i18n/citationText';
import { formatFactDate, formatFigure } from '../../../../shared/i18n/formats';
import { useTranslator, type Translate } from '../../i18n';
import type { Tag } from '../../../../shared/schema/annotations';
import type { Fact } from '../../../../shared/schema/fact';
import { snippetAround } from '../../../../shared/search/matchRanges';
import { MarkedText } from '../search';
import type { CardMatch } from '../../../../shared/search/cardSearch';
import { TagChip } from '../tags';
import { StarButton } from './StarButton';
import { TopicTag } from './TopicTag';

export interface CardAnnotations {
  notes: string[];
  highlights: string[];
  tags: Tag[];
}

interface FactCardProps {
  fact: Fact;
  starred: boolean;
  annotations: CardAnnotations;
  match?: CardMatch;
  onOpen: (fact: Fact) => void;
  onToggleStar: (fact: Fact) => void;
}

/** Where a search matched the user's own words, a line of context so they see why the card is here. */
/** The first of `texts` with a match, as a snippet: the rest are not tokenised (a card may carry dozens of notes). */
function firstSnippet(texts: readonly string[], terms: readonly string[]): string | undefined {
  for (const text of texts) {
    const snippet = snippetAround(text, terms);
    if (snippet) return snippet;
  }
  return undefined;
}

function matchContext(
  annotations: CardAnnotations,
  match: CardMatch | undefined,
  t: Translate,
): { label: string; text: string } | undefined {
  if (!match) return undefined;
  if (match.fields.has('notes')) {
    const text = firstSnippet(annotations.notes, match.terms);
    if (text) return { label: t('card.inNotes'), text };
  }
  if (match.fields.has('highlights')) {
    const text = firstSnippet(annotations.highlights, match.terms);
    if (text) return { label: t('card.inHighlights'), text };
  }
  return undefined;
}

export const FactCard = memo(function FactCard({
  fact,
  starred,
  annotations,
  match,
  onOpen,
  onToggleStar,
}: FactCardProps) {
  const titleId = `card-title-${fact.id}`;
  const figures = fact.figures.slice(0, 2);
  const terms = match?.terms ?? [];
  const translator = useTranslator();
  const { t, locale } = translator;
  const context = matchContext(annotations, match, t);
  return (
    <article className="card" aria-labelledby={titleId} data-topic={fact.topic}>
      <div className="card-meta">
        <TopicTag topic={fact.topic} />
        {fact.date && <span className="card-date">{formatFactDate(fact.date, locale)}</span>}
        {fact.origin === 'user' && <span className="badge badge-own">{t('card.yours')}</span>}
      </div>
      <h3 className="card-title" id={titleId} lang="en">
        <button type="button" className="card-open" data-card-open onClick={() => onOpen(fact)}>
          <MarkedText text={fact.title} terms={terms} />
        </button>
      </h3>
      {figures.length > 0 && (
        <dl className="card-figures">
          {figures.map((figure) => (
            <div key={`${figure.display}-${figure.measures}`} className="card-figure">
              <dt lang="en">{figure.measures}</dt>
              <dd>{formatFigure(figure, locale)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="card-summary" lang="en">
        <MarkedText text={fact.summary} terms={terms} />
      </p>
      {context && (
        <p className="card-match">
          <span className="card-match-label">{context.label}</span>{' '}
          <span lang="en">
            <MarkedText text={context.text} terms={terms} />
          </span>
        </p>
      )}
      {annotations.tags.length > 0 && (
        <ul className="card-tags" aria-label={t('card.tags')}>
          {annotations.tags.map((tag) => (
            <li key={tag.id}>
              <TagChip tag={tag} />
            </li>
          ))}
        </ul>
      )}
      <div className="card-footer">
        <span className="card-source">
          {fact.paragraphs && fact.paragraphs.length > 0 && (
            <abbr title={paragraphsOfArticleText(fact.paragraphs, translator)}>{paragraphsShort(fact.paragraphs)}</abbr>
          )}
          {fact.attributions && (
            <span className="card-attribution" lang="en">
              {fact.attributions.map((credit) => credit.label).join(' · ')}
            </span>
          )}
        </span>
        {annotations.notes.length > 0 && (
          <span className="badge badge-annotation" title={t('card.notes.title')}>
            {t('card.notes', { count: annotations.notes.length })}
          </span>
        )}
        {annotations.highlights.length > 0 && (
          <span className="badge badge-annotation" title={t('card.highlights.title')}>
            {t('card.highlights', { count: annotations.highlights.length })}
          </span>
        )}
        {fact.caveats.length > 0 && <span className="badge badge-caveat">{t('card.caveat')}</span>}
        <StarButton starred={starred} onToggle={() => onToggleStar(fact)} />
      </div>
    </article>
  );
});
