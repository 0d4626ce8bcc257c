import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../schema/database';
import { seedSchema } from '../schema/seed';
import { cardDocuments } from './cardDocuments';
import { CardSearch, tokenise } from './cardSearch';
import { matchRanges, snippetAround } from './matchRanges';

const seed = seedSchema.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'resources/seed/summit-2021.json'), 'utf8')),
);

function searchWith(user: UserData = emptyUserData) {
  const search = new CardSearch();
  search.update(cardDocuments(seed.facts, user));
  return search;
}

const note = (factId: string, markdown: string, id = 'note-1') => ({
  id,
  factId,
  markdown,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('CardSearch', () => {
  it('finds cards by word prefix, ignoring case and accents', () => {
    const ids = searchWith()
      .search('HYUN')
      .map((match) => match.id);
    expect(ids).toContain('korean-enterprises-in-kazakhstan');
    expect(searchWith().search('Tokáyev').length).toBeGreaterThan(0);
  });

  it('forgives a typo in a longer word', () => {
    expect(
      searchWith()
        .search('Samsunk')
        .map((match) => match.id),
    ).toContain('korean-enterprises-in-kazakhstan');
  });

  it('requires every term to match', () => {
    expect(searchWith().search('fresh wind').length).toBeGreaterThan(0);
    expect(searchWith().search('fresh qqqqqq')).toEqual([]);
  });

  it('ranks a title match first', () => {
    const [first] = searchWith().search('Abai');
    expect(seed.facts.find((fact) => fact.id === first?.id)?.title).toMatch(/Abai/);
  });

  it('keeps decimals whole, so 1.7 finds the deal', () => {
    expect(tokenise('USD 1.7 billion.')).toEqual(['USD', '1.7', 'billion']);
    expect(
      searchWith()
        .search('1.7')
        .map((match) => match.id),
    ).toContain('deal-usd-1-7-billion');
  });

  it('searches the user’s notes, highlights and tags, and says where it matched', () => {
    const user: UserData = {
      ...emptyUserData,
      notes: [note('president-moon', 'Raise the Kyzylorda refinery question')],
      tags: [{ id: 'tag-1', name: 'talking point', color: 'blue', createdAt: '2026-01-01T00:00:00.000Z' }],
      cardTags: { 'summit-overview': ['tag-1'] },
    };
    const search = searchWith(user);
    const [byNote] = search.search('kyzylorda');
    expect(byNote?.id).toBe('president-moon');
    expect(byNote?.fields.has('notes')).toBe(true);
    expect(search.search('talking').map((match) => match.id)).toEqual(['summit-overview']);
  });

  it('re-indexes only what changed, and forgets removed cards', () => {
    const search = searchWith();
    search.update(cardDocuments(seed.facts, { ...emptyUserData, notes: [note('president-moon', 'zebra crossing')] }));
    expect(search.search('zebra').map((match) => match.id)).toEqual(['president-moon']);
    search.update(cardDocuments(seed.facts.slice(1), emptyUserData));
    expect(search.search('zebra')).toEqual([]);
    expect(search.document(seed.facts[0]?.id ?? '')).toBeUndefined();
  });
});

describe('marking matches', () => {
  it('marks word starts that match a term', () => {
    expect(matchRanges('Samsung, Hyundai and Lotte', ['hyun'])).toEqual([[9, 16]]);
  });

  it('cuts a snippet around the first match on word boundaries', () => {
    const text = `${'alpha '.repeat(40)}target ${'omega '.repeat(40)}`;
    const snippet = snippetAround(text, ['target'], 20) ?? '';
    expect(snippet).toMatch(/^….*target.*…$/);
    expect(snippet.length).toBeLessThan(60);
  });
});
