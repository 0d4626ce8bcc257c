import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange, maxQuoteLength } from '../../shared/annotation/textSelectors';
import type { Highlight } from '../../shared/schema/annotations';
import { emptyUserData, type UserData } from '../../shared/schema/database';
import { factSchema } from '../../shared/schema/fact';
import type { OwnCardInput } from '../../shared/schema/ownCard';
import type { OperationContext } from './annotationOperations';
import { createCard, deleteCard, updateCard } from './ownCards';
import { sampleSeed } from '../../shared/testing/sampleSeed';

function contextFor(user: () => UserData): OperationContext {
  return {
    now: () => '2021-08-17T09:00:00.000Z',
    fact: (id) => [...sampleSeed().facts, ...user().ownFacts].find((fact) => fact.id === id),
  };
}

let sequence = 0;
const newCardId = () => `user-${++sequence}`;

function input(body: string, overrides: Partial<OwnCardInput> = {}): OwnCardInput {
  return { topic: 'overview', title: 'Mine', body, figures: [], people: [], ...overrides };
}

function highlightOn(factId: string, text: string, start: number, end: number, id = 'highlight-1'): Highlight {
  const at = '2021-08-17T09:00:00.000Z';
  return { id, factId, color: 'yellow', target: describeRange(text, start, end), createdAt: at, updatedAt: at };
}

/** An own card with one highlight on [start, end) of its text. */
function highlightedCard(body: string, start: number, end: number) {
  let user: UserData = emptyUserData;
  const context = contextFor(() => user);
  const created = createCard(user, context, newCardId(), input(body));
  user = { ...created.user, highlights: [highlightOn(created.result.id, body, start, end)] };
  return { user, context, factId: created.result.id };
}

describe('createCard', () => {
  it('makes a valid user card, deriving the summary and figure values', () => {
    const { result } = createCard(
      emptyUserData,
      contextFor(() => emptyUserData),
      newCardId(),
      input('Trade grew fast. Then it slowed.', {
        figures: [
          { display: 'USD 4.5 billion', measures: 'Trade' },
          { display: '1,200', measures: 'Students' },
          { display: 'many', measures: 'Projects' },
        ],
      }),
    );
    expect(factSchema.parse(result)).toEqual(result);
    expect(result.id).toMatch(/^user-/);
    expect(result.summary).toBe('Trade grew fast.');
    expect(result.figures.map((figure) => [figure.value, figure.unit])).toEqual([
      [4.5, 'USD billion'],
      [1200, 'count'],
      [0, 'many'],
    ]);
  });

  it('keeps a summary the user wrote', () => {
    const { result } = createCard(
      emptyUserData,
      contextFor(() => emptyUserData),
      newCardId(),
      input('Text.', { summary: 'Mine' }),
    );
    expect(result.summary).toBe('Mine');
  });
});

describe('deleteCard', () => {
  it('answers not-found for a card that does not exist', () => {
    expect(() =>
      deleteCard(
        emptyUserData,
        contextFor(() => emptyUserData),
        'user-404',
      ),
    ).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('updateCard re-anchoring', () => {
  const words = fc.constantFrom(
    'Trade',
    'reached',
    'four',
    'billion',
    'dollars',
    'Seoul',
    'Astana',
    'energy',
    'and',
    'the',
  );
  const text = fc.array(words, { minLength: 3, maxLength: 40 }).map((list) => `${list.join(' ')}.`);
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 30 }),
    insert: fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 20 }),
      words.map((word) => `${word} `),
    ),
  });

  it('never drops a highlight: each either lands on text that is there or keeps its old target', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), edit, (body, a, b, { at, remove, insert }) => {
        const start = a % (body.length - 1);
        const end = start + 1 + (b % (body.length - start));
        const { user, context, factId } = highlightedCard(body, start, end);
        const from = at % (body.length + 1);
        const edited = `${body.slice(0, from)}${insert}${body.slice(from + remove)}` || 'x';

        const { user: after, result } = updateCard(user, context, factId, input(edited));

        expect(after.highlights).toHaveLength(1);
        const [highlight] = after.highlights;
        expect(result.highlights).toEqual(after.highlights);
        expect(highlight!.id).toBe(user.highlights[0]!.id);
        const { position, quote } = highlight!.target;
        const orphan = highlight!.target === user.highlights[0]!.target;
        if (!orphan) expect(edited.slice(position.start, position.end)).toBe(quote.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an edit that grows a long highlight past the stored limit, leaving the highlight as it was', () => {
    let body = 'Intro. ';
    for (let word = 0; body.length < maxQuoteLength + 60; word++) body += `word${word} `;
    const end = body.lastIndexOf(' ', 7 + maxQuoteLength);
    const { user, context, factId } = highlightedCard(body, 7, end);
    const edited = body.replace('word100 ', 'word100 and a few more words inserted right here ');

    const { user: after } = updateCard(user, context, factId, input(edited));

    expect(after.ownFacts[0]!.body).toBe(edited);
    expect(after.highlights).toEqual(user.highlights);
  });
});
