import { memo } from 'react';
import { paragraphsOfArticle, paragraphsShort } from '../../../../shared/citation';
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
function matchContext(
  annotations: CardAnnotations,
  match: CardMatch | undefined,
): { label: string; text: string } | undefined {
  if (!match) return undefined;
  if (match.fields.has('notes')) {
    const text = annotations.notes.map((note) => snippetAround(note, match.terms)).find(Boolean);
    if (text) return { label: 'In your notes', text };
  }
  if (match.fields.has('highlights')) {
    const text = annotations.highlights.map((highlight) => snippetAround(highlight, match.terms)).find(Boolean);
    if (text) return { label: 'In your highlights', text };
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
  const context = matchContext(annotations, match);
  return (
    <article className="card" aria-labelledby={titleId} data-topic={fact.topic}>
      <div className="card-meta">
        <TopicTag topic={fact.topic} />
        {fact.date && <span className="card-date">{fact.date.label}</span>}
        {fact.origin === 'user' && <span className="badge badge-own">Your card</span>}
      </div>
      <h3 className="card-title" id={titleId}>
        <button type="button" className="card-open" data-card-open onClick={() => onOpen(fact)}>
          <MarkedText text={fact.title} terms={terms} />
        </button>
      </h3>
      {figures.length > 0 && (
        <dl className="card-figures">
          {figures.map((figure) => (
            <div key={`${figure.display}-${figure.measures}`} className="card-figure">
              <dt>{figure.measures}</dt>
              <dd>{figure.display}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="card-summary">
        <MarkedText text={fact.summary} terms={terms} />
      </p>
      {context && (
        <p className="card-match">
          <span className="card-match-label">{context.label}</span> <MarkedText text={context.text} terms={terms} />
        </p>
      )}
      {annotations.tags.length > 0 && (
        <ul className="card-tags" aria-label="Tags">
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
            <abbr title={paragraphsOfArticle(fact.paragraphs)}>{paragraphsShort(fact.paragraphs)}</abbr>
          )}
          {fact.attributions && (
            <span className="card-attribution">{fact.attributions.map((credit) => credit.label).join(' · ')}</span>
          )}
        </span>
        {annotations.notes.length > 0 && (
          <span className="badge badge-annotation" title="Your notes on this card">
            {annotations.notes.length} {annotations.notes.length === 1 ? 'note' : 'notes'}
          </span>
        )}
        {annotations.highlights.length > 0 && (
          <span className="badge badge-annotation" title="Your highlights on this card">
            {annotations.highlights.length} {annotations.highlights.length === 1 ? 'highlight' : 'highlights'}
          </span>
        )}
        {fact.caveats.length > 0 && <span className="badge badge-caveat">Caveat</span>}
        <StarButton starred={starred} onToggle={() => onToggleStar(fact)} />
      </div>
    </article>
  );
});
