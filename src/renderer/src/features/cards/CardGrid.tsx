import type { Fact } from '../../../../shared/schema/fact';
import { FactCard } from './FactCard';
import { moveFocusInGrid } from './gridKeyboard';

interface CardGridProps {
  facts: readonly Fact[];
  starred: ReadonlySet<string>;
  onOpen(fact: Fact): void;
  onToggleStar(fact: Fact): void;
}

export function CardGrid({ facts, starred, onOpen, onToggleStar }: CardGridProps) {
  return (
    <div className="card-grid" onKeyDown={moveFocusInGrid}>
      {facts.map((fact) => (
        <FactCard
          key={fact.id}
          fact={fact}
          starred={starred.has(fact.id)}
          onOpen={onOpen}
          onToggleStar={onToggleStar}
        />
      ))}
    </div>
  );
}
