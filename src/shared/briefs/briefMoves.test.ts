import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { addItem, moveItem, reorderSection } from './briefItemOperations';
import { briefSectionIds, briefsSchema, type Brief, type BriefSectionId } from './briefSchema';
import { blankBrief, refusal, sectionTexts, snapshot, withItems } from './testing/briefBuilders';
import { testContext } from './testing/seedLibrary';

function threePoints() {
  const context = testContext();
  const { briefs, ids } = withItems(blankBrief(context), context, 'points-to-make', ['A', 'B', 'C']);
  return { briefs, ids, context };
}

describe('moving an item within its section', () => {
  it('puts it at the position it will hold, up or down', () => {
    const { briefs, ids, context } = threePoints();
    const down = moveItem(
      briefs,
      { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'points-to-make', toIndex: 2 },
      context,
    );
    expect(sectionTexts(down.briefs[0], 'points-to-make')).toEqual(['B', 'C', 'A']);
    expect(down.changed.itemIds).toEqual([ids[0]]);
    const up = moveItem(
      briefs,
      { briefId: 'brief-1', itemId: ids[2] ?? '', toSection: 'points-to-make', toIndex: 0 },
      context,
    );
    expect(sectionTexts(up.briefs[0], 'points-to-make')).toEqual(['C', 'A', 'B']);
  });

  it('refuses a position past the end, and changes nothing', () => {
    const { briefs, ids, context } = threePoints();
    const before = snapshot(briefs);
    const error = refusal(() =>
      moveItem(briefs, { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'points-to-make', toIndex: 3 }, context),
    );
    expect(error.message).toBe('Position 4 is past the end of the section, which holds 2 items; nothing was changed.');
    expect(briefs).toEqual(before);
  });
});

describe('moving an item between sections', () => {
  it('moves a talking point to the press lines at a position', () => {
    const { briefs, ids, context } = threePoints();
    const withPress = withItems(briefs, context, 'press-lines', ['P']).briefs;
    const moved = moveItem(
      withPress,
      { briefId: 'brief-1', itemId: ids[1] ?? '', toSection: 'press-lines', toIndex: 0 },
      context,
    );
    expect(sectionTexts(moved.briefs[0], 'points-to-make')).toEqual(['A', 'C']);
    expect(sectionTexts(moved.briefs[0], 'press-lines')).toEqual(['B', 'P']);
  });

  it('fits the item to its new section: marked "not for disclosure" in background, dated in addenda', () => {
    const { briefs, ids, context } = threePoints();
    const background = moveItem(
      briefs,
      { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'background', toIndex: 0 },
      context,
    );
    expect(background.changed.brief?.sections.background[0]?.disclosure).toBe('not-for-disclosure');
    const marked = moveItem(
      briefs,
      { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'background', toIndex: 0, disclosure: 'usable' },
      context,
    );
    expect(marked.changed.brief?.sections.background[0]?.disclosure).toBe('usable');
    // Back out of background, the mark goes: a talking point has none.
    const back = moveItem(
      background.briefs,
      { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'points-to-make', toIndex: 0 },
      context,
    );
    expect(back.changed.brief?.sections['points-to-make'][0]).not.toHaveProperty('disclosure');
    const addendum = moveItem(
      briefs,
      { briefId: 'brief-1', itemId: ids[2] ?? '', toSection: 'addenda', toIndex: 0 },
      context,
    );
    expect(addendum.changed.brief?.sections.addenda[0]?.date).toBe('2026-11-27');
  });

  it('asks for a date when moving into the timeline, and keeps a date the item has', () => {
    const { briefs, ids, context } = threePoints();
    const move = { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'timeline' as const, toIndex: 0 };
    expect(refusal(() => moveItem(briefs, move, context)).message).toBe(
      'A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD); nothing was changed.',
    );
    const dated = moveItem(briefs, { ...move, date: '2021-08-17' }, context);
    expect(dated.changed.brief?.sections.timeline[0]?.date).toBe('2021-08-17');
    const toAddenda = moveItem(
      dated.briefs,
      { briefId: 'brief-1', itemId: ids[0] ?? '', toSection: 'addenda', toIndex: 0 },
      context,
    );
    expect(toAddenda.changed.brief?.sections.addenda[0]?.date).toBe('2021-08-17');
  });

  it('refuses a fourth objective line and an unknown item', () => {
    const context = testContext();
    let briefs = withItems(blankBrief(context), context, 'objective', ['1', '2', '3']).briefs;
    const extra = addItem(briefs, { briefId: 'brief-1', section: 'points-to-make', text: '4' }, context);
    briefs = extra.briefs;
    const itemId = extra.changed.itemIds[0] ?? '';
    expect(
      refusal(() => moveItem(briefs, { briefId: 'brief-1', itemId, toSection: 'objective', toIndex: 0 }, context))
        .message,
    ).toMatch(/objective is at most 3 lines/);
    expect(
      refusal(() =>
        moveItem(briefs, { briefId: 'brief-1', itemId: 'nope', toSection: 'objective', toIndex: 0 }, context),
      ).code,
    ).toBe('not-found');
  });
});

describe('reordering a section', () => {
  it('takes the new order of the same items', () => {
    const { briefs, ids, context } = threePoints();
    const reordered = reorderSection(
      briefs,
      { briefId: 'brief-1', section: 'points-to-make', itemIds: [ids[2] ?? '', ids[0] ?? '', ids[1] ?? ''] },
      context,
    );
    expect(sectionTexts(reordered.briefs[0], 'points-to-make')).toEqual(['C', 'A', 'B']);
  });

  it('refuses an order that drops, doubles or invents an item', () => {
    const { briefs, ids, context } = threePoints();
    const [a = '', b = '', c = ''] = ids;
    for (const itemIds of [
      [a, b],
      [a, b, b],
      [a, b, c, 'brief-item-9'],
      [a, b, 'brief-item-9'],
    ]) {
      const error = refusal(() =>
        reorderSection(briefs, { briefId: 'brief-1', section: 'points-to-make', itemIds }, context),
      );
      expect(error.message).toBe(
        "A new order must list each of the section's 3 items exactly once (the section may have changed since); nothing was changed.",
      );
    }
  });
});

function allItems(brief: Brief | undefined): string[] {
  return briefSectionIds.flatMap((section) => (brief?.sections[section] ?? []).map((item) => item.id)).sort();
}

describe('moves never lose or double an item, nor leave a brief invalid (property)', () => {
  it('holds for any sequence of moves and reorders, accepted or refused', () => {
    const sections: BriefSectionId[] = [
      'points-to-make',
      'points-to-raise',
      'press-lines',
      'background',
      'addenda',
      'objective',
      'timeline',
    ];
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('move' as const),
        item: fc.nat(9),
        toSection: fc.constantFrom(...sections),
        toIndex: fc.nat(12),
      }),
      fc.record({ kind: fc.constant('reorder' as const), section: fc.constantFrom(...sections), seed: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const context = testContext();
        const start = withItems(blankBrief(context), context, 'points-to-make', ['0', '1', '2', '3', '4', '5']);
        const more = withItems(start.briefs, context, 'press-lines', ['6', '7', '8', '9']);
        const ids = [...start.ids, ...more.ids];
        let briefs = more.briefs;
        const expected = allItems(briefs[0]);
        for (const change of steps) {
          try {
            if (change.kind === 'move') {
              const itemId = ids[change.item] ?? '';
              briefs = moveItem(
                briefs,
                { briefId: 'brief-1', itemId, toSection: change.toSection, toIndex: change.toIndex, date: '2021-08' },
                context,
              ).briefs;
            } else {
              const current = briefs[0]?.sections[change.section].map((item) => item.id) ?? [];
              const rotated = current.map((_id, index) => current[(index + change.seed) % current.length] ?? '');
              briefs = reorderSection(
                briefs,
                { briefId: 'brief-1', section: change.section, itemIds: rotated },
                context,
              ).briefs;
            }
          } catch (error) {
            // A refusal is fine (a position past the end, a fourth objective line); a crash is not.
            if (!(error instanceof BriefingError)) throw error;
          }
          expect(allItems(briefs[0])).toEqual(expected);
          // Whatever was accepted is a valid brief: no section holds a field it does not use.
          expect(briefsSchema.safeParse(briefs).success).toBe(true);
          expect(briefs[0]?.sections.objective.length ?? 0).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 150 },
    );
  });
});
