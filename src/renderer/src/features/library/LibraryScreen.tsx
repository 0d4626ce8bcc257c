import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Library } from '../../../../shared/contract';
import { indexFacts, searchFacts } from '../../../../shared/factSearch';
import type { Fact } from '../../../../shared/schema/fact';
import { topics } from '../../../../shared/topics';
import { CardDetail } from '../cards/CardDetail';
import { CardGrid } from '../cards/CardGrid';
import { EmptyState } from './EmptyState';
import { KeyFigures } from './KeyFigures';
import { factsInSelection, isSelection, keyFigures, selectionCounts, type Selection } from './libraryView';
import { SearchBox } from './SearchBox';
import { TopicNav } from './TopicNav';
import type { LibraryActions } from './useLibrary';

interface LibraryScreenProps {
  library: Library;
  actions: LibraryActions;
  actionError?: string;
}

function selectionHeading(selection: Selection): { title: string; description: string } {
  if (selection === 'all') {
    return {
      title: 'All briefing cards',
      description:
        'Every fact of the summit in Seoul, August 2021, grouped by topic and traced to its source paragraph.',
    };
  }
  if (selection === 'starred') {
    return { title: 'Starred', description: 'The cards you have marked for your briefing pack.' };
  }
  const topic = topics.find((candidate) => candidate.id === selection);
  return { title: topic?.label ?? selection, description: topic?.description ?? '' };
}

export function LibraryScreen({ library, actions, actionError }: LibraryScreenProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const initialSelection = isSelection(library.settings.lastTopic) ? library.settings.lastTopic : 'all';
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const [openFactId, setOpenFactId] = useState<string>();

  const starred = useMemo(() => new Set(library.starred), [library.starred]);
  const counts = useMemo(() => selectionCounts(library), [library]);
  const inSelection = useMemo(() => factsInSelection(library, selection), [library, selection]);
  const index = useMemo(() => indexFacts(inSelection), [inSelection]);
  const visible = useMemo(() => searchFacts(index, deferredQuery), [index, deferredQuery]);
  const figures = useMemo(() => keyFigures(inSelection), [inSelection]);
  const openFact = library.facts.find((fact) => fact.id === openFactId);
  const heading = selectionHeading(selection);
  const searching = deferredQuery.trim().length > 0;

  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      actions.rememberSelection(next);
    },
    [actions],
  );
  const open = useCallback((fact: Fact) => setOpenFactId(fact.id), []);
  const toggleStar = useCallback(
    (fact: Fact) => void actions.setStarred(fact.id, !starred.has(fact.id)),
    [actions, starred],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#briefing-cards">
        Skip to cards
      </a>
      <header className="app-header">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="30" height="30" rx="7" />
            <path d="M10 9h12M10 14h12M10 19h7" />
          </svg>
          <div>
            <p className="brand-name">Summit Briefing</p>
            <p className="brand-context">Kazakhstan – Republic of Korea · Seoul, August 2021</p>
          </div>
        </div>
        <SearchBox value={query} onChange={setQuery} />
      </header>
      <div className="app-body">
        <TopicNav selection={selection} counts={counts} onSelect={select} />
        <main className="library" aria-labelledby="view-title">
          <div className="view-heading">
            <h1 id="view-title">{heading.title}</h1>
            <p className="view-description">{heading.description}</p>
          </div>
          {actionError && (
            <p className="inline-error" role="alert">
              {actionError}
            </p>
          )}
          {!searching && <KeyFigures figures={figures} onOpen={open} />}
          <section className="cards-section" id="briefing-cards" aria-label="Briefing cards" tabIndex={-1}>
            <div className="cards-toolbar">
              <h2 className="section-label">Cards</h2>
              <p className="result-count" role="status">
                {searching
                  ? `${visible.length} of ${inSelection.length} cards match “${deferredQuery.trim()}”`
                  : `${inSelection.length} ${inSelection.length === 1 ? 'card' : 'cards'}`}
              </p>
            </div>
            {visible.length > 0 ? (
              <CardGrid facts={visible} starred={starred} onOpen={open} onToggleStar={toggleStar} />
            ) : searching ? (
              <EmptyState
                title={`No cards match “${deferredQuery.trim()}”`}
                action={{ label: 'Clear search', onClick: () => setQuery('') }}
              >
                {selection === 'all' ? (
                  <p>Try a name, a place or a figure, such as “Tokayev”, “Seoul” or “billion”.</p>
                ) : (
                  <p>Only {heading.title.toLowerCase()} is being searched. Clear the search, or look in all cards.</p>
                )}
              </EmptyState>
            ) : selection === 'starred' ? (
              <EmptyState
                title="No starred cards yet"
                action={{ label: 'Show all cards', onClick: () => select('all') }}
              >
                <p>Use the star on any card to keep it here, ready for your briefing pack.</p>
              </EmptyState>
            ) : (
              <EmptyState
                title="This topic has no cards"
                action={{ label: 'Show all cards', onClick: () => select('all') }}
              />
            )}
          </section>
        </main>
      </div>
      {openFact && (
        <CardDetail
          fact={openFact}
          sources={library.sources}
          starred={starred.has(openFact.id)}
          onToggleStar={toggleStar}
          onClose={() => setOpenFactId(undefined)}
        />
      )}
    </div>
  );
}
