import type { ComponentProps } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import { CardGrid } from '../cards';
import { EmptyState } from './EmptyState';
import type { Selection } from './libraryView';
import { useT } from '../../i18n';
import { FactsLanguageNote } from './FactsLanguageNote';

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
  /** False while the search index holds only part of the library, so more cards may yet match. */
  searchComplete?: boolean;
  selection: Selection;
  selectionTitle: string;
  onClearSearch: () => void;
  onShowAll: () => void;
  /** Says once, above the cards, that their content stays in its source's language. */
  factsLanguageNote?: boolean;
}

/** The cards of the selection, their count, and what to do when there are none. */
export function CardsSection({
  visible,
  inSelection,
  selectionTotal,
  searchedQuery,
  searchComplete = true,
  selection,
  selectionTitle,
  onClearSearch,
  onShowAll,
  factsLanguageNote = false,
  ...grid
}: CardsSectionProps) {
  const t = useT();
  const searching = searchedQuery !== undefined;
  return (
    <section className="cards-section" id="briefing-cards" aria-label={t('library.cards.region')} tabIndex={-1}>
      <div className="cards-toolbar">
        <h2 className="section-label">{t('library.cards.heading')}</h2>
        <p className="result-count" role="status">
          {searching
            ? t('library.cards.matching', { shown: visible.length, count: inSelection, query: searchedQuery })
            : t('library.cards.count', { count: selectionTotal })}
          {searching && !searchComplete && <span className="search-indexing"> {t('library.cards.stillIndexing')}</span>}
        </p>
      </div>
      {factsLanguageNote && <FactsLanguageNote />}
      {visible.length > 0 ? (
        <CardGrid facts={visible} {...grid} />
      ) : searching ? (
        <EmptyState
          title={t('library.empty.search.title', { query: searchedQuery })}
          action={{ label: t('library.empty.search.clear'), onClick: onClearSearch }}
        >
          {selection === 'all' ? (
            <p>{t('library.empty.search.all')}</p>
          ) : (
            <p>{t('library.empty.search.within', { view: selectionTitle })}</p>
          )}
        </EmptyState>
      ) : selection === 'starred' ? (
        <EmptyState
          title={t('library.empty.starred.title')}
          action={{ label: t('library.empty.showAll'), onClick: onShowAll }}
        >
          <p>{t('library.empty.starred.body')}</p>
        </EmptyState>
      ) : selection === 'annotated' ? (
        <EmptyState
          title={t('library.empty.annotated.title')}
          action={{ label: t('library.empty.showAll'), onClick: onShowAll }}
        >
          <p>{t('library.empty.annotated.body')}</p>
        </EmptyState>
      ) : (
        <EmptyState
          title={t('library.empty.none.title')}
          action={{ label: t('library.empty.showAll'), onClick: onShowAll }}
        />
      )}
    </section>
  );
}
