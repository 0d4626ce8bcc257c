import type { Fact } from '../../../../shared/schema/fact';
import { StarButton } from './StarButton';
import { TopicTag } from './TopicTag';

interface FactCardProps {
  fact: Fact;
  starred: boolean;
  onOpen(fact: Fact): void;
  onToggleStar(fact: Fact): void;
}

export function FactCard({ fact, starred, onOpen, onToggleStar }: FactCardProps) {
  const titleId = `card-title-${fact.id}`;
  const figures = fact.figures.slice(0, 2);
  return (
    <article className="card" aria-labelledby={titleId} data-topic={fact.topic}>
      <div className="card-meta">
        <TopicTag topic={fact.topic} />
        {fact.date && <span className="card-date">{fact.date.label}</span>}
      </div>
      <h3 className="card-title" id={titleId}>
        <button type="button" className="card-open" data-card-open onClick={() => onOpen(fact)}>
          {fact.title}
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
      <p className="card-summary">{fact.summary}</p>
      <div className="card-footer">
        <span className="card-source">
          <abbr title={`Paragraph ${fact.paragraph} of the source article`}>¶{fact.paragraph}</abbr>
          {fact.attribution && <span className="card-attribution">{fact.attribution.label}</span>}
        </span>
        {fact.caveats.length > 0 && <span className="badge badge-caveat">Caveat</span>}
        <StarButton starred={starred} onToggle={() => onToggleStar(fact)} />
      </div>
    </article>
  );
}
