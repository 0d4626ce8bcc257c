import { useLayoutEffect, useState, type RefObject } from 'react';

export interface GridGeometry {
  /** The nearest ancestor that scrolls (the library pane); null until mounted. */
  scroller: HTMLElement | null;
  /** The grid's own width, which decides the columns. */
  width: number;
  /** The gap between cards and rows, read from the stylesheet so CSS stays the one place it is set. */
  gap: number;
  /** Where the grid starts inside the scroller's content: the heading and key figures sit above it. */
  offsetTop: number;
}

function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  // Without a scrolling pane (no stylesheet, as in a test DOM) the document is what scrolls.
  return document.documentElement;
}

function measure(grid: HTMLElement, scroller: HTMLElement | null): Omit<GridGeometry, 'scroller'> {
  const style = getComputedStyle(grid);
  const gap = Number.parseFloat(style.rowGap) || 0;
  const offsetTop = scroller
    ? grid.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
    : 0;
  return { width: grid.clientWidth, gap, offsetTop: Math.round(offsetTop) };
}

/**
 * The grid's size and place in its scrolling pane, kept current as the window is resized and
 * as what stands above the grid changes (re-measured after every render; reading two rectangles
 * is cheap, and a change re-renders only when a figure moved).
 */
export function useGridGeometry(gridRef: RefObject<HTMLElement | null>): GridGeometry {
  const [geometry, setGeometry] = useState<GridGeometry>({ scroller: null, width: 0, gap: 0, offsetTop: 0 });

  // After every render on purpose: what stands above the grid is rendered by its parent, and this
  // only sets state when a figure moved, so it settles at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const scroller = geometry.scroller ?? scrollParentOf(grid);
    const next = { scroller, ...measure(grid, scroller) };
    if (
      next.scroller !== geometry.scroller ||
      next.width !== geometry.width ||
      next.gap !== geometry.gap ||
      next.offsetTop !== geometry.offsetTop
    ) {
      setGeometry(next);
    }
  });

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setGeometry((old) => {
        const next = measure(grid, old.scroller);
        return next.width === old.width && next.gap === old.gap && next.offsetTop === old.offsetTop
          ? old
          : { ...old, ...next };
      });
    });
    observer.observe(grid);
    return () => observer.disconnect();
  }, [gridRef]);

  return geometry;
}
