import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { addItem, deleteItem, updateItem } from './briefItemOperations';
import { briefItemCount, briefLimits, briefSectionIds, briefsSchema, emptySections, type Brief } from './briefSchema';
import { blankBrief, refusal, sectionTexts, snapshot, withItems } from './testing/briefBuilders';
import { ownCard, testContext } from './testing/seedLibrary';

describe('adding an item', () => {
  it('puts a talking point at the end of its section, or at the position given', () => {
    const context = testContext();
    const { briefs } = withItems(blankBrief(context), context, 'points-to-make', ['First', 'Third']);
    const { briefs: next, changed } = addItem(
      briefs,
      { briefId: 'brief-1', section: 'points-to-make', index: 1, text: 'Second' },
      context,
    );
    expect(sectionTexts(next[0], 'points-to-make')).toEqual(['First', 'Second', 'Third']);
    expect(changed.itemIds).toEqual(['brief-item-3']);
    expect(changed.brief?.updatedAt).toBe(changed.brief?.sections['points-to-make'][1]?.createdAt);
  });

  it('keeps Korean and Cyrillic text and Markdown as typed', () => {
    const context = testContext();
    const text = 'Поблагодарить за **тёплый приём** — 따뜻한 환대에 감사드립니다';
    const { changed } = addItem(blankBrief(context), { briefId: 'brief-1', section: 'press-lines', text }, context);
    expect(changed.brief?.sections['press-lines'][0]?.text).toBe(text);
  });

  it('cites cards by id and paragraph', () => {
    const context = testContext();
    const { changed } = addItem(
      blankBrief(context),
      {
        briefId: 'brief-1',
        section: 'points-to-make',
        text: 'Welcome the USD 1.7 billion deal',
        cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
      },
      context,
    );
    expect(changed.brief?.sections['points-to-make'][0]?.cites).toEqual([
      { factId: 'deal-usd-1-7-billion', paragraphs: [3] },
    ]);
  });

  it('refuses to cite a card that does not exist, and changes nothing', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    const before = snapshot(briefs);
    const error = refusal(() =>
      addItem(
        briefs,
        { briefId: 'brief-1', section: 'background', text: 'x', cites: [{ factId: 'no-such-card', paragraphs: [] }] },
        context,
      ),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('There is no card with the id "no-such-card"; nothing was changed.');
    expect(briefs).toEqual(before);
  });

  it('refuses to cite a paragraph the card does not cite', () => {
    const context = testContext({ ownFacts: [ownCard({ id: 'user-mine', title: 'My card' })] });
    const briefs = blankBrief(context);
    const cite = (factId: string, paragraphs: number[]) => () =>
      addItem(
        briefs,
        { briefId: 'brief-1', section: 'objective', text: 'x', cites: [{ factId, paragraphs }] },
        context,
      );
    expect(refusal(cite('deal-usd-1-7-billion', [3, 7])).message).toBe(
      'The card "USD 1.7 billion deal, reported by The Astana Times" does not cite ¶7 (it cites ¶3); nothing was changed.',
    );
    expect(refusal(cite('user-mine', [1])).message).toMatch(/it is your own card and cites no paragraph/);
  });

  it('refuses a 100 KB item with a clear message and keeps the brief', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    const before = snapshot(briefs);
    const error = refusal(() =>
      addItem(briefs, { briefId: 'brief-1', section: 'points-to-make', text: 'x'.repeat(100 * 1024) }, context),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe(
      'An item is at most 2,000 characters and this one has 102,400; shorten it or split it into several items; nothing was changed.',
    );
    expect(error.details).toEqual([
      'text: an item is at most 2,000 characters and this one has 102,400; shorten it or split it into several items',
    ]);
    expect(briefs).toEqual(before);
  });

  it('refuses the item that would make the brief larger than 500 items, so a brief of 1,000 cannot be built', () => {
    const context = testContext();
    let briefs = blankBrief(context);
    const texts = Array.from({ length: briefLimits.itemsPerBrief }, (_value, index) => `Point ${index + 1}`);
    briefs = withItems(briefs, context, 'points-to-make', texts).briefs;
    const before = snapshot(briefs);
    const error = refusal(() =>
      addItem(briefs, { briefId: 'brief-1', section: 'press-lines', text: 'one more' }, context),
    );
    expect(error.message).toBe(
      'A brief holds at most 500 items and this one would hold 501; split it into several briefs; nothing was changed.',
    );
    expect(briefs).toEqual(before);
  });

  it('holds the objective to three lines', () => {
    const context = testContext();
    const { briefs } = withItems(blankBrief(context), context, 'objective', ['One', 'Two', 'Three']);
    expect(
      refusal(() => addItem(briefs, { briefId: 'brief-1', section: 'objective', text: 'Four' }, context)).message,
    ).toBe('The objective is at most 3 lines; shorten it or put the point under Points to make; nothing was changed.');
  });

  it('gives each section its own fields: disclosure, dates, a person, a defensive line', () => {
    const context = testContext();
    let briefs = blankBrief(context);
    const add = (input: Omit<Parameters<typeof addItem>[1], 'briefId'>) => {
      const outcome = addItem(briefs, { briefId: 'brief-1', ...input }, context);
      briefs = outcome.briefs;
      return outcome.changed.brief?.sections[input.section].at(-1);
    };
    expect(add({ section: 'background', text: 'Typed by me' })?.disclosure).toBe('not-for-disclosure');
    expect(add({ section: 'background', text: 'Public', disclosure: 'usable' })?.disclosure).toBe('usable');
    expect(add({ section: 'addenda', text: 'Late change' })?.date).toBe('2026-11-27');
    expect(add({ section: 'timeline', text: 'Fresh Wind launched', date: '2019' })?.date).toBe('2019');
    const picture = add({ section: 'pen-pictures', text: 'Leads the delegation', person: { name: 'Moon Jae-in' } });
    expect(picture?.person).toEqual({ name: 'Moon Jae-in' });
    const avoid = add({
      section: 'points-to-avoid',
      text: 'The size of the delegations',
      ifRaised: 'Both sides sent large delegations.',
    });
    expect(avoid?.ifRaised).toBe('Both sides sent large delegations.');
  });

  it('refuses a timeline entry without a date and a field typed for another section', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    expect(
      refusal(() => addItem(briefs, { briefId: 'brief-1', section: 'timeline', text: 'When?' }, context)).message,
    ).toBe('A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD); nothing was changed.');
    expect(
      refusal(() =>
        addItem(briefs, { briefId: 'brief-1', section: 'points-to-make', text: 'x', disclosure: 'usable' }, context),
      ).message,
    ).toBe('An item in points-to-make cannot carry a disclosure mark; nothing was changed.');
  });

  it('refuses a position past the end of the section', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    expect(
      refusal(() => addItem(briefs, { briefId: 'brief-1', section: 'press-lines', index: 3, text: 'x' }, context))
        .message,
    ).toBe('Position 4 is past the end of the section, which holds 0 items; nothing was changed.');
  });
});

describe('editing and deleting an item', () => {
  function oneItem(): { briefs: Brief[]; id: string; context: ReturnType<typeof testContext> } {
    const context = testContext();
    const { briefs, ids } = withItems(blankBrief(context), context, 'points-to-avoid', ['Hong Kong wording']);
    return { briefs, id: ids[0] ?? '', context };
  }

  it('edits only what it names, and removes a defensive line with null', () => {
    const { briefs, id, context } = oneItem();
    const edited = updateItem(
      briefs,
      { briefId: 'brief-1', itemId: id, ifRaised: 'The joint statement highlights the return of remains.' },
      context,
    );
    const item = edited.changed.brief?.sections['points-to-avoid'][0];
    expect(item).toMatchObject({
      text: 'Hong Kong wording',
      ifRaised: 'The joint statement highlights the return of remains.',
    });
    expect(item?.updatedAt).not.toBe(item?.createdAt);
    const cleared = updateItem(edited.briefs, { briefId: 'brief-1', itemId: id, ifRaised: null }, context);
    expect(cleared.changed.brief?.sections['points-to-avoid'][0]).not.toHaveProperty('ifRaised');
  });

  it('refuses an edit that cites a missing card or gives the item a field its section does not use', () => {
    const { briefs, id, context } = oneItem();
    const before = snapshot(briefs);
    expect(
      refusal(() =>
        updateItem(briefs, { briefId: 'brief-1', itemId: id, cites: [{ factId: 'gone', paragraphs: [1] }] }, context),
      ).code,
    ).toBe('not-found');
    expect(refusal(() => updateItem(briefs, { briefId: 'brief-1', itemId: id, date: '2021' }, context)).message).toBe(
      'An item in points-to-avoid cannot carry a date; nothing was changed.',
    );
    expect(refusal(() => updateItem(briefs, { briefId: 'brief-1', itemId: id, text: '' }, context)).message).toBe(
      'An item needs some text; nothing was changed.',
    );
    expect(briefs).toEqual(before);
  });

  it('deletes an item and names it, so undo can bring it back', () => {
    const { briefs, id, context } = oneItem();
    const { briefs: next, changed } = deleteItem(briefs, { briefId: 'brief-1', itemId: id }, context);
    expect(next[0]?.sections['points-to-avoid']).toEqual([]);
    expect(changed.itemIds).toEqual([id]);
    expect(briefs[0]?.sections['points-to-avoid']).toHaveLength(1);
  });

  it('refuses to delete an item that is not in the brief', () => {
    const { briefs, context } = oneItem();
    const error = refusal(() => deleteItem(briefs, { briefId: 'brief-1', itemId: 'brief-item-99' }, context));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('There is no item in this brief with the id "brief-item-99"; nothing was changed.');
  });
});

describe('adding never half-applies (property)', () => {
  it('either refuses with a clear error and leaves the briefs as they were, or adds exactly one valid item', () => {
    const cardIds = ['deal-usd-1-7-billion', 'president-moon', 'summit-overview', 'no-such-card'];
    const input = fc.record({
      section: fc.constantFrom(...briefSectionIds),
      text: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: 1990, maxLength: 2010 })),
      cites: fc.array(
        fc.record({
          factId: fc.constantFrom(...cardIds),
          paragraphs: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }),
        }),
        { maxLength: 3 },
      ),
      date: fc.option(fc.constantFrom('2021', '2021-08', '2021-08-17', '17.08.2021'), { nil: undefined }),
      disclosure: fc.option(fc.constantFrom('usable' as const, 'not-for-disclosure' as const), { nil: undefined }),
    });
    const context = testContext();
    const start = withItems(blankBrief(context), context, 'objective', ['One', 'Two']).briefs;
    fc.assert(
      fc.property(input, (request) => {
        const before = snapshot(start);
        try {
          const { briefs } = addItem(start, { briefId: 'brief-1', ...request }, context);
          expect(briefsSchema.safeParse(briefs).success).toBe(true);
          expect(briefItemCount(briefs[0] ?? { sections: emptySections() })).toBe(
            briefItemCount(before[0] ?? { sections: emptySections() }) + 1,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(BriefingError);
          expect((error as BriefingError).message).toMatch(/nothing was changed\.$/);
        }
        expect(start).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
