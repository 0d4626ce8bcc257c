import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

const block = (...parts: number[]) => ({ parts, overhead: 10 });

describe('paginate', () => {
  it('starts every chapter on a new page', () => {
    const result = paginate([{ blocks: [block(50)] }, { blocks: [block(50)] }], 1000);
    expect(result.pages).toHaveLength(2);
    expect(result.chapterStarts).toEqual([0, 1]);
  });

  it('moves a card that does not fit to the next page instead of splitting it', () => {
    const result = paginate([{ blocks: [block(300), block(300), block(300)] }], 700);
    expect(result.pages.map((page) => page.map((piece) => piece.block))).toEqual([[0, 1], [2]]);
    expect(result.pages.flat().every((piece) => piece.partStart === 0)).toBe(true);
  });

  it('splits a card taller than a page between its parts', () => {
    const result = paginate([{ blocks: [block(100), block(400, 400, 400)] }], 1000);
    expect(result.pages).toEqual([
      [
        { chapter: 0, block: 0, partStart: 0, partEnd: 1 },
        { chapter: 0, block: 1, partStart: 0, partEnd: 2 },
      ],
      [{ chapter: 0, block: 1, partStart: 2, partEnd: 3 }],
    ]);
  });

  it('keeps a heading with the block after it', () => {
    const heading = { parts: [100], overhead: 0, keepWithNext: true };
    const result = paginate([{ blocks: [block(500), heading, block(400)] }], 1000);
    expect(result.pages.map((page) => page.map((piece) => piece.block))).toEqual([[0], [1, 2]]);
  });

  it('counts pages for a chapter with no blocks', () => {
    expect(paginate([{ blocks: [] }], 500).pages).toEqual([[]]);
  });
});
