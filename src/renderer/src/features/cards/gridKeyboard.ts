/** Where the grid's keys move focus from card `current` of `count`, laid out in rows of `columns`. */
export interface GridMove {
  key: string;
  current: number;
  count: number;
  columns: number;
  /** Rows on one screen, for Page Up / Page Down. */
  rowsPerPage: number;
}

/**
 * Arrow keys move between cards as they look on screen (left/right to the neighbour, up/down to
 * the card above or below), Home/End to the first and last card, Page Up/Down a screen at a time.
 * Answers the card index to focus, or undefined when the key is not the grid's. Works on indexes,
 * not on the DOM, because a virtualised grid holds only the rows near the screen.
 */
export function targetCardIndex({ key, current, count, columns, rowsPerPage }: GridMove): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const clamp = (index: number) => Math.min(Math.max(index, 0), last);
  const page = Math.max(1, rowsPerPage) * columns;
  switch (key) {
    case 'ArrowRight':
      return clamp(current + 1);
    case 'ArrowLeft':
      return clamp(current - 1);
    case 'ArrowDown':
      // The last row may be short: down from above it lands on its last card.
      return current + columns <= last
        ? current + columns
        : Math.floor(current / columns) < Math.floor(last / columns)
          ? last
          : current;
    case 'ArrowUp':
      return current - columns >= 0 ? current - columns : current;
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** How many cards of at least `minWidth` fit in `width` with `gap` between them (CSS auto-fill's sum). */
export function columnsFor(width: number, minWidth: number, gap: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}
