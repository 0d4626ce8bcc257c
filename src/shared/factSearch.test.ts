import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexFacts, normaliseText, queryTerms, searchFacts } from './factSearch';
import { seedSchema } from './schema/seed';

const seed = seedSchema.parse(
  JSON.parse(readFileSync(new URL('../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);
const index = indexFacts(seed.facts);

describe('searchFacts', () => {
  it('returns every card in seed order for an empty query', () => {
    expect(searchFacts(index, '   ').map((fact) => fact.id)).toEqual(seed.facts.map((fact) => fact.id));
  });

  it('matches word prefixes, ignoring case and accents', () => {
    const ids = searchFacts(index, 'HYUN').map((fact) => fact.id);
    expect(ids).toContain('korean-enterprises-in-kazakhstan');
    expect(normaliseText('Tokáyev')).toBe('tokayev');
  });

  it('requires every term to match', () => {
    const both = searchFacts(index, 'fresh wind');
    expect(both.length).toBeGreaterThan(0);
    for (const fact of both) expect(normaliseText(JSON.stringify(fact))).toMatch(/fresh/);
    expect(searchFacts(index, 'fresh zzzz')).toEqual([]);
  });

  it('ranks a title match above a mention in the body', () => {
    const [first] = searchFacts(index, 'Abai');
    expect(first?.title).toMatch(/Abai/);
  });

  it('keeps figures searchable, decimal points included', () => {
    expect(queryTerms('USD 1.7 billion')).toEqual(['usd', '1.7', 'billion']);
    expect(searchFacts(index, '1.7').map((fact) => fact.id)).toContain('deal-usd-1-7-billion');
  });
});
