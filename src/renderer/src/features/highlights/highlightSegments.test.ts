import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/annotation/textSelectors';
import type { Highlight } from '../../../../shared/schema/annotations';
import { paragraphRanges, placeHighlights, segmentBody, type AnchoredHighlight } from './highlightSegments';

const body = 'Trade grew to USD 4 billion.\n\nTwo leaders met in Seoul.\n\n\nThey signed 24 agreements.';

function at(id: string, phrase: string): AnchoredHighlight {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the body`);
  return { highlight: highlightOf(id, start, start + phrase.length), start, end: start + phrase.length };
}

function highlightOf(id: string, start: number, end: number, text = body): Highlight {
  return {
    id,
    factId: 'card',
    color: 'yellow',
    target: describeRange(text, start, end),
    createdAt: '2021-08-17T00:00:00.000Z',
    updatedAt: '2021-08-17T00:00:00.000Z',
  };
}

describe('paragraphRanges', () => {
  it('splits on blank lines and keeps offsets into the whole body', () => {
    const ranges = paragraphRanges(body);
    expect(ranges.map(({ start, end }) => body.slice(start, end))).toEqual([
      'Trade grew to USD 4 billion.',
      'Two leaders met in Seoul.',
      'They signed 24 agreements.',
    ]);
    expect(ranges[2]?.start).toBe(body.indexOf('They'));
  });

  it('drops empty paragraphs at the ends and keeps a single newline inside a paragraph', () => {
    expect(paragraphRanges('\n\nOne\nline\n\n')).toEqual([{ start: 2, end: 10 }]);
  });
});

describe('segmentBody', () => {
  it('renders the whole text when nothing is highlighted', () => {
    const paragraphs = segmentBody(body, []);
    expect(paragraphs.flatMap((paragraph) => paragraph.segments.map((segment) => segment.text))).toEqual([
      'Trade grew to USD 4 billion.',
      'Two leaders met in Seoul.',
      'They signed 24 agreements.',
    ]);
    expect(paragraphs.every((paragraph) => paragraph.segments.every((segment) => segment.topId === undefined))).toBe(
      true,
    );
  });

  it('splits overlapping highlights so each piece knows every highlight over it', () => {
    const first = at('a', 'grew to USD 4');
    const second = at('b', 'USD 4 billion');
    const [paragraph] = segmentBody(body, [first, second]);
    expect(paragraph?.segments.map((segment) => [segment.text, segment.highlightIds, segment.topId])).toEqual([
      ['Trade ', [], undefined],
      ['grew to ', ['a'], 'a'],
      ['USD 4', ['a', 'b'], 'b'],
      [' billion', ['b'], 'b'],
      ['.', [], undefined],
    ]);
  });

  it('draws a highlight nested inside a longer one on top, so it stays visible', () => {
    const inner = at('inner', 'USD 4');
    const outer = at('outer', 'Trade grew to USD 4 billion');
    const [paragraph] = segmentBody(body, [inner, outer]);
    const middle = paragraph?.segments.find((segment) => segment.text === 'USD 4');
    expect(middle?.topId).toBe('inner');
    expect(paragraph?.segments.find((segment) => segment.text === 'Trade grew to ')?.topId).toBe('outer');
  });

  it('puts the later of two identical highlights on top', () => {
    const [paragraph] = segmentBody(body, [at('older', 'Trade'), at('newer', 'Trade')]);
    expect(paragraph?.segments[0]).toMatchObject({ text: 'Trade', topId: 'newer', highlightIds: ['older', 'newer'] });
  });

  it('carries a highlight across a paragraph break without rendering the separator', () => {
    const across = at('across', 'billion.\n\nTwo leaders');
    const paragraphs = segmentBody(body, [across]);
    expect(paragraphs[0]?.segments.at(-1)).toMatchObject({ text: 'billion.', topId: 'across' });
    expect(paragraphs[1]?.segments[0]).toMatchObject({ text: 'Two leaders', topId: 'across' });
    const rendered = paragraphs.flatMap((paragraph) => paragraph.segments.map((segment) => segment.text)).join('');
    expect(rendered).toBe(body.replace(/\n{2,}/g, ''));
    for (const segment of paragraphs.flatMap((paragraph) => paragraph.segments)) {
      expect(body.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });
});

describe('placeHighlights', () => {
  it('anchors what is still in the text and keeps the rest as orphans', () => {
    const kept = highlightOf('kept', body.indexOf('Seoul'), body.indexOf('Seoul') + 5);
    const lost = highlightOf('lost', body.indexOf('24 agreements'), body.indexOf('24 agreements') + 13);
    const edited = body.replace('They signed 24 agreements.', 'Nothing was signed.');
    const placed = placeHighlights(edited, [kept, lost]);
    expect(placed.anchored.map((item) => [item.highlight.id, edited.slice(item.start, item.end)])).toEqual([
      ['kept', 'Seoul'],
    ]);
    expect(placed.orphans.map((highlight) => highlight.id)).toEqual(['lost']);
  });
});
