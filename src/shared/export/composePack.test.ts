import { describe, expect, it } from 'vitest';
import { sampleFact, sampleSeed } from '../testing/sampleSeed';
import { emptyUserData, type UserData } from '../schema/database';
import { composePack, formatPackDate, type PackLibrary } from './composePack';
import { defaultExportOptions, exportOptionsSchema, exportSelectionSchema, type ExportOptions } from './exportSchemas';

const at = '2026-11-27T10:00:00.000Z';
const stamp = '2026-01-01T00:00:00.000Z';

function library(user: Partial<UserData> = {}): PackLibrary {
  const seed = sampleSeed();
  const own = sampleFact({
    id: 'user-own',
    topic: 'security',
    title: 'My own card',
    origin: 'user',
    sourceId: undefined,
    paragraphs: undefined,
  });
  return {
    sources: seed.sources,
    facts: seed.facts,
    user: {
      ...emptyUserData,
      ownFacts: [own],
      starred: ['enterprises'],
      notes: [
        {
          id: 'note-1',
          factId: 'trade-volume',
          markdown: 'Қазақстан делегациясы — 한국 대표단과의 회의',
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
      highlights: [
        {
          id: 'highlight-1',
          factId: 'trade-volume',
          color: 'green',
          comment: '  Ask about this  ',
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'full text', prefix: 'The ', suffix: ' of' },
            position: { type: 'TextPositionSelector', start: 4, end: 13 },
          },
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
      ...user,
    },
  };
}

const options = (patch: Partial<ExportOptions> = {}): ExportOptions => ({ ...defaultExportOptions, ...patch });
const titles = (pack: ReturnType<typeof composePack>) =>
  pack.sections.flatMap((section) => section.cards.map((card) => card.title));

describe('composePack', () => {
  it('puts every card, seed and own, into sections in topic order', () => {
    const pack = composePack(library(), { kind: 'all' }, options(), at);
    expect(pack.sections.map((section) => section.topic)).toEqual(['overview', 'trade-investment', 'security']);
    expect(pack.sections.map((section) => section.anchor)).toEqual([
      'section-overview',
      'section-trade-investment',
      'section-security',
    ]);
    expect(titles(pack)).toEqual(['A state visit to Seoul', 'Trade volume', 'Korean enterprises', 'My own card']);
    expect(pack.cardCount).toBe(4);
    expect(pack.cover).toMatchObject({ dateLabel: '27 November 2026', selectionLabel: 'All cards', exportedAt: at });
  });

  it('chooses starred cards, whole topics, or a hand-picked set', () => {
    expect(titles(composePack(library(), { kind: 'starred' }, options(), at))).toEqual(['Korean enterprises']);
    const topics = composePack(library(), { kind: 'topics', topics: ['security', 'overview'] }, options(), at);
    expect(titles(topics)).toEqual(['A state visit to Seoul', 'My own card']);
    expect(topics.cover.selectionLabel).toBe('Overview, Security');
    const picked = composePack(
      library(),
      { kind: 'cards', factIds: ['user-own', 'trade-volume', 'gone'] },
      options(),
      at,
    );
    expect(titles(picked)).toEqual(['Trade volume', 'My own card']);
    expect(picked.cover.selectionLabel).toBe('2 hand-picked cards');
  });

  it('carries notes and highlights per option', () => {
    const card = (pack: ReturnType<typeof composePack>) => pack.sections[1]!.cards[0]!;
    const full = composePack(library(), { kind: 'all' }, options(), at);
    expect(card(full).notes.map((note) => note.markdown)).toEqual(['Қазақстан делегациясы — 한국 대표단과의 회의']);
    expect(card(full).highlights).toEqual([{ quote: 'full text', color: 'green', comment: 'Ask about this' }]);
    const bare = composePack(
      library(),
      { kind: 'all' },
      options({ includeNotes: false, includeHighlights: false }),
      at,
    );
    expect(card(bare).notes).toEqual([]);
    expect(card(bare).highlights).toEqual([]);
  });

  it('gives source lines, caveats and the cited sources only with sources included', () => {
    const caveat = { sourceText: 'Toqayey', note: 'A misspelling.', usesOutsideContext: false };
    const withCaveat = library();
    withCaveat.facts = withCaveat.facts.map((fact) =>
      fact.id === 'trade-volume' ? { ...fact, caveats: [caveat] } : fact,
    );
    const full = composePack(withCaveat, { kind: 'topics', topics: ['trade-investment'] }, options(), at);
    const trade = full.sections[0]!.cards[0]!;
    expect(trade.sourceLine).toBe('Source: paragraphs 2 and 3 · Reported by The Sample Times');
    expect(trade.caveats).toEqual([caveat]);
    expect(full.sources.map((source) => source.id)).toEqual(['sample-article', 'sample-outlet']);
    const none = composePack(
      withCaveat,
      { kind: 'topics', topics: ['trade-investment'] },
      options({ includeSources: false }),
      at,
    );
    expect(none.sections[0]!.cards[0]!.sourceLine).toBeUndefined();
    expect(none.sections[0]!.cards[0]!.caveats).toEqual([]);
    expect(none.sources).toEqual([]);
  });

  it('picks key figures without repeats, and fills an empty title with the default', () => {
    const pack = composePack(library(), { kind: 'all' }, options({ title: '   ', author: ' Delegation ' }), at);
    expect(pack.keyFigures.map((item) => item.figure.display)).toEqual(['USD 4 billion', '550']);
    expect(pack.cover.title).toBe(defaultExportOptions.title);
    expect(pack.cover.author).toBe('Delegation');
  });

  it('dates a pack holding cards from the article, and only such a pack', () => {
    const pack = composePack(library(), { kind: 'all' }, options(), at);
    expect(pack.cover.asOf).toMatchObject({ label: 'August 2021', heading: 'Facts as of August 2021' });
    expect(pack.cover.asOf?.note).toMatch(/Later events are not covered/);
    const ownOnly = composePack(library(), { kind: 'cards', factIds: ['user-own'] }, options(), at);
    expect(ownOnly.cover.asOf).toBeUndefined();
    expect(ownOnly.sections[0]!.cards[0]!.paragraphs).toBeUndefined();
    const trade = composePack(library(), { kind: 'cards', factIds: ['trade-volume'] }, options(), at);
    expect(trade.sections[0]!.cards[0]!.paragraphs).toEqual([2, 3]);
  });

  it('composes an empty pack for a selection with no cards', () => {
    const pack = composePack(library({ starred: [] }), { kind: 'starred' }, options(), at);
    expect(pack.cardCount).toBe(0);
    expect(pack.sections).toEqual([]);
  });
});

describe('export schemas', () => {
  it('refuse an empty topic list, unknown kinds and overlong cover text', () => {
    expect(exportSelectionSchema.safeParse({ kind: 'topics', topics: [] }).success).toBe(false);
    expect(exportSelectionSchema.safeParse({ kind: 'everything' }).success).toBe(false);
    expect(exportOptionsSchema.safeParse(options({ title: 'x'.repeat(141) })).success).toBe(false);
    expect(exportOptionsSchema.safeParse({ ...options(), paper: 'A3' }).success).toBe(false);
  });

  it('formats dates in UTC', () => {
    expect(formatPackDate('2021-08-17T23:30:00.000Z')).toBe('17 August 2021');
  });

  describe('a topic blurb prints only when it fits the selected cards', () => {
    const blurbs = (pack: ReturnType<typeof composePack>) =>
      Object.fromEntries(pack.sections.map((section) => [section.topic, section.description ?? null]));

    it('prints every blurb over the whole library', () => {
      const pack = composePack(library(), { kind: 'all' }, options(), at);
      expect(blurbs(pack)['trade-investment']).toMatch(/trade figure/);
      expect(blurbs(pack)['overview']).toBeTruthy();
    });

    it('drops the blurb over a hand-picked part of a topic, keeps it over the whole topic', () => {
      const pack = composePack(
        library(),
        { kind: 'cards', factIds: ['enterprises', 'summit-overview'] },
        options(),
        at,
      );
      const picked = blurbs(pack);
      expect(picked['trade-investment']).toBeNull();
      expect(picked['overview']).toBeTruthy();
    });

    it('drops the blurb over a section of the user’s own cards only', () => {
      const pack = composePack(library(), { kind: 'topics', topics: ['security'] }, options(), at);
      expect(pack.sections.map((section) => section.topic)).toEqual(['security']);
      expect(pack.sections[0]?.description).toBeUndefined();
    });
  });
});
