import type { ComponentProps } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import { CardGrid } from '../cards';
import { EmptyState } from './EmptyState';
import type { Selection } from './libraryView';

type GridProps = ComponentProps<typeof CardGrid>;

interface CardsSectionProps extends Omit<GridProps, 'facts'> {
  /** The cards to show: the selection, filtered and ranked by the search when there is one. */
  visible: readonly Fact[];
  /** How many cards the selection holds before the search. */
  inSelection: number;
  /** The selection's whole count, which on the first screen is more than the cards that arrived. */
  selectionTotal: number;
  /** The query the shown results answer; undefined when nothing is searched. */
  searchedQuery: string | undefined;
  selection: Selection;
  selectionTitle: string;
  onClearSearch: () => void;
  onShowAll: () => void;
}

/** The cards of the selection, their count, and what to do when there are none. */
export function CardsSection({
  visible,
  inSelection,
  selectionTotal,
  searchedQuery,
  selection,
  selectionTitle,
  onClearSearch,
  onShowAll,
  ...grid
}: CardsSectionProps) {
  const searching = searchedQuery !== undefined;
  return (
    <section className="cards-section" id="briefing-cards" aria-label="Briefing cards" tabIndex={-1}>
      <div className="cards-toolbar">
        <h2 className="section-label">Cards</h2>
        <p className="result-count" role="status">
          {searching
            ? `${visible.length} of ${inSelection} cards match “${searchedQuery}”`
            : `${selectionTotal} ${selectionTotal === 1 ? 'card' : 'cards'}`}
        </p>
      </div>
      {visible.length > 0 ? (
        <CardGrid facts={visible} {...grid} />
      ) : searching ? (
        <EmptyState
          title={`No cards match “${searchedQuery}”`}
          action={{ label: 'Clear search', onClick: onClearSearch }}
        >
          {selection === 'all' ? (
            <p>Search covers the cards, your notes, highlights and tags. Try a name, a place or a figure.</p>
          ) : (
            <p>Only “{selectionTitle}” is being searched. Clear the search, or look in all cards.</p>
          )}
        </EmptyState>
      ) : selection === 'starred' ? (
        <EmptyState title="No starred cards yet" action={{ label: 'Show all cards', onClick: onShowAll }}>
          <p>Use the star on any card to keep it here, ready for your briefing pack.</p>
        </EmptyState>
      ) : selection === 'annotated' ? (
        <EmptyState title="No annotated cards yet" action={{ label: 'Show all cards', onClick: onShowAll }}>
          <p>Open a card to write a note or highlight a phrase; it will be listed here.</p>
        </EmptyState>
      ) : (
        <EmptyState title="No cards here" action={{ label: 'Show all cards', onClick: onShowAll }} />
      )}
    </section>
  );
}
