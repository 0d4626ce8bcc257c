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

/**
 * The cards of `facts` that `matches` holds, best score first and in `facts`' order among equal
 * scores. At 10,000 cards a common word matches 7,000: the scores are read once into an array
 * beside the cards, so the sort compares numbers rather than looking both cards up at each step.
 */
export function rankedBySearch(facts: readonly Fact[], matches: { scoreOf(id: string): number | undefined }): Fact[] {
  const ranked: { fact: Fact; score: number; position: number }[] = [];
  facts.forEach((fact, position) => {
    const score = matches.scoreOf(fact.id);
    if (score !== undefined) ranked.push({ fact, score, position });
  });
  ranked.sort((a, b) => b.score - a.score || a.position - b.position);
  return ranked.map((entry) => entry.fact);
}
