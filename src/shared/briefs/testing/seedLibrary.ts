import seedJson from '../../../../resources/seed/summit-2021.json';
import type { Highlight, Note } from '../../schema/annotations';
import type { Fact } from '../../schema/fact';
import { seedSchema } from '../../schema/seed';
import type { AnnotationContext } from '../addToBrief';

/** The real shipped seed, parsed with its own schema: brief tests run on the facts a user has. */
export const seed = seedSchema.parse(seedJson);

export function seedCard(id: string): Fact {
  const fact = seed.facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`the seed has no card "${id}"`);
  return fact;
}

export interface TestLibrary {
  ownFacts?: Fact[];
  highlights?: Highlight[];
  notes?: Note[];
}

/**
 * A context with a clock that ticks one second per call and ids numbered per prefix, so every
 * test run builds the same briefs.
 */
export function testContext(library: TestLibrary = {}, start = '2026-11-27T10:00:00.000Z'): AnnotationContext {
  const cards = new Map([...seed.facts, ...(library.ownFacts ?? [])].map((fact) => [fact.id, fact]));
  const counters = new Map<string, number>();
  let tick = 0;
  return {
    now: () => new Date(Date.parse(start) + 1000 * tick++).toISOString(),
    newId: (prefix) => {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);
      return `${prefix}-${next}`;
    },
    fact: (id) => cards.get(id),
    highlight: (id) => library.highlights?.find((highlight) => highlight.id === id),
    note: (id) => library.notes?.find((note) => note.id === id),
  };
}

/** One of the user's own cards, as the store makes them: no source, no paragraphs. */
export function ownCard(fields: Partial<Fact> & Pick<Fact, 'id' | 'title'>): Fact {
  return {
    topic: 'delegations-people',
    summary: fields.title,
    body: fields.title,
    figures: [],
    people: [],
    organisations: [],
    places: [],
    caveats: [],
    origin: 'user',
    ...fields,
  };
}
