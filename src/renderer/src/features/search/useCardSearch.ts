import { useMemo, useState } from 'react';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import { CardSearch, cardDocuments, type CardMatch } from './cardSearch';

/** The search index for the library, updated in place as cards and annotations change. */
export function useCardSearch(
  facts: readonly Fact[],
  user: UserData,
  query: string,
): Map<string, CardMatch> | undefined {
  const [search] = useState(() => new CardSearch());
  const indexed = useMemo(() => {
    search.update(cardDocuments(facts, user));
    return { search };
  }, [search, facts, user]);
  return useMemo(() => {
    if (!query.trim()) return undefined;
    return new Map(indexed.search.search(query).map((match) => [match.id, match]));
  }, [indexed, query]);
}
