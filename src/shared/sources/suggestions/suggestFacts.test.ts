import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../schema/fact';
import { readingView } from '../readingView';
import { sourceSuggestionSchema, suggestionsForSource } from '../sourceSuggestions';
import { seed, seedArticle, shippedRecord } from '../testing/shippedArticle';
import { factSuggestionSchema, suggestFacts, type FactSuggestion } from './suggestFacts';

const numeric = new Set(['money', 'percentage', 'quantity', 'number', 'date']);
/** Number words of English, listed here independently of the code under test. */
const numberWord =
  /(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)(?![\p{L}])/giu;

const brief = (suggestions: FactSuggestion[]) => suggestions.map(({ kind, text }) => `${kind}: ${text}`);
const stem = (word: string) => word.toLowerCase().replace(/s$/, '');

describe('suggestions on the shipped article', () => {
  const suggestions = suggestionsForSource(shippedRecord);
  const view = readingView(shippedRecord);

  it('suggest every number of the article, in digits or in words', () => {
    const numbers = [...view.text.matchAll(/\d+(?:\.\d+)?/g), ...view.text.matchAll(numberWord)];
    expect(numbers.length).toBeGreaterThanOrEqual(20);
    for (const number of numbers) {
      const covering = suggestions.find(
        (suggestion) =>
          numeric.has(suggestion.kind) &&
          suggestion.start <= number.index &&
          suggestion.end >= number.index + number[0].length,
      );
      expect(covering, `“${number[0]}” at ${number.index}`).toBeDefined();
    }
  });

  it('offer each seed card’s figure, with its value and unit, in the paragraphs the card cites', () => {
    const figures = seed.facts.flatMap((fact) => fact.figures.map((figure) => ({ fact, figure })));
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const { fact, figure } of figures) {
      const offered = suggestions.filter(
        (suggestion) => fact.paragraphs!.includes(suggestion.paragraph) && suggestion.figure?.value === figure.value,
      );
      const matching = offered.find((suggestion) => {
        const words = (suggestion.figure?.unit ?? '').split(' ').map(stem);
        return figure.unit.split(' ').every((word) => words.includes(stem(word)));
      });
      expect(matching, `${fact.id}: ${figure.display} (${figure.unit})`).toBeDefined();
      if (figure.qualifier === 'more than') expect(matching?.figure?.qualifier).toBe('more than');
    }
  });

  it('read the money as the cards do: USD 4 billion and USD 1.7 billion', () => {
    const money = suggestions.filter((suggestion) => suggestion.kind === 'money');
    expect(money.map(({ text, figure }) => [text, figure])).toEqual([
      ['USD 4 Billion', { value: 4, unit: 'USD billion', display: 'USD 4 billion' }],
      ['USD 1.7 billion', { value: 1.7, unit: 'USD billion', display: 'USD 1.7 billion' }],
    ]);
  });

  it('mark the names the cards name, and no common word that only opens a sentence', () => {
    const names = suggestions.filter((suggestion) => suggestion.kind === 'name').map((suggestion) => suggestion.text);
    for (const name of [
      'Seoul',
      'Nur-Sultan',
      'Astana Times',
      'Korea Herald',
      'Samsung',
      'Hyundai',
      'Lotte',
      'Fresh Wind',
      'Abai Kunanbaiuly',
      'Seoul Cyber University',
      'Central Asia',
      'New Deal',
      'Hong Kong',
      'Korean Peninsula',
    ]) {
      expect(
        names.some((text) => text.includes(name)),
        name,
      ).toBe(true);
    }
    expect(names.some((text) => text.includes('Moon Jae-in'))).toBe(true);
    for (const word of ['In', 'The', 'During', 'Amongst', 'He', 'There', 'Both', 'Towards']) {
      expect(
        names.some((text) => text.split(' ')[0] === word),
        word,
      ).toBe(false);
    }
  });

  it('place every suggestion in its paragraph of the reading text, with valid figures for the card schema', () => {
    for (const suggestion of suggestions) {
      expect(sourceSuggestionSchema.safeParse(suggestion).success).toBe(true);
      const paragraph = view.paragraphs[suggestion.paragraph - 1]!;
      expect(suggestion.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(suggestion.end).toBeLessThanOrEqual(paragraph.end);
      expect(view.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
      if (suggestion.figure?.unit) {
        const figure = { ...suggestion.figure, unit: suggestion.figure.unit, measures: 'what the user writes' };
        expect(figureSchema.safeParse(figure).success).toBe(true);
      }
    }
  });

  it('date the summit to August 2021 and read 2019 and 2025 as years', () => {
    const dates = suggestions.filter((suggestion) => suggestion.kind === 'date');
    expect(dates.map(({ text, date }) => [text, date?.iso])).toEqual([
      ['2025', '2025'],
      ['2019', '2019'],
      ['August 2021', '2021-08'],
    ]);
  });

  it('find the same in a paragraph as in the seed article’s paragraph text alone', () => {
    expect(brief(suggestFacts(seedArticle.paragraphs[2]!))).toEqual(
      brief(suggestions.filter((suggestion) => suggestion.paragraph === 3)),
    );
  });
});

describe('suggestions in other texts', () => {
  it('read money before or after its number, in symbols, codes and words, Korean myriads included', () => {
    const found = suggestFacts('Deals worth $1.2bn, 300 million euros, KZT 5,000, 40억 달러 and €7m were signed.');
    expect(found.filter((item) => item.kind === 'money').map((item) => [item.text, item.figure?.display])).toEqual([
      ['$1.2bn', 'USD 1.2 billion'],
      ['300 million euros', 'EUR 300 million'],
      ['KZT 5,000', 'KZT 5,000'],
      ['40억 달러', 'USD 4 billion'],
      ['€7m', 'EUR 7 million'],
    ]);
  });

  it('read percentages and percentage points, with the hedge the text puts on them', () => {
    const found = suggestFacts('Exports rose nearly 12.5% and margins 3 percentage points, or 40 per cent.');
    expect(found.filter((item) => item.kind === 'percentage').map((item) => [item.text, item.figure])).toEqual([
      ['nearly 12.5%', { value: 12.5, unit: '%', display: '12.5%', qualifier: 'nearly' }],
      ['3 percentage points', { value: 3, unit: 'percentage points', display: '3 percentage points' }],
      ['40 per cent', { value: 40, unit: '%', display: '40%' }],
    ]);
  });

  it('read dates in English, Russian and Korean, and ISO and day.month.year forms', () => {
    const text = 'On 17 August 2021, August 18, 2021, 2021-08-19, 20.08.2021, 21 августа 2021 г. and 2021년 8월 22일.';
    expect(
      suggestFacts(text)
        .filter((item) => item.kind === 'date')
        .map((item) => item.date?.iso),
    ).toEqual(['2021-08-17', '2021-08-18', '2021-08-19', '2021-08-20', '2021-08-21', '2021-08-22']);
    // An impossible day is not read as a day; what is left of it is the year.
    const impossible = suggestFacts('On 2021-02-30 and 31.04.2021.').filter((item) => item.kind === 'date');
    expect(impossible.map((item) => item.date?.iso)).toEqual(['2021']);
  });

  it('read numbers the way the text’s locale writes them', () => {
    const russian = suggestFacts('Товарооборот составил 1 700,5 млн долларов.', { locale: 'ru' });
    expect(russian.find((item) => item.kind === 'money')?.figure).toEqual({
      value: 1700.5,
      unit: 'USD million',
      display: 'USD 1,700.5 million',
    });
    const english = suggestFacts('Some 1,500 students and twenty-four teachers; no one else.');
    expect(english.map((item) => [item.kind, item.text, item.figure?.value])).toEqual([
      ['quantity', 'Some 1,500 students', 1500],
      ['quantity', 'twenty-four teachers', 24],
    ]);
  });

  it('give a currency symbol to the number it prefixes, not to the number before it', () => {
    const found = suggestFacts('two $2021');
    expect(found.map((item) => [item.kind, item.text, item.figure?.display])).toEqual([
      ['number', 'two', '2'],
      ['money', '$2021', 'USD 2,021'],
    ]);
  });

  it('never throw, and always give well-formed, ordered, non-overlapping suggestions inside the text', () => {
    const piece = fc.constantFrom(
      'USD',
      '$',
      '4',
      '1.7',
      ',',
      '.',
      ' ',
      'billion',
      'two',
      'August',
      '2021',
      '%',
      'Seoul',
      'the',
      'The',
      'of',
      '-',
      '억',
      '₸',
      '+',
      'more than',
      '\n',
      'Jae-in',
      '’s',
      '17',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const found = suggestFacts(text);
        let previousEnd = 0;
        for (const suggestion of found) {
          expect(factSuggestionSchema.safeParse(suggestion).success).toBe(true);
          expect(suggestion.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
          previousEnd = suggestion.end;
        }
      }),
    );
  });
});
