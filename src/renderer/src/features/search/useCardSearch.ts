import { useMemo, useState } from 'react';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import { CardSearch, cardDocuments, type CardMatch } from '../../../../shared/search/cardSearch';

/**
 * The search index for the library, updated in place as cards and annotations change. It is
 * built on the first search, not before the first paint: a large library shows its cards at
 * once, and the index is only paid for by someone who searches.
 */
export function useCardSearch(
  facts: readonly Fact[],
  user: UserData,
  query: string,
): Map<string, CardMatch> | undefined {
  const [search] = useState(() => new CardSearch());
  const searching = query.trim().length > 0;
  const indexed = useMemo(() => {
    if (!searching) return undefined;
    search.update(cardDocuments(facts, user));
    return { search };
  }, [search, facts, user, searching]);
  return useMemo(() => {
    if (!indexed) return undefined;
    return new Map(indexed.search.search(query).map((match) => [match.id, match]));
  }, [indexed, query]);
}
