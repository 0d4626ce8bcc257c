import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from './anchorHighlight';
import { describeRange } from './textSelectors';

// Property-based tests for a card that repeats a phrase: whichever copy the user highlighted is the one found again,
// however the rest of the card moves, because each copy is known by its surroundings.

const letters = 'abcdefghijklmnopqrstuvwxyz';
const wordArb = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 7 });
/** A phrase of whole words, at least eight characters: long enough to be found fuzzily. */
const phraseArb = fc
  .array(wordArb, { minLength: 2, maxLength: 5 })
  .map((words) => words.join(' '))
  .filter((phrase) => phrase.length >= 8);
/** Distinct words between the copies: the only thing that tells one copy from another. */
const separatorsArb = fc.uniqueArray(fc.string({ unit: fc.constantFrom(...letters), minLength: 6, maxLength: 12 }), {
  minLength: 3,
  maxLength: 6,
});
const insertionArb = fc.string({ unit: fc.constantFrom(...letters, ' ', '.'), minLength: 1, maxLength: 60 });

interface RepeatedCard {
  text: string;
  /** Where each copy of the phrase starts. */
  starts: number[];
}

function repeatedCard(phrase: string, separators: readonly string[]): RepeatedCard {
  let text = '';
  const starts: number[] = [];
  for (const separator of separators) {
    text += `${separator} `;
    starts.push(text.length);
    text += `${phrase} `;
  }
  return { text: text.trimEnd(), starts };
}

/** A card repeating a phrase, with one copy highlighted by the user. */
const highlightedCardArb = fc.tuple(phraseArb, separatorsArb, fc.nat()).map(([phrase, separators, pick]) => {
  const { text, starts } = repeatedCard(phrase, separators);
  const start = starts[pick % starts.length]!;
  const end = start + phrase.length;
  return { phrase, text, start, end, target: describeRange(text, start, end) };
});

describe('repeated phrases', () => {
  it('finds the highlighted copy after an insertion anywhere outside it', () => {
    fc.assert(
      fc.property(highlightedCardArb, insertionArb, fc.nat(), ({ text, start, end, target }, insertion, where) => {
        const outside = [...Array(text.length + 1).keys()].filter((offset) => offset <= start || offset >= end);
        const at = outside[where % outside.length]!;
        const edited = text.slice(0, at) + insertion + text.slice(at);
        const shift = at <= start ? insertion.length : 0;
        const result = anchor(edited, target);
        expect(result && { start: result.start, end: result.end }).toEqual({ start: start + shift, end: end + shift });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the highlighted copy when every copy was edited alike and text was inserted before it', () => {
    fc.assert(
      fc.property(
        highlightedCardArb,
        insertionArb,
        fc.nat(),
        fc.constantFrom(...letters),
        ({ phrase, text, start, target }, insertion, where, letter) => {
          // One letter of the phrase changes in every copy; the phrase stays whole words, so no widening applies.
          const index = where % phrase.length;
          const changed = phrase[index] === ' ' ? phrase : phrase.slice(0, index) + letter + phrase.slice(index + 1);
          const edited = insertion + ' ' + text.replaceAll(phrase, changed);
          const result = anchor(edited, target);
          expect(result && edited.slice(result.start, result.end)).toBe(changed);
          expect(result?.start).toBe(insertion.length + 1 + start);
        },
      ),
      { numRuns: 300 },
    );
  });
});
