import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import type { MatchLookup } from '../../../../shared/search/packedMatches';
import { FactCard, type CardAnnotations } from './FactCard';
import { columnsFor, targetCardIndex } from './gridKeyboard';
import { useGridGeometry } from './useGridGeometry';
import { useT } from '../../i18n';

interface CardGridProps {
  facts: readonly Fact[];
  starred: ReadonlySet<string>;
  annotations: ReadonlyMap<string, CardAnnotations>;
  matches?: MatchLookup;
  onOpen: (fact: Fact) => void;
  onToggleStar: (fact: Fact) => void;
}

const noAnnotations: CardAnnotations = { notes: [], highlights: [], tags: [] };

/** The narrowest a card gets before the grid drops a column (as `minmax(300px, 1fr)` did). */
const minCardWidth = 300;
/** A card row's height before it is measured: most cards are about this tall. */
const estimatedRowHeight = 300;
/**
 * Up to this many cards every row is rendered: a few screens cost less than measuring as one
 * scrolls, and the browser's find-in-page sees every card. Beyond it only the rows near the
 * screen exist in the page.
 */
export const renderAllUpTo = 120;
/** Rows kept beyond each edge of the screen, so Tab and a quick scroll find the next cards already there. */
const overscanRows = 2;

/**
 * The library's cards as a virtualised grid (TanStack Virtual): rows of as many cards as fit,
 * only the rows near the screen rendered, each row measured as it appears. The focused card's
 * row is always kept, so scrolling it away and back (or a re-render) never drops focus; arrow
 * keys move by index and bring the target row in before focusing it. Screen readers get a list
 * whose items carry their position in the whole set.
 */
export function CardGrid({ facts, starred, annotations, matches, onOpen, onToggleStar }: CardGridProps) {
  const t = useT();
  const gridRef = useRef<HTMLDivElement>(null);
  const geometry = useGridGeometry(gridRef);
  const columns = columnsFor(geometry.width, minCardWidth, geometry.gap);
  const rowCount = Math.ceil(facts.length / columns);
  const [focusedId, setFocusedId] = useState<string>();
  const [pendingId, setPendingId] = useState<string>();
  const indexById = useMemo(() => new Map(facts.map((fact, index) => [fact.id, index])), [facts]);

  const keptRows = useMemo(() => {
    const rows = new Set<number>();
    for (const id of [focusedId, pendingId]) {
      const index = id === undefined ? undefined : indexById.get(id);
      if (index !== undefined) rows.add(Math.floor(index / columns));
    }
    return rows;
  }, [focusedId, pendingId, indexById, columns]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = new Set(defaultRangeExtractor(range));
      for (const row of keptRows) if (row < range.count) rows.add(row);
      return [...rows].sort((a, b) => a - b);
    },
    [keptRows],
  );

  // The renderer is not built with React Compiler, which is what this rule guards: the virtualizer re-renders the grid itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => geometry.scroller,
    estimateSize: () => estimatedRowHeight,
    overscan: facts.length <= renderAllUpTo ? rowCount : overscanRows,
    scrollMargin: geometry.offsetTop,
    gap: geometry.gap,
    rangeExtractor,
    // Before the pane has a height (first layout, or a test DOM without layout) it is taken to be
    // as tall as the window, which it can never exceed: the first screen of cards is never empty.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: window.innerHeight })),
  });

  // Focus the card an arrow key asked for once its row is in the page (it is kept, so at the next render).
  useLayoutEffect(() => {
    if (pendingId === undefined) return;
    const button = gridRef.current?.querySelector<HTMLElement>(
      `[data-card-id="${CSS.escape(pendingId)}"] [data-card-open]`,
    );
    if (!button) return;
    button.focus({ preventScroll: true });
    setPendingId(undefined);
  }, [pendingId]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-card-id]');
    const current = item ? indexById.get(item.dataset.cardId ?? '') : undefined;
    if (current === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const viewport = geometry.scroller?.clientHeight ?? 0;
    const rowsPerPage = Math.max(1, Math.floor(viewport / estimatedRowHeight));
    const next = targetCardIndex({ key: event.key, current, count: facts.length, columns, rowsPerPage });
    if (next === undefined) return;
    event.preventDefault();
    const fact = facts[next];
    if (!fact || next === current) return;
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
    setPendingId(fact.id);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const id = event.target.closest<HTMLElement>('[data-card-id]')?.dataset.cardId;
    if (id !== undefined) setFocusedId(id);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    // Focus that leaves the grid for somewhere else in the page lets the row go; focus lost with
    // the window (a dialog, another app) keeps it, so it comes back to the same card.
    const to = event.relatedTarget as Node | null;
    if (to && !event.currentTarget.contains(to)) setFocusedId(undefined);
  };

  // Until the grid has been measured (its first layout effect, before the first paint) its width is unknown and a
  // render would lay every card out in one column, only to measure those rows and render them all again in the right
  // columns: about half of the first card's render at seed size. So the first render is the empty grid.
  const rows = geometry.scroller === null ? [] : virtualizer.getVirtualItems();
  return (
    <div
      ref={gridRef}
      className="card-grid"
      role="list"
      aria-label={t('library.cards.count', { count: facts.length })}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {rows.map((row) => (
        <div
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="card-row"
          role="none"
          style={{
            transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          }}
        >
          {facts.slice(row.index * columns, row.index * columns + columns).map((fact, column) => (
            <div
              key={fact.id}
              className="card-cell"
              role="listitem"
              aria-setsize={facts.length}
              aria-posinset={row.index * columns + column + 1}
              data-card-id={fact.id}
            >
              <FactCard
                fact={fact}
                starred={starred.has(fact.id)}
                annotations={annotations.get(fact.id) ?? noAnnotations}
                match={matches?.get(fact.id)}
                onOpen={onOpen}
                onToggleStar={onToggleStar}
              />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
