import { describe, expect, it } from 'vitest';
import { readerSegments } from './readerSegments';

describe('readerSegments', () => {
  const text = 'Trade reached USD 4 billion in 2021.';
  const start = 100;

  it('is the whole paragraph as one run when nothing is marked', () => {
    expect(readerSegments(text, start, [])).toEqual([{ start, end: start + text.length, text, quote: false }]);
  });

  it('cuts at every mark, keeps reading-text offsets, and joins back to the paragraph', () => {
    const money = { start: start + 14, end: start + 27, kind: 'money' as const, suggestion: 0 };
    const quote = { start: start + 6, end: start + 19, kind: 'quote' as const };
    const segments = readerSegments(text, start, [money, quote]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.map((segment) => [segment.text, segment.quote, segment.suggestion?.kind])).toEqual([
      ['Trade ', false, undefined],
      ['reached ', true, undefined],
      ['USD 4', true, 'money'],
      [' billion', false, 'money'],
      [' in 2021.', false, undefined],
    ]);
    // Only the first run of a candidate fact is a tab stop: one stop per fact.
    expect(segments.filter((segment) => segment.suggestion?.first).map((segment) => segment.text)).toEqual(['USD 4']);
    for (const segment of segments) expect(text.slice(segment.start - start, segment.end - start)).toBe(segment.text);
  });

  it('clips a mark that runs on into the next paragraph', () => {
    const quote = { start: start + 28, end: start + 80, kind: 'quote' as const };
    const segments = readerSegments(text, start, [quote]);
    expect(segments.at(-1)).toMatchObject({ text: 'in 2021.', quote: true, end: start + text.length });
  });
});
