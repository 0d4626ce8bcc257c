import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../annotation/anchorHighlight';
import { BriefingError } from '../errors';
import { quoteSchema } from '../schema/fact';
import { paragraphRuleVersion, paragraphsByRule, type ParagraphRule } from './paragraphs/paragraphRules';
import { readingView, sourceStretches } from './readingView';
import { cardDraftFromQuote, quoteFromSelection, reanchorQuote, sourceQuoteSchema } from './sourceQuote';
import { seed, shippedRecord } from './testing/shippedArticle';

/** The same text under another rule: what adjusting the paragraphing does to a source. */
function reparagraphed<T extends { text: string; id: string }>(source: T, rule: ParagraphRule) {
  return {
    ...source,
    paragraphing: { rule, version: paragraphRuleVersion },
    paragraphs: paragraphsByRule(source.text, rule),
  };
}

function select(
  source: { id: string; text: string; paragraphs: readonly { start: number; end: number }[] },
  words: string,
) {
  const view = readingView(source);
  const start = view.text.indexOf(words);
  if (start === -1) throw new Error(`“${words}” is not in the source`);
  return quoteFromSelection(source, start, start + words.length);
}

describe('card quotes from a selection in a source', () => {
  it('quote every seed card’s quote from the shipped article, in the paragraph the card gives it', () => {
    const quoted = seed.facts.filter((fact) => fact.quote);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    for (const fact of quoted) {
      const quote = select(shippedRecord, fact.quote!.text);
      expect(quote.text).toBe(fact.quote!.text);
      expect(quote.paragraphs[0]).toBe(fact.quote!.paragraph);
      expect(sourceQuoteSchema.safeParse(quote).success).toBe(true);
      const draft = cardDraftFromQuote(shippedRecord, quote);
      expect(quoteSchema.safeParse(draft.quote).success).toBe(true);
      expect(draft).toMatchObject({ sourceId: shippedRecord.id, quote: fact.quote });
    }
  });

  it('store W3C TextQuote and TextPosition selectors that find the words again where they are', () => {
    const quote = select(shippedRecord, 'signed a deal worth USD 1.7 billion');
    expect(quote.target.quote).toMatchObject({
      type: 'TextQuoteSelector',
      exact: 'signed a deal worth USD 1.7 billion',
    });
    expect(quote.target.quote.prefix).toMatch(/South Korea $/);
    const view = readingView(shippedRecord);
    expect(view.text.slice(quote.target.position.start, quote.target.position.end)).toBe(quote.target.quote.exact);
    const { start, end } = quote.target.position;
    expect(anchor(view.text, quote.target)).toEqual({ start, end, method: 'position' });
    expect(quote.paragraphs).toEqual([3]);
  });

  it('drop the whitespace a selection drags along and list every paragraph a quote spans, the first first', () => {
    const view = readingView(shippedRecord);
    const end = view.paragraphs[0]!.end;
    const quote = quoteFromSelection(
      shippedRecord,
      end - 'the bilateral trade.'.length - 1,
      end + 'The meeting'.length + 1,
    );
    expect(quote.text).toBe('the bilateral trade. The meeting');
    expect(quote.paragraphs).toEqual([1, 2]);
  });

  it('refuse a quote of more than 25 words, one with no words and one outside the text', () => {
    const view = readingView(shippedRecord);
    const refusal = (start: number, end: number) => {
      try {
        quoteFromSelection(shippedRecord, start, end);
      } catch (error) {
        expect(error).toBeInstanceOf(BriefingError);
        expect((error as BriefingError).code).toBe('invalid-request');
        return (error as BriefingError).message;
      }
      throw new Error('the selection was accepted');
    };
    const paragraph = view.paragraphs[2]!;
    expect(refusal(paragraph.start, paragraph.end)).toBe(
      'A card’s quote is at most 25 words, and this selection has 93. Select a shorter passage.',
    );
    const space = view.text.indexOf(' ');
    expect(refusal(space, space + 1)).toMatch(/has no words/);
    expect(refusal(-1, 4)).toMatch(/not in this source/);
    expect(refusal(0, view.text.length + 1)).toMatch(/not in this source/);
    expect(refusal(10, 5)).toMatch(/not in this source/);
    expect(refusal(0.5, 4)).toMatch(/not in this source/);
  });

  it('accept exactly 25 words', () => {
    const words = shippedRecord.text.split(/\s+/).slice(0, 25).join(' ');
    expect(select(shippedRecord, words).text.split(' ')).toHaveLength(25);
  });

  it('re-anchor when the paragraphing is adjusted: the same words, and the paragraph numbers follow', () => {
    const quote = select(shippedRecord, 'more than 550 Korean enterprises');
    const oneBlock = reparagraphed(shippedRecord, 'blank-lines');
    expect(oneBlock.paragraphs).toHaveLength(1);
    const moved = reanchorQuote(oneBlock, quote);
    expect(moved).toMatchObject({ found: true, changed: false, quote: { paragraphs: [1], text: quote.text } });
  });

  it('re-anchor a quote made in a Markdown file’s reading view once its syntax shows, by matching the words', () => {
    const markdown = {
      id: 'markdown-article',
      text: '# Summit\n\nThe president shared the number **USD 4 Billion** which projected the growing volume of the bilateral trade.',
    };
    const asMarkdown = { ...markdown, paragraphs: paragraphsByRule(markdown.text, 'markdown') };
    const quote = select(asMarkdown, 'shared the number USD 4 Billion which projected');
    expect(quote.paragraphs).toEqual([2]);
    const stretches = sourceStretches(asMarkdown, quote.target.position.start, quote.target.position.end);
    expect(stretches.map((stretch) => markdown.text.slice(stretch.start, stretch.end)).join('')).toBe(quote.text);
    expect(stretches).toHaveLength(3);

    const asPlainText = reparagraphed(markdown, 'blank-lines');
    const found = reanchorQuote(asPlainText, quote);
    expect(found).toMatchObject({ found: true, method: 'fuzzy', changed: true, quote: { paragraphs: [2] } });
    if (found.found) expect(found.quote.text).toBe('shared the number **USD 4 Billion** which projected');
  });

  it('carry a quote to a new version of the article, and report it lost where the words are gone', () => {
    const quote = select(shippedRecord, 'proposed a potential joint research project');
    const revisedText = shippedRecord.text.replace('proposed a potential joint', 'proposed a possible joint');
    const revised = { id: 'revised', text: revisedText, paragraphs: paragraphsByRule(revisedText, 'lines') };
    expect(reanchorQuote(revised, quote)).toMatchObject({ found: true, method: 'fuzzy', changed: true });
    const cutText = shippedRecord.text.replace(/South Korean President Moon[^.]*\./, '');
    const cut = { id: 'cut', text: cutText, paragraphs: paragraphsByRule(cutText, 'lines') };
    expect(reanchorQuote(cut, quote)).toEqual({ found: false, quote });
  });

  it('round-trip any selection of up to 25 words, under either plain-text rule', () => {
    const text = 'Alpha beta gamma.\nDelta epsilon\nzeta eta.\n\nTheta iota kappa lambda.\n\nMu nu xi omicron pi.';
    fc.assert(
      fc.property(
        fc.nat(text.length),
        fc.nat(text.length),
        fc.constantFrom<ParagraphRule>('lines', 'blank-lines'),
        fc.constantFrom<ParagraphRule>('lines', 'blank-lines'),
        (a, b, madeUnder, readUnder) => {
          const made = { id: 'greek', text, paragraphs: paragraphsByRule(text, madeUnder) };
          const view = readingView(made);
          const [start, end] = [Math.min(a, b), Math.max(a, b)].map((offset) => Math.min(offset, view.text.length));
          if (view.text.slice(start, end).trim() === '') return;
          const quote = quoteFromSelection(made, start!, end!);
          const read = reanchorQuote({ id: 'greek', text, paragraphs: paragraphsByRule(text, readUnder) }, quote);
          expect(read.found).toBe(true);
          if (read.found) {
            expect(read.changed).toBe(false);
            expect(read.quote.target.quote.exact).toBe(quote.target.quote.exact);
          }
        },
      ),
    );
  });
});
