import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedArticle, seedArticleText } from '../testing/shippedArticle';
import { paragraphDisplay, paragraphProblem } from './paragraphSpans';
import { chooseTextRule, plainTextParagraphs, type PlainTextRule } from './plainTextParagraphs';

const shown = (text: string, rule: PlainTextRule) =>
  plainTextParagraphs(text, rule).map((paragraph) => paragraphDisplay(text, paragraph));

describe('plain text paragraphs', () => {
  it('read the shipped article as one paragraph per line: its nine paragraphs, word for word', () => {
    expect(chooseTextRule(seedArticleText)).toBe('lines');
    expect(shown(seedArticleText, 'lines')).toEqual(seedArticle.paragraphs);
  });

  it('read blank lines as paragraph breaks and single line breaks as wrapping once a text has a blank line', () => {
    const text = 'First paragraph,\nwrapped here.\n\nSecond paragraph.\n  \t\nThird,\n   indented.\n';
    expect(chooseTextRule(text)).toBe('blank-lines');
    expect(shown(text, 'blank-lines')).toEqual([
      'First paragraph,\nwrapped here.',
      'Second paragraph.',
      'Third,\n   indented.',
    ]);
  });

  it('read Windows and old Mac line breaks like Unix ones, keeping the text as it is', () => {
    const text = 'One\r\nline\r\n\r\nTwo\rthree';
    expect(chooseTextRule(text)).toBe('blank-lines');
    expect(shown(text, 'blank-lines')).toEqual(['One\r\nline', 'Two\rthree']);
    expect(shown(text, 'lines')).toEqual(['One', 'line', 'Two', 'three']);
  });

  it('do not take blank lines before the first or after the last paragraph as breaks between paragraphs', () => {
    const text = '\n\n  Headline\nFirst line\nSecond line\n\n\n';
    expect(chooseTextRule(text)).toBe('lines');
    expect(shown(text, 'lines')).toEqual(['Headline', 'First line', 'Second line']);
  });

  it('find nothing in a text of whitespace only', () => {
    expect(plainTextParagraphs(' \n\t\r\n ', 'lines')).toEqual([]);
    expect(plainTextParagraphs('', 'blank-lines')).toEqual([]);
  });

  // A "\r\n" is one line break, never a "\r" and a "\n" with an empty line between them.
  const lineBreak = '(?:\\r\\n|\\r(?!\\n)|\\n)';
  const blankLine = new RegExp(`${lineBreak}[^\\S\\r\\n]*${lineBreak}`);

  const textArb = fc
    .array(fc.constantFrom('a', 'B', '1', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', 'ж', '한', '.'), { maxLength: 80 })
    .map((parts) => parts.join(''));

  it('always give trimmed, ordered paragraphs that between them hold every non-space character', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom<PlainTextRule>('lines', 'blank-lines'), (text, rule) => {
        const paragraphs = plainTextParagraphs(text, rule);
        expect(paragraphProblem(text, paragraphs)).toBeNull();
        for (const paragraph of paragraphs) {
          const display = paragraphDisplay(text, paragraph);
          expect(display).toBe(display.trim());
          if (rule === 'lines') expect(display).not.toMatch(/[\r\n]/);
          else expect(display).not.toMatch(blankLine);
        }
        const covered = paragraphs.map((paragraph) => paragraphDisplay(text, paragraph)).join('');
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('choose blank lines exactly when a blank line stands between two lines of text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const blankBetween = new RegExp(`\\S[^\\r\\n]*${lineBreak}([^\\S\\r\\n]*${lineBreak})+[^\\r\\n]*\\S`).test(
          text,
        );
        expect(chooseTextRule(text)).toBe(blankBetween ? 'blank-lines' : 'lines');
      }),
    );
  });
});
