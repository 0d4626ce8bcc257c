import { useEffect, useRef, useState } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import type { CardMatch } from '../../../../shared/search/cardSearch';
import { FactCard, type CardAnnotations } from './FactCard';
import { moveFocusInGrid } from './gridKeyboard';

interface CardGridProps {
  facts: readonly Fact[];
  starred: ReadonlySet<string>;
  annotations: ReadonlyMap<string, CardAnnotations>;
  matches?: ReadonlyMap<string, CardMatch>;
  onOpen: (fact: Fact) => void;
  onToggleStar: (fact: Fact) => void;
}

const noAnnotations: CardAnnotations = { notes: [], highlights: [], tags: [] };

/** Cards rendered at first and added per step: a library of thousands paints its first screen at once. */
export const cardsPerStep = 60;

export function CardGrid({ facts, starred, annotations, matches, onOpen, onToggleStar }: CardGridProps) {
  const [shown, setShown] = useState({ facts, count: cardsPerStep });
  const sentinelRef = useRef<HTMLDivElement>(null);
  // A new list (another topic, another query) starts again from its first step.
  const count = shown.facts === facts ? shown.count : cardsPerStep;
  if (shown.facts !== facts) setShown({ facts, count: cardsPerStep });
  const more = facts.length - count;

  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || more <= 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setShown((old) => ({ facts: old.facts, count: old.count + cardsPerStep }));
        }
      },
      { rootMargin: '600px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [more]);

  return (
    <>
      <div className="card-grid" onKeyDown={moveFocusInGrid}>
        {facts.slice(0, count).map((fact) => (
          <FactCard
            key={fact.id}
            fact={fact}
            starred={starred.has(fact.id)}
            annotations={annotations.get(fact.id) ?? noAnnotations}
            match={matches?.get(fact.id)}
            onOpen={onOpen}
            onToggleStar={onToggleStar}
          />
        ))}
      </div>
      {more > 0 && (
        <div ref={sentinelRef} className="grid-more">
          <button type="button" className="button" onClick={() => setShown({ facts, count: count + cardsPerStep })}>
            Show {Math.min(more, cardsPerStep)} more of {more} cards
          </button>
        </div>
      )}
    </>
  );
}
