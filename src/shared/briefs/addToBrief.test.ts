import { describe, expect, it } from 'vitest';
import { describeRange } from '../annotation/textSelectors';
import type { Highlight, Note } from '../schema/annotations';
import { addToBrief } from './addToBrief';
import { blankBrief, refusal, snapshot } from './testing/briefBuilders';
import { provenanceOf } from './testing/provenance';
import { seedCard, testContext } from './testing/seedLibrary';

const stamp = '2026-11-01T09:00:00.000Z';
const dealBody = seedCard('deal-usd-1-7-billion').body;
const quoteStart = dealBody.indexOf('a deal worth USD 1.7 billion');

const highlight: Highlight = {
  id: 'highlight-1',
  factId: 'deal-usd-1-7-billion',
  color: 'yellow',
  target: describeRange(dealBody, quoteStart, quoteStart + 'a deal worth USD 1.7 billion'.length),
  createdAt: stamp,
  updatedAt: stamp,
};

const note: Note = {
  id: 'note-1',
  factId: 'korean-enterprises-in-kazakhstan',
  markdown: 'Ask about **Samsung**’s plans.\n\nПодготовить справку — 삼성 관련 자료',
  createdAt: stamp,
  updatedAt: stamp,
};

function setup() {
  const context = testContext({ highlights: [highlight], notes: [note] });
  return { context, briefs: blankBrief(context) };
}

describe('add to brief', () => {
  it('puts a card’s summary in the chosen section with its citation', () => {
    const { context, briefs } = setup();
    const { changed } = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'points-to-make', from: { kind: 'card', factId: 'deal-usd-1-7-billion' } },
      context,
    );
    const item = changed.brief?.sections['points-to-make'][0];
    expect(item).toMatchObject({
      text: seedCard('deal-usd-1-7-billion').summary,
      cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
    });
    expect(item && provenanceOf(item, context.fact)).toBe('deal-usd-1-7-billion.summary');
  });

  it('puts a highlight’s quoted words in quotation marks, citing its card', () => {
    const { context, briefs } = setup();
    const { changed } = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'background', index: 0, from: { kind: 'highlight', highlightId: 'highlight-1' } },
      context,
    );
    expect(changed.brief?.sections.background[0]).toMatchObject({
      text: '“a deal worth USD 1.7 billion”',
      cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
      disclosure: 'usable',
    });
  });

  it('puts a note’s own Markdown on one line, not for disclosure, citing the card it is on', () => {
    const { context, briefs } = setup();
    const { changed } = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'background', from: { kind: 'note', noteId: 'note-1' } },
      context,
    );
    expect(changed.brief?.sections.background[0]).toMatchObject({
      text: 'Ask about **Samsung**’s plans. Подготовить справку — 삼성 관련 자료',
      cites: [{ factId: 'korean-enterprises-in-kazakhstan', paragraphs: [3] }],
      disclosure: 'not-for-disclosure',
    });
  });

  it('dates a timeline entry by its card, or by the date given, and refuses an undated one', () => {
    const { context, briefs } = setup();
    const dated = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'timeline', from: { kind: 'card', factId: 'fresh-wind-programme' } },
      context,
    );
    expect(dated.changed.brief?.sections.timeline[0]?.date).toBe('2019');
    const undated = {
      briefId: 'brief-1',
      section: 'timeline' as const,
      from: { kind: 'highlight' as const, highlightId: 'highlight-1' },
    };
    expect(refusal(() => addToBrief(briefs, undated, context)).message).toBe(
      'A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD); nothing was changed.',
    );
    const given = addToBrief(briefs, { ...undated, date: '2021-08' }, context);
    expect(given.changed.brief?.sections.timeline[0]?.date).toBe('2021-08');
  });

  it('dates an addendum the day it is added, not by its card', () => {
    const { context, briefs } = setup();
    const { changed } = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'addenda', from: { kind: 'card', factId: 'joint-statement-signed' } },
      context,
    );
    expect(changed.brief?.sections.addenda[0]?.date).toBe('2026-11-27');
  });

  it('names the person of a one-person card in pen pictures', () => {
    const { context, briefs } = setup();
    const { changed } = addToBrief(
      briefs,
      { briefId: 'brief-1', section: 'pen-pictures', from: { kind: 'card', factId: 'president-moon' } },
      context,
    );
    expect(changed.brief?.sections['pen-pictures'][0]?.person).toEqual({
      name: 'Moon Jae-in',
      role: 'President of South Korea',
      country: 'South Korea',
    });
  });

  it('refuses material that does not exist, and a note too long for one item, changing nothing', () => {
    const long: Note = { ...note, id: 'note-long', markdown: 'word '.repeat(500) };
    const context = testContext({ highlights: [highlight], notes: [note, long] });
    const briefs = blankBrief(context);
    const before = snapshot(briefs);
    const add = (from: Parameters<typeof addToBrief>[1]['from']) => () =>
      addToBrief(briefs, { briefId: 'brief-1', section: 'points-to-raise', from }, context);
    expect(refusal(add({ kind: 'card', factId: 'gone' })).message).toBe(
      'There is no card with the id "gone"; nothing was changed.',
    );
    expect(refusal(add({ kind: 'highlight', highlightId: 'highlight-9' })).code).toBe('not-found');
    expect(refusal(add({ kind: 'note', noteId: 'note-9' })).message).toBe(
      'There is no note with the id "note-9"; nothing was changed.',
    );
    expect(refusal(add({ kind: 'note', noteId: 'note-long' })).message).toBe(
      'An item is at most 2,000 characters and this one has 2,499; shorten it or split it into several items; nothing was changed.',
    );
    expect(briefs).toEqual(before);
  });
});
