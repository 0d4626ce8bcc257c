import type { Library } from '../../../../shared/contract';
import type { Fact, Figure } from '../../../../shared/schema/fact';
import type { TopicId } from '../../../../shared/topics';
import { topics } from '../../../../shared/topics';

/** What the sidebar can select: every card, the starred ones, or one topic. */
export type Selection = 'all' | 'starred' | TopicId;

export function isSelection(value: string): value is Selection {
  return value === 'all' || value === 'starred' || topics.some((topic) => topic.id === value);
}

export function factsInSelection(library: Library, selection: Selection): Fact[] {
  if (selection === 'all') return library.facts;
  if (selection === 'starred') {
    const starred = new Set(library.starred);
    return library.facts.filter((fact) => starred.has(fact.id));
  }
  return library.facts.filter((fact) => fact.topic === selection);
}

export function selectionCounts(library: Library): Record<Selection, number> {
  const counts = { all: library.facts.length, starred: 0 } as Record<Selection, number>;
  for (const topic of topics) counts[topic.id] = 0;
  for (const fact of library.facts) counts[fact.topic] += 1;
  const ids = new Set(library.facts.map((fact) => fact.id));
  counts.starred = library.starred.filter((id) => ids.has(id)).length;
  return counts;
}

export interface KeyFigure {
  figure: Figure;
  fact: Fact;
}

/** The figures to set large above the cards: each card's first, then any others, without repeats. */
export function keyFigures(facts: readonly Fact[], limit = 6): KeyFigure[] {
  const seen = new Set<string>();
  const picked: KeyFigure[] = [];
  const rounds = [
    facts.map((fact) => ({ fact, figures: fact.figures.slice(0, 1) })),
    facts.map((fact) => ({ fact, figures: fact.figures.slice(1) })),
  ];
  for (const round of rounds) {
    for (const { fact, figures } of round) {
      for (const figure of figures) {
        const key = `${figure.display}|${figure.measures}`;
        if (seen.has(key) || picked.length >= limit) continue;
        seen.add(key);
        picked.push({ figure, fact });
      }
    }
  }
  return picked;
}
