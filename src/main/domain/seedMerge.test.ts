import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor } from '../../shared/annotation/anchorHighlight';
import { describeRange } from '../../shared/annotation/textSelectors';
import type { Highlight } from '../../shared/schema/annotations';
import { databaseSchema, emptyUserData, type Database, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import { seedSchema, type Seed } from '../../shared/schema/seed';
import { databaseFileName, openFactStore } from './factStore';
import { migrateDatabaseKeepingFacts } from './migrations';
import { databaseFromSeed, mergeSeed, parseSeed } from './seed';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';
import { savedDatabase } from '../testing/savedFiles';

const stamp = '2021-09-01T09:00:00.000Z';

function highlightOn(factId: string, body: string, phrase: string, id = `highlight-${factId}`): Highlight {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return {
    id,
    factId,
    color: 'yellow',
    target: describeRange(body, start, start + phrase.length),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Revision 1 of the sample seed with the user's work on it: a star, a note, a tag and a highlight on "trade-volume". */
function annotatedDatabase(): Database {
  const database = databaseFromSeed(sampleSeed(1));
  const body = sampleSeed(1).facts.find((fact) => fact.id === 'trade-volume')!.body;
  const user: UserData = {
    ...emptyUserData,
    starred: ['trade-volume', 'enterprises'],
    notes: [{ id: 'note-1', factId: 'trade-volume', markdown: 'Ask about this.', createdAt: stamp, updatedAt: stamp }],
    highlights: [highlightOn('trade-volume', body, 'full text')],
    tags: [{ id: 'tag-ask', name: 'Ask', color: 'amber', createdAt: stamp }],
    cardTags: { 'trade-volume': ['tag-ask'], enterprises: ['tag-ask'] },
  };
  return { ...database, user };
}

/** Revision 2 renames "trade-volume" to "trade-volume-usd-4bn" and rewrites its text. */
function renamingSeed(body: string): Seed {
  const revisionOne = sampleSeed(1);
  return sampleSeed(2, {
    facts: revisionOne.facts.map((fact) =>
      fact.id === 'trade-volume' ? { ...fact, id: 'trade-volume-usd-4bn', body } : fact,
    ),
    aliases: [{ from: 'trade-volume', to: 'trade-volume-usd-4bn', seedRevision: 2 }],
  });
}

describe('mergeSeed', () => {
  it('leaves a database at the same or a newer revision exactly as it is', () => {
    const database = annotatedDatabase();
    for (const seed of [sampleSeed(1), renamingSeed('Other text.')]) {
      const result = mergeSeed({ ...database, seedRevision: seed.seedRevision }, seed);
      expect(result.changed).toBe(false);
      expect(result.database.user).toBe(database.user);
    }
  });

  it('moves the notes, highlight, tags and star of a renamed card to its new id, and reports it', () => {
    const database = annotatedDatabase();
    const {
      database: merged,
      report,
      changed,
    } = mergeSeed(database, renamingSeed('The full text of trade-volume, as revised.'));
    expect(changed).toBe(true);
    expect(databaseSchema.parse(merged)).toEqual(merged);
    expect(merged.user.starred).toEqual(['trade-volume-usd-4bn', 'enterprises']);
    expect(merged.user.notes.map((note) => [note.factId, note.markdown])).toEqual([
      ['trade-volume-usd-4bn', 'Ask about this.'],
    ]);
    expect(merged.user.cardTags).toEqual({ 'trade-volume-usd-4bn': ['tag-ask'], enterprises: ['tag-ask'] });
    expect(merged.user.highlights.map((highlight) => highlight.factId)).toEqual(['trade-volume-usd-4bn']);
    expect(report.renamedCards).toEqual([{ from: 'trade-volume', to: 'trade-volume-usd-4bn' }]);
    // The renamed card's text changed after the highlighted words, which are found where they were.
    expect(report.reanchoredHighlights).toMatchObject([{ highlightId: 'highlight-trade-volume', method: 'position' }]);
    expect(merged.user.highlights[0]!.target.position).toEqual({ type: 'TextPositionSelector', start: 4, end: 13 });
  });

  it('re-anchors a highlight on corrected text to its new offsets, never leaving it on other words', () => {
    const database = annotatedDatabase();
    const revised = 'Revised first. The full text of trade-volume, written for the test.';
    const seed = sampleSeed(2, {
      facts: sampleSeed(1).facts.map((fact) => (fact.id === 'trade-volume' ? { ...fact, body: revised } : fact)),
    });
    const { database: merged, report } = mergeSeed(database, seed);
    const [highlight] = merged.user.highlights;
    const { start, end } = highlight!.target.position;
    expect(revised.slice(start, end)).toBe('full text');
    expect(highlight!.target.quote).toMatchObject({ exact: 'full text', prefix: 'Revised first. The ' });
    expect(report.lostHighlights).toEqual([]);
  });

  it('keeps a highlight whose words left the text as it was, and lists it as lost', () => {
    const database = annotatedDatabase();
    const seed = sampleSeed(2, {
      facts: sampleSeed(1).facts.map((fact) =>
        fact.id === 'trade-volume' ? { ...fact, body: 'Nothing of the old wording is left here.' } : fact,
      ),
    });
    const { database: merged, report } = mergeSeed(database, seed);
    expect(merged.user.highlights).toEqual(database.user.highlights);
    expect(report.lostHighlights).toEqual([
      { highlightId: 'highlight-trade-volume', factId: 'trade-volume', quote: 'full text' },
    ]);
  });

  it('touches no highlight on an unchanged card, and nothing of the user’s own cards', () => {
    const own = sampleFact({ id: 'user-own', origin: 'user', sourceId: undefined, paragraphs: undefined });
    const database = annotatedDatabase();
    const ownHighlight = highlightOn('user-own', own.body, 'written');
    const withOwn = { ...database, user: { ...database.user, ownFacts: [own], highlights: [ownHighlight] } };
    const seed = sampleSeed(2, { facts: [...sampleSeed(1).facts, sampleFact({ id: 'abai-monument' })] });
    // Told with the old card texts (a file from before schema 4) and without (the highlight's words in place).
    for (const previousFacts of [sampleSeed(1).facts, undefined]) {
      const { database: merged, report } = mergeSeed(withOwn, seed, previousFacts);
      expect(merged.user).toEqual(withOwn.user);
      expect(merged.seedRevision).toBe(2);
      expect(merged).not.toHaveProperty('facts');
      expect(report).toMatchObject({ renamedCards: [], reanchoredHighlights: [], lostHighlights: [] });
    }
  });
});

describe('seed aliases', () => {
  it('must point at a current card, from an id no card uses, once each', () => {
    const seed = sampleSeed(2);
    const refuse = (aliases: Seed['aliases']) => seedSchema.safeParse({ ...seed, aliases }).success;
    expect(refuse([{ from: 'old-id', to: 'trade-volume', seedRevision: 2 }])).toBe(true);
    expect(refuse([{ from: 'old-id', to: 'gone', seedRevision: 2 }])).toBe(false);
    expect(refuse([{ from: 'enterprises', to: 'trade-volume', seedRevision: 2 }])).toBe(false);
    expect(refuse([{ from: 'old-id', to: 'trade-volume', seedRevision: 3 }])).toBe(false);
    expect(
      refuse([
        { from: 'old-id', to: 'trade-volume', seedRevision: 2 },
        { from: 'old-id', to: 'enterprises', seedRevision: 2 },
      ]),
    ).toBe(false);
  });
});

// A database file exactly as version 0.1 of the app wrote it (schema 2, seed revision 1), made by
// the app's own router with a star, notes, tags, an own card and seven highlights on it.
const fixturePath = new URL('../testing/fixtures/schema-2-seed-revision-1.json', import.meta.url);
const shippedSeed = parseSeed(
  JSON.parse(readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);

describe('a database of seed revision 1 meets the corrected seed', () => {
  let dataDirectory: string;
  let filePath: string;
  let before: Database;
  /** The shipped cards the schema-2 file held: the texts its highlights were made on. */
  let beforeFacts: Fact[];

  beforeEach(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-seed-merge-'));
    filePath = join(dataDirectory, databaseFileName);
    await writeFile(filePath, await readFile(fixturePath));
    const migrated = migrateDatabaseKeepingFacts(JSON.parse(await readFile(fixturePath, 'utf8')), filePath);
    before = databaseSchema.parse(migrated.data);
    beforeFacts = migrated.legacyFacts as Fact[];
  });

  afterEach(async () => {
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('opens with the corrections, and every note, tag, star and own card exactly as the user left them', async () => {
    const store = await openFactStore({ dataDirectory, seed: shippedSeed });
    await store.settled();
    const library = store.library();
    expect(library.facts).toEqual(shippedSeed.facts);
    expect(library.sources).toEqual(shippedSeed.sources);
    const onDisk = await savedDatabase(dataDirectory);
    // The upgraded file holds the user's data only: the shipped cards are read from the seed.
    expect(Object.keys(JSON.parse(await readFile(filePath, 'utf8')) as object).sort()).toEqual([
      'lineage',
      'schemaVersion',
      'seedRevision',
      'sequence',
      'settings',
      'user',
    ]);
    await store.close();
    for (const database of [library, onDisk]) {
      expect(database.seedRevision).toBe(shippedSeed.seedRevision);
      const { highlights, ...rest } = database.user;
      const { highlights: oldHighlights, ...oldRest } = before.user;
      expect(rest).toEqual(oldRest);
      expect(highlights.map((highlight) => highlight.id)).toEqual(oldHighlights.map((highlight) => highlight.id));
    }
    // Every card of revision 1 is still there under its id, so nothing needed an alias.
    for (const fact of beforeFacts) expect(shippedSeed.facts.map((candidate) => candidate.id)).toContain(fact.id);
  });

  it('re-anchors each highlight on corrected text or lists it as lost, and never moves one silently', () => {
    const { database: merged, report } = mergeSeed(before, shippedSeed, beforeFacts);
    const bodyOf = (factId: string) =>
      [...shippedSeed.facts, ...merged.user.ownFacts].find((fact) => fact.id === factId)!.body;
    const oldBodyOf = (factId: string) =>
      [...beforeFacts, ...before.user.ownFacts].find((fact) => fact.id === factId)!.body;
    const reanchored = new Map(report.reanchoredHighlights.map((item) => [item.highlightId, item]));
    const lost = new Map(report.lostHighlights.map((item) => [item.highlightId, item]));

    for (const highlight of merged.user.highlights) {
      const old = before.user.highlights.find((candidate) => candidate.id === highlight.id)!;
      const body = bodyOf(highlight.factId);
      if (body === oldBodyOf(highlight.factId)) {
        expect(highlight, 'a highlight on unchanged text is untouched').toEqual(old);
        continue;
      }
      expect(reanchored.has(highlight.id) !== lost.has(highlight.id), `${highlight.id} is reported once`).toBe(true);
      if (lost.has(highlight.id)) {
        // Its words are kept, and the card will list it under "Highlights that lost their place".
        expect(highlight).toEqual(old);
        expect(anchor(body, highlight.target)).toBeNull();
      } else {
        const { start, end } = highlight.target.position;
        expect(body.slice(start, end)).toBe(highlight.target.quote.exact);
        expect(reanchored.get(highlight.id)).toMatchObject({
          before: old.target.quote.exact,
          after: highlight.target.quote.exact,
        });
      }
    }
    expect(report.reanchoredHighlights).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          factId: 'korean-enterprises-in-kazakhstan',
          before: 'Samsung, Hyundai and Lotte',
          method: 'quote',
        }),
        expect.objectContaining({ factId: 'abai-sculpture-seoul-cyber-university', method: 'quote' }),
      ]),
    );
    expect(report.lostHighlights.map((item) => item.quote)).toEqual(
      expect.arrayContaining([
        'The article presents the number as a projection',
        'signed an agreement valued at USD 1.7 billion',
      ]),
    );
    // The own card's highlight is the user's own business.
    const own = merged.user.highlights.find((highlight) => highlight.factId.startsWith('user-'))!;
    expect(own).toEqual(before.user.highlights.find((highlight) => highlight.id === own.id));
  });

  it('keeps the notes, highlights, tags and star of a card the corrected seed renames', async () => {
    const renamed = seedSchema.parse({
      ...shippedSeed,
      facts: shippedSeed.facts.map((fact) =>
        fact.id === 'state-visit-to-seoul' ? { ...fact, id: 'visit-to-seoul' } : fact,
      ),
      aliases: [{ from: 'state-visit-to-seoul', to: 'visit-to-seoul', seedRevision: shippedSeed.seedRevision }],
    });
    const store = await openFactStore({ dataDirectory, seed: renamed });
    const { user } = store.library();
    await store.close();
    const onOldId = (items: Array<{ factId: string }>) =>
      items.filter((item) => item.factId === 'state-visit-to-seoul');
    expect(onOldId(before.user.notes)).toHaveLength(1);
    expect(onOldId(user.notes)).toEqual([]);
    expect(user.notes.filter((note) => note.factId === 'visit-to-seoul').map((note) => note.markdown)).toEqual([
      'Check the dates of the visit.',
    ]);
    expect(user.highlights.filter((highlight) => highlight.factId === 'visit-to-seoul')).toHaveLength(1);
    expect(user.starred).toContain('visit-to-seoul');
    expect(user.starred).not.toContain('state-visit-to-seoul');
    expect(user.cardTags['visit-to-seoul']).toEqual(before.user.cardTags['state-visit-to-seoul']);
    expect(user.cardTags).not.toHaveProperty('state-visit-to-seoul');
  });
});
