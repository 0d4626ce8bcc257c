/**
 * Pagination of the briefing pack, kept free of the DOM so it can be tested: the print page
 * measures every block, and this decides which page each one lands on.
 *
 * A chapter (key figures, each topic, the sources) starts on a new page. A block (a card, a row
 * of figures) is never split when it fits on one page; one taller than a page is split between
 * its parts (figures, body, each note…), which are the smallest units that move.
 */
export interface MeasuredBlock {
  /** Heights of the block's parts, in order. */
  parts: number[];
  /** The block's own height beyond its parts: padding, borders, the gap after it. */
  overhead: number;
  /** Keep on the same page as the start of the next block (a chapter's heading). */
  keepWithNext?: boolean;
}

export interface MeasuredChapter {
  blocks: MeasuredBlock[];
}

/** One block, or the run of its parts [partStart, partEnd), on one page. */
export interface PagePiece {
  chapter: number;
  block: number;
  partStart: number;
  partEnd: number;
}

export interface Pagination {
  pages: PagePiece[][];
  /** For each chapter, the index (0-based, into `pages`) of the page it starts on. */
  chapterStarts: number[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function paginate(chapters: readonly MeasuredChapter[], pageHeight: number): Pagination {
  const pages: PagePiece[][] = [];
  const chapterStarts: number[] = [];
  let page: PagePiece[] = [];
  let used = 0;
  const newPage = () => {
    page = [];
    pages.push(page);
    used = 0;
  };

  chapters.forEach((chapter, chapterIndex) => {
    newPage();
    chapterStarts.push(pages.length - 1);
    chapter.blocks.forEach((block, blockIndex) => {
      const height = block.overhead + sum(block.parts);
      const next = chapter.blocks[blockIndex + 1];
      const held =
        block.keepWithNext && next
          ? Math.min(next.overhead + sum(next.parts), next.overhead + (next.parts[0] ?? 0))
          : 0;
      if (height <= pageHeight) {
        if (used > 0 && used + height + held > pageHeight) newPage();
        page.push({ chapter: chapterIndex, block: blockIndex, partStart: 0, partEnd: block.parts.length });
        used += height;
        return;
      }
      // Taller than a page: split between parts, starting on a fresh page unless the first part fits here.
      if (used > 0 && used + block.overhead + (block.parts[0] ?? 0) > pageHeight) newPage();
      let start = 0;
      let fragment = block.overhead;
      block.parts.forEach((part, partIndex) => {
        if (partIndex > start && used + fragment + part > pageHeight) {
          page.push({ chapter: chapterIndex, block: blockIndex, partStart: start, partEnd: partIndex });
          newPage();
          start = partIndex;
          fragment = block.overhead;
        }
        fragment += part;
      });
      page.push({ chapter: chapterIndex, block: blockIndex, partStart: start, partEnd: block.parts.length });
      used += fragment;
    });
  });
  return { pages, chapterStarts };
}
