import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCardTags } from '../../shared/schema/cardTags';
import { databaseSchema, type Database } from '../../shared/schema/database';
import { diffUserData } from '../../shared/schema/userDataPatch';
import { recordKinds } from '../../shared/schema/recordKinds';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';
import { databaseProblems, touchedRecordProblems } from './databaseCheck';
import { DatabaseIndex } from './databaseIndex';
import { databaseFromSeed } from './seed';

const shipped = sampleSeed().facts;

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
    'delete the tag on a card',
    'delete the tag and its uses',
    'delete the note, reuse its id as a tag',
    'delete an own card, keep its note',
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
    case 'delete the tag on a card':
      return withUser({ tags: [] });
    case 'delete the tag and its uses':
      return withUser({ tags: [], cardTags: {} });
    case 'delete the note, reuse its id as a tag':
      return withUser({
        notes: user.notes.filter((note) => note.id !== 'note-1'),
        tags: [...user.tags, { id: 'note-1', name: 'Reused', color: 'red', createdAt: at }],
      });
    case 'delete an own card, keep its note':
      return withUser({ ownFacts: user.ownFacts.slice(1) });
    case 'fine new note':
      return withUser({ notes: [...user.notes, newNote('note-9')] });
    default:
      return withUser({ ownFacts: [...user.ownFacts, ownCard(`user-${user.ownFacts.length + 10}`)] });
  }
}

/** The check a save makes: the records the patch touched, then the index for ids and references. */
function incrementalProblems(index: DatabaseIndex, base: Database, next: Database): string[] {
  const patch = diffUserData(base.user, next.user);
  return [
    ...touchedRecordProblems(patch, next.settings === base.settings ? undefined : next.settings),
    ...index.problems(patch, next.user),
  ];
}

describe('the check before every write', () => {
  it('accepts exactly what the load would accept, checking only what a change touched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(mutation, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (steps) => {
          // Change after change, each checked against the index the changes before it left.
          let base = known();
          const index = new DatabaseIndex(shipped).load(base.user, 0);
          for (const kinds of steps) {
            let next = base;
            for (const kind of kinds) next = mutate(next, kind);
            const loadAccepts = databaseProblems(next, shipped).length === 0;
            expect(incrementalProblems(index, base, next).length === 0, kinds.join(', ')).toBe(loadAccepts);
            if (loadAccepts) {
              index.commit(diffUserData(base.user, next.user));
              base = next;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks a touched record of every kind the user holds, with the schema a load uses', () => {
    for (const kind of recordKinds) {
      const problems = touchedRecordProblems({ [kind]: { upserted: [{ id: 'bad-record' }], removed: [] } });
      expect(problems.length, kind).toBeGreaterThan(0);
      expect(problems[0], kind).toContain(`user.${kind}[id bad-record]`);
    }
  });

  it('names the problem: which id, and what it clashes with', () => {
    const index = () => new DatabaseIndex(shipped).load(known().user, 0);
    const problems = incrementalProblems(index(), known(), mutate(known(), 'tag id = card id'));
    expect(problems.join('\n')).toContain('the tag id "enterprises" is already the id of a card');
    expect(
      incrementalProblems(index(), known(), mutate(known(), 'tag a card with an unknown tag')).join('\n'),
    ).toContain('carries a tag "tag-404" that does not exist');
    expect(databaseProblems(mutate(known(), 'tag id = card id'), shipped).join('\n')).toContain(
      'the tag id "enterprises" is already the id of a card',
    );
  });

  it('lets constructor be an ordinary id of any kind', () => {
    const index = () => new DatabaseIndex(shipped).load(known().user, 0);
    expect(incrementalProblems(index(), known(), mutate(known(), 'constructor as a card id'))).toEqual([]);
    expect(incrementalProblems(index(), known(), mutate(known(), 'constructor as a tag id'))).toEqual([]);
  });

  it('keeps the size of the file the database would be, change by change', () => {
    let base = known();
    const bytesOf = (database: Database) => Buffer.byteLength(JSON.stringify(database));
    const index = new DatabaseIndex(shipped).load(base.user, bytesOf(base));
    for (const kind of ['fine new note', 'fine new own card', 'delete the tag and its uses', 'star twice']) {
      const next = mutate(base, kind);
      const patch = diffUserData(base.user, next.user);
      if (index.problems(patch, next.user).length > 0) continue;
      index.commit(patch);
      base = next;
      // Within a few bytes (a comma where a list was empty): the limit is 100 MB.
      expect(Math.abs(index.bytes - bytesOf(base))).toBeLessThanOrEqual(4);
    }
  });
});
