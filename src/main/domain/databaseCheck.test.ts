import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCardTags } from '../../shared/schema/cardTags';
import { databaseSchema, type Database } from '../../shared/schema/database';
import { diffUserData } from '../../shared/schema/userDataPatch';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';
import { databaseProblems } from './databaseCheck';
import { databaseFromSeed } from './seed';

const at = '2021-08-17T09:00:00.000Z';

function known(): Database {
  const database = databaseFromSeed(sampleSeed());
  const user = {
    ...database.user,
    notes: [{ id: 'note-1', factId: 'trade-volume', markdown: 'A note', createdAt: at, updatedAt: at }],
    tags: [{ id: 'tag-1', name: 'Energy', color: 'green' as const, createdAt: at }],
    starred: ['enterprises'],
    cardTags: withCardTags({}, 'trade-volume', ['tag-1']),
  };
  return databaseSchema.parse({ ...database, user });
}

/** One change a hostile backup, a bug or a fuzzed request might make; many break the database. */
const mutation = fc.oneof(
  fc.constantFrom(
    'note id = card id',
    'tag id = card id',
    'note id = tag id',
    'duplicate note',
    'star twice',
    'star a tag',
    'tag a card with an unknown tag',
    'tag a card twice with one tag',
    'note on a tag',
    'own card marked seed',
    'own card with a shipped id',
    'bad note id',
    'empty tag name',
    'unknown setting',
    'constructor as a card id',
    'constructor as a tag id',
    'fine new note',
    'fine new own card',
    'note edited to be too large',
    'tag renamed to nothing',
  ),
);

function mutate(database: Database, kind: string): Database {
  const { user } = database;
  const newNote = (id: string, factId = 'trade-volume') => ({
    id,
    factId,
    markdown: 'x',
    createdAt: at,
    updatedAt: at,
  });
  const ownCard = (id: string, origin: 'seed' | 'user' = 'user') => {
    const { sourceId: _source, paragraphs: _paragraphs, ...card } = sampleFact({ id });
    return { ...card, origin };
  };
  const withUser = (changes: Partial<Database['user']>): Database => ({ ...database, user: { ...user, ...changes } });
  switch (kind) {
    case 'note id = card id':
      return withUser({ notes: [...user.notes, newNote('trade-volume')] });
    case 'tag id = card id':
      return withUser({ tags: [...user.tags, { id: 'enterprises', name: 'Clash', color: 'red', createdAt: at }] });
    case 'note id = tag id':
      return withUser({ notes: [...user.notes, newNote('tag-1')] });
    case 'duplicate note':
      return withUser({ notes: [...user.notes, newNote('note-1')] });
    case 'star twice':
      return withUser({ starred: [...user.starred, 'enterprises'] });
    case 'star a tag':
      return withUser({ starred: [...user.starred, 'tag-1'] });
    case 'tag a card with an unknown tag':
      return withUser({ cardTags: withCardTags(user.cardTags, 'enterprises', ['tag-404']) });
    case 'tag a card twice with one tag':
      return withUser({ cardTags: withCardTags(user.cardTags, 'enterprises', ['tag-1', 'tag-1']) });
    case 'note on a tag':
      return withUser({ notes: [...user.notes, newNote('note-2', 'tag-1')] });
    case 'own card marked seed':
      return withUser({ ownFacts: [...user.ownFacts, ownCard('user-1', 'seed')] });
    case 'own card with a shipped id':
      return withUser({ ownFacts: [...user.ownFacts, ownCard('summit-overview')] });
    case 'bad note id':
      return withUser({ notes: [...user.notes, newNote('Note 2')] });
    case 'empty tag name':
      return withUser({ tags: [...user.tags, { id: 'tag-2', name: '', color: 'red', createdAt: at }] });
    case 'unknown setting':
      return { ...database, settings: { ...database.settings, lastTopic: 'nowhere' } as never };
    case 'constructor as a card id':
      return withUser({
        ownFacts: [...user.ownFacts, ownCard('constructor')],
        starred: [...user.starred, 'constructor'],
      });
    case 'constructor as a tag id':
      return withUser({
        tags: [...user.tags, { id: 'constructor', name: 'Odd', color: 'teal', createdAt: at }],
        cardTags: withCardTags(user.cardTags, 'enterprises', ['constructor']),
      });
    case 'note edited to be too large':
      return withUser({ notes: user.notes.map((note) => ({ ...note, markdown: 'x'.repeat(101 * 1024) })) });
    case 'tag renamed to nothing':
      return withUser({ tags: user.tags.map((tag) => ({ ...tag, name: '' })) });
    case 'fine new note':
      return withUser({ notes: [...user.notes, newNote('note-9')] });
    default:
      return withUser({ ownFacts: [...user.ownFacts, ownCard(`user-${user.ownFacts.length + 10}`)] });
  }
}

describe('databaseProblems: the check before every write', () => {
  it('accepts exactly what the load would accept, checking only the records a change touched', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (kinds) => {
        const base = known();
        let next = base;
        for (const kind of kinds) next = mutate(next, kind);
        const loadAccepts = databaseSchema.safeParse(next).success;
        expect(databaseProblems(next, base).length === 0, kinds.join(', ')).toBe(loadAccepts);
        // As a save calls it: with the patch that says what changed.
        const patch = diffUserData(base.user, next.user);
        expect(databaseProblems(next, base, patch).length === 0, kinds.join(', ')).toBe(loadAccepts);
        // And checked whole, without a known database, too.
        expect(databaseProblems(next).length === 0).toBe(loadAccepts);
      }),
      { numRuns: 250 },
    );
  });

  it('names the problem: which id, and what it clashes with', () => {
    const problems = databaseProblems(mutate(known(), 'tag id = card id'), known());
    expect(problems.join('\n')).toContain('the tag id "enterprises" is already the id of a card');
    expect(databaseProblems(mutate(known(), 'tag a card with an unknown tag'), known()).join('\n')).toContain(
      'carries a tag "tag-404" that does not exist',
    );
  });

  it('lets constructor be an ordinary id of any kind', () => {
    expect(databaseProblems(mutate(known(), 'constructor as a card id'), known())).toEqual([]);
    expect(databaseProblems(mutate(known(), 'constructor as a tag id'), known())).toEqual([]);
  });
});
