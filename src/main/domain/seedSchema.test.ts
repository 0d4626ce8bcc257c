import { describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { factSchema, type Fact } from '../../shared/schema/fact';
import { seedSchema } from '../../shared/schema/seed';
import { sourceSchema } from '../../shared/schema/source';
import { paragraphsChecksum, parseSeed } from './seed';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';

const paragraphs = ['First paragraph.', 'Second, with “quotes”.', 'Third.'];

/** The sample seed with its article carrying paragraph texts, and one card changed. */
function seedWith(
  change: (fact: Fact) => Fact = (fact) => fact,
  texts = paragraphs,
  checksum = paragraphsChecksum(texts),
) {
  const seed = sampleSeed();
  return {
    ...seed,
    sources: seed.sources.map((source) =>
      source.kind === 'article' ? { ...source, paragraphs: texts, checksum, paragraphCount: texts.length } : source,
    ),
    facts: seed.facts.map((fact) => (fact.id === 'trade-volume' ? change(fact) : fact)),
  };
}

function issues(raw: unknown): string[] {
  const result = seedSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('a card’s paragraphs', () => {
  it('are a non-empty list of distinct positive numbers', () => {
    expect(factSchema.safeParse(sampleFact({ id: 'a', paragraphs: [] })).success).toBe(false);
    expect(factSchema.safeParse(sampleFact({ id: 'a', paragraphs: [2, 2] })).success).toBe(false);
    expect(factSchema.safeParse(sampleFact({ id: 'a', paragraphs: [0] })).success).toBe(false);
    expect(factSchema.safeParse(sampleFact({ id: 'a', paragraphs: [3, 1] })).success).toBe(true);
    expect(factSchema.safeParse(sampleFact({ id: 'a', paragraphs: undefined })).success).toBe(false);
    expect(
      factSchema.safeParse(sampleFact({ id: 'a', origin: 'user', sourceId: undefined, paragraphs: undefined })).success,
    ).toBe(true);
  });

  it('include the quote’s paragraph and the paragraph of every credit', () => {
    const quoted = sampleFact({ id: 'a', paragraphs: [1], quote: { text: 'First', paragraph: 2 } });
    expect(factSchema.safeParse(quoted).error?.issues[0]?.message).toMatch(/quote's paragraph 2 is not among/);
    const credited = sampleFact({
      id: 'a',
      paragraphs: [1],
      attributions: [{ sourceId: 'sample-outlet', label: 'Reported by The Sample Times', paragraph: 3 }],
    });
    expect(factSchema.safeParse(credited).error?.issues[0]?.message).toMatch(
      /paragraph 3, which the card does not cite/,
    );
  });

  it('lie within the article', () => {
    expect(issues(seedWith((fact) => ({ ...fact, paragraphs: [2, 4] })))).toEqual([
      'paragraph 4 is beyond the 3 paragraphs of "sample-article"',
    ]);
  });
});

describe('the article’s paragraph texts', () => {
  it('travel with a checksum that parseSeed verifies', () => {
    expect(parseSeed(seedWith()).sources[0]?.paragraphs).toEqual(paragraphs);
    const tampered = seedWith(undefined, ['First paragraph!', ...paragraphs.slice(1)], paragraphsChecksum(paragraphs));
    expect(() => parseSeed(tampered)).toThrow(BriefingError);
    try {
      parseSeed(tampered);
    } catch (error) {
      expect((error as BriefingError).details).toEqual([
        'sources: the paragraph texts of "sample-article" do not match their checksum',
      ]);
    }
  });

  it('match the paragraph count, are one line each, and never come without their checksum', () => {
    const article = { id: 'a', kind: 'article', title: 'A', description: 'An article.' };
    const checksum = paragraphsChecksum(['One.']);
    expect(sourceSchema.safeParse({ ...article, paragraphs: ['One.'], checksum, paragraphCount: 2 }).success).toBe(
      false,
    );
    expect(sourceSchema.safeParse({ ...article, paragraphs: ['One.\nTwo.'], checksum }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...article, paragraphs: ['One.'] }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...article, paragraphs: ['One.'], checksum: 'md5:abc' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...article, paragraphs: ['One.'], checksum, paragraphCount: 1 }).success).toBe(
      true,
    );
  });
});
