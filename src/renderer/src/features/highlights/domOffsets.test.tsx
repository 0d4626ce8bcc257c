import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/annotation/textSelectors';
import type { Highlight } from '../../../../shared/schema/annotations';
import { domPointToTextOffset, rangeToTextOffsets, selectionToTextOffsets } from './domOffsets';
import { HighlightedBody } from './HighlightedBody';
import { placeHighlights, segmentBody } from './highlightSegments';

const body = 'Trade grew to USD 4 billion.\n\nTwo leaders met in Seoul.';

function highlight(id: string, phrase: string): Highlight {
  const start = body.indexOf(phrase);
  return {
    id,
    factId: 'card',
    color: 'green',
    target: describeRange(body, start, start + phrase.length),
    createdAt: '2021-08-17T00:00:00.000Z',
    updatedAt: '2021-08-17T00:00:00.000Z',
  };
}

/** The card text as the component renders it: two paragraphs, two overlapping marks. */
function renderBody(): HTMLElement {
  const { anchored } = placeHighlights(body, [highlight('a', 'grew to USD 4'), highlight('b', 'USD 4 billion')]);
  const byId = new Map(
    anchored.map((item) => [item.highlight.id, { ...item, quote: body.slice(item.start, item.end) }]),
  );
  const { container } = render(
    <div>
      <p>Summary before the text.</p>
      <HighlightedBody
        bodyRef={null}
        paragraphs={segmentBody(body, anchored)}
        highlightsById={byId}
        openId={undefined}
        onOpen={() => undefined}
      />
      <p>After the text.</p>
    </div>,
  );
  const root = container.querySelector<HTMLElement>('.detail-body');
  if (!root) throw new Error('no body rendered');
  return root;
}

function textNodeWith(root: Element, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue === text) return node as Text;
  }
  throw new Error(`no text node "${text}"`);
}

function rangeOver(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

describe('domPointToTextOffset', () => {
  it('maps a point inside any text node to its offset in the body, paragraph separators included', () => {
    const root = renderBody();
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(domPointToTextOffset(root, textNodeWith(root, 'Trade '), 2)).toBe(2);
    expect(domPointToTextOffset(root, textNodeWith(root, 'USD 4'), 3)).toBe(body.indexOf('USD 4') + 3);
    expect(domPointToTextOffset(root, textNodeWith(root, ' billion'), 0)).toBe(body.indexOf(' billion'));
    expect(domPointToTextOffset(root, textNodeWith(root, 'Two leaders met in Seoul.'), 4)).toBe(
      body.indexOf('leaders'),
    );
  });

  it('maps a point between elements to the start of the next text, or the end of the last', () => {
    const root = renderBody();
    const [first, second] = Array.from(root.querySelectorAll('p'));
    if (!first || !second) throw new Error('expected two paragraphs');
    expect(domPointToTextOffset(root, root, 0)).toBe(0);
    expect(domPointToTextOffset(root, first, 1)).toBe('Trade '.length);
    expect(domPointToTextOffset(root, root, 1)).toBe(body.indexOf('Two'));
    expect(domPointToTextOffset(root, second, 1)).toBe(body.length);
    expect(domPointToTextOffset(root, root, 2)).toBe(body.length);
  });

  it('returns null for a point outside the body', () => {
    const root = renderBody();
    const outside = root.parentElement?.querySelector('p');
    if (!outside) throw new Error('no summary paragraph');
    expect(domPointToTextOffset(root, outside, 0)).toBeNull();
  });
});

describe('rangeToTextOffsets', () => {
  it('covers a selection across marks and paragraphs, separators counted', () => {
    const root = renderBody();
    const range = rangeOver([textNodeWith(root, 'grew to '), 0], [textNodeWith(root, 'Two leaders met in Seoul.'), 3]);
    const offsets = rangeToTextOffsets(root, range);
    expect(offsets).toEqual({ start: body.indexOf('grew'), end: body.indexOf('Two') + 3 });
    expect(body.slice(offsets?.start, offsets?.end)).toBe('grew to USD 4 billion.\n\nTwo');
  });

  it('clips a selection that starts before or ends after the body', () => {
    const root = renderBody();
    const before = root.parentElement?.firstElementChild?.firstChild;
    const after = root.parentElement?.lastElementChild?.firstChild;
    if (!before || !after) throw new Error('no surrounding text');
    expect(rangeToTextOffsets(root, rangeOver([before, 3], [textNodeWith(root, 'Trade '), 5]))).toEqual({
      start: 0,
      end: 5,
    });
    expect(rangeToTextOffsets(root, rangeOver([textNodeWith(root, ' billion'), 1], [after, 2]))).toEqual({
      start: body.indexOf('billion'),
      end: body.length,
    });
  });

  it('ignores a selection outside the body or an empty one', () => {
    const root = renderBody();
    const before = root.parentElement?.firstElementChild?.firstChild;
    if (!before) throw new Error('no surrounding text');
    expect(rangeToTextOffsets(root, rangeOver([before, 0], [before, 5]))).toBeNull();
    const text = textNodeWith(root, 'Trade ');
    expect(rangeToTextOffsets(root, rangeOver([text, 2], [text, 2]))).toBeNull();
  });

  it('reads the document selection', () => {
    const root = renderBody();
    const selection = window.getSelection();
    const text = textNodeWith(root, 'USD 4');
    selection?.removeAllRanges();
    selection?.addRange(rangeOver([text, 0], [textNodeWith(root, ' billion'), 8]));
    expect(selectionToTextOffsets(root, selection)).toEqual({
      start: body.indexOf('USD'),
      end: body.indexOf('billion') + 'billion'.length,
    });
    selection?.removeAllRanges();
    expect(selectionToTextOffsets(root, selection)).toBeNull();
  });
});
