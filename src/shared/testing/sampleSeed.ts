import type { Fact } from '../schema/fact';
import { seedSchema, type Seed } from '../schema/seed';

/** A seed card with every optional field left out; tests spread their own changes over it. */
export function sampleFact(overrides: Partial<Fact> & Pick<Fact, 'id'>): Fact {
  return {
    topic: 'overview',
    title: `Card ${overrides.id}`,
    summary: `A one-sentence summary of ${overrides.id}.`,
    body: `The full text of ${overrides.id}, written for the test.`,
    figures: [],
    people: [],
    organisations: [],
    places: [],
    sourceId: 'sample-article',
    paragraphs: [1],
    caveats: [],
    origin: 'seed',
    ...overrides,
  };
}

/**
 * A small, valid seed for store and router tests, independent of the shipped one: three cards
 * over two topics, drawn from two sources. Overrides replace whole top-level fields, and the
 * result is checked against the seed schema so a test can never start from an invalid seed.
 */
export function sampleSeed(revision = 1, overrides: Partial<Omit<Seed, 'seedRevision'>> = {}): Seed {
  return seedSchema.parse({
    seedRevision: revision,
    title: 'Sample summit',
    sources: [
      {
        id: 'sample-article',
        kind: 'article',
        title: 'A sample article',
        publisher: 'Sample Press',
        date: '2021-08-17',
        paragraphCount: 3,
        asOf: { iso: '2021-08', label: 'August 2021' },
        description: 'The article the sample cards are drawn from.',
      },
      {
        id: 'sample-outlet',
        kind: 'outlet',
        title: 'The Sample Times',
        description: 'An outlet the sample article cites.',
      },
    ],
    facts: [
      sampleFact({
        id: 'summit-overview',
        topic: 'overview',
        title: 'A state visit to Seoul',
        date: { iso: '2021-08', label: 'August 2021' },
        places: ['Seoul'],
      }),
      sampleFact({
        id: 'trade-volume',
        topic: 'trade-investment',
        title: 'Trade volume',
        paragraphs: [2, 3],
        figures: [{ value: 4, unit: 'USD billion', display: 'USD 4 billion', measures: 'Trade volume' }],
        attributions: [{ sourceId: 'sample-outlet', label: 'Reported by The Sample Times', paragraph: 2 }],
      }),
      sampleFact({
        id: 'enterprises',
        topic: 'trade-investment',
        title: 'Korean enterprises',
        paragraphs: [3],
        figures: [
          { value: 550, unit: 'enterprises', display: '550', measures: 'Korean enterprises', qualifier: 'more than' },
        ],
      }),
    ],
    ...overrides,
  });
}
