import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../../../shared/schema/fact';
import { readSeed } from '../../testing/realBriefing';
import { CardsSection } from './CardsSection';

let facts: Fact[] = [];
beforeAll(async () => {
  facts = (await readSeed()).facts.slice(0, 3);
});

function section(searchComplete: boolean | undefined, searchedQuery: string | null = 'trade') {
  return (
    <CardsSection
      visible={facts}
      inSelection={26}
      selectionTotal={26}
      searchedQuery={searchedQuery ?? undefined}
      {...(searchComplete === undefined ? {} : { searchComplete })}
      selection="all"
      selectionTitle="All briefing cards"
      onClearSearch={() => undefined}
      onShowAll={() => undefined}
      starred={new Set()}
      annotations={new Map()}
      matches={undefined}
      onOpen={() => undefined}
      onToggleStar={() => undefined}
    />
  );
}

describe('CardsSection while the search index is being built', () => {
  it('says, in the count the screen reader hears, that more cards may match', () => {
    render(section(false));
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 of 26 cards match “trade” Still indexing the library: more cards may match.',
    );
  });

  it('says nothing more once the index holds the whole library, or when nothing is searched', () => {
    const { rerender } = render(section(true));
    expect(screen.getByRole('status')).toHaveTextContent(/^3 of 26 cards match “trade”$/);
    rerender(section(false, null));
    expect(screen.getByRole('status')).toHaveTextContent(/^26 cards$/);
  });
});
