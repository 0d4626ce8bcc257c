import { describe, expect, it } from 'vitest';
import { bestCandidate, candidatesIn, matchQuote, type Candidate } from './matchQuote';
import { encodeLike, encodeText } from './symbolText';

describe('candidatesIn', () => {
  const text = 'Both leaders agreed to grow bilateral trade.';
  const encoded = encodeText(text)!;
  const quote = encodeLike(encoded, 'expand bilateral trade');
  const whole = { from: 0, to: encoded.symbols.length };

  it('offers every start at which a passage needs the fewest edits, not only the longest', () => {
    const candidates = candidatesIn(encoded, quote, 6, whole, 0);
    const passages = candidates.map((candidate) => text.slice(candidate.start, candidate.end));
    expect(passages).toContain('grow bilateral trade');
    expect(passages).toContain('o grow bilateral trade');
    expect(new Set(candidates.map((candidate) => candidate.errors))).toEqual(new Set([6]));
  });

  it('finds nothing beyond the error budget', () => {
    expect(candidatesIn(encoded, quote, 5, whole, 0)).toEqual([]);
  });

  it('searches only the window it is given, and reports offsets in the whole text', () => {
    const card = 'Trade grew in energy. Trade grew in health.';
    const cardSymbols = encodeText(card)!;
    const window = { from: card.indexOf('Trade grew in health'), to: card.length };
    const found = candidatesIn(cardSymbols, encodeLike(cardSymbols, 'Trade grew in wealth'), 5, window, card.length);
    expect(found.map((candidate) => card.slice(candidate.start, candidate.end))).toEqual(['Trade grew in health']);
  });
});

describe('matchQuote', () => {
  const quote = 'agreed to expand trade in health';
  const find = (card: string, near: { from: number; to: number }, prefix: string, hint: number) => {
    const symbols = encodeText(card)!;
    const encoded = encodeLike(symbols, quote);
    const context = { quoteLength: encoded.length, prefix, suffix: '.', hint };
    const found = matchQuote(card, symbols, encoded, 8, [near], { ...context, hintEnd: near.to });
    return found && card.slice(found.start, found.end);
  };

  it('takes the passage edited where it stands over an unedited copy elsewhere', () => {
    const card = 'In Almaty they agreed to expand trade in health. In Seoul they agreed to expend trade in health.';
    const at = card.indexOf('agreed to expend');
    expect(find(card, { from: at - 10, to: card.length }, 'In Seoul they ', at)).toBe(
      'agreed to expend trade in health',
    );
  });

  it('looks through the whole card when nothing near the old position has the stored context', () => {
    const card = 'In Seoul they agreed to expend trade in health. Elsewhere people agreed to extend trade in wealth.';
    const at = card.indexOf('agreed to extend');
    expect(find(card, { from: at - 10, to: card.length }, 'In Seoul they ', at)).toBe(
      'agreed to expend trade in health',
    );
  });
});

describe('bestCandidate', () => {
  const text = 'In Seoul they agreed to expand trade. In Almaty they agreed to expand trade.';
  const first = text.indexOf('agreed');
  const second = text.lastIndexOf('agreed');
  const length = 'agreed to expand trade'.length;
  const candidate = (start: number, errors = 0): Candidate => ({ start, end: start + length, errors });

  it('picks the candidate whose surroundings match the stored context', () => {
    const context = { quoteLength: length, prefix: 'In Almaty they ', suffix: '.', hint: first };
    expect(bestCandidate(text, [candidate(first), candidate(second)], context)).toEqual(candidate(second));
  });

  it('lets matching context outvote a few more errors in the quote', () => {
    const context = { quoteLength: length, prefix: 'In Almaty they ', suffix: '.', hint: first };
    expect(bestCandidate(text, [candidate(first, 0), candidate(second, 3)], context)).toEqual(candidate(second, 3));
  });

  it('breaks a tie by nearness to the old position', () => {
    const context = { quoteLength: length, prefix: ' they ', suffix: ' trade.', hint: second - 3 };
    const far = candidate(first);
    const near = candidate(second);
    expect(bestCandidate(text, [far, near], { ...context, suffix: '' })).toEqual(near);
    expect(bestCandidate(text, [near, far], { ...context, suffix: '', hint: first })).toEqual(far);
  });

  it('returns null without candidates', () => {
    expect(bestCandidate(text, [], { quoteLength: 3, prefix: '', suffix: '', hint: 0 })).toBeNull();
  });
});
