import type { Fact, Figure } from '../../../../shared/schema/fact';

export {
  allFacts,
  annotatedFactIds,
  factsInSelection,
  isRememberedSelection,
  selectionCounts,
  type RememberedSelection,
  type Selection,
} from '../../../../shared/librarySelection';

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
