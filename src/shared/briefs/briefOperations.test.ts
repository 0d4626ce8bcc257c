import { describe, expect, it } from 'vitest';
import { createBrief, deleteBrief, updateBriefHeader } from './briefOperations';
import { briefLimits, type Brief } from './briefSchema';
import { blankBrief, refusal, snapshot } from './testing/briefBuilders';
import { testContext } from './testing/seedLibrary';

describe('creating a brief', () => {
  it('makes a brief for one meeting with its header and ten empty sections', () => {
    const context = testContext();
    const { briefs, changed } = createBrief(
      [],
      { title: '  Meeting with Minister Chung  ', place: 'Seoul', attendees: ['Ambassador'] },
      context,
    );
    expect(briefs).toHaveLength(1);
    expect(changed).toEqual({ briefId: 'brief-1', brief: briefs[0], itemIds: [] });
    expect(briefs[0]).toMatchObject({
      id: 'brief-1',
      title: 'Meeting with Minister Chung',
      place: 'Seoul',
      counterpart: '',
      attendees: ['Ambassador'],
      handlingLabel: '',
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    expect(Object.values(briefs[0]?.sections ?? {}).every((items) => items.length === 0)).toBe(true);
  });

  it('keeps several briefs, each its own', () => {
    const context = testContext();
    const first = createBrief([], { title: 'Bilateral' }, context).briefs;
    const both = createBrief(first, { title: 'Press conference' }, context).briefs;
    expect(both.map((brief) => brief.title)).toEqual(['Bilateral', 'Press conference']);
    expect(new Set(both.map((brief) => brief.id)).size).toBe(2);
  });

  it('refuses a brief without a title, or with a malformed date, and says why', () => {
    const context = testContext();
    expect(refusal(() => createBrief([], { title: '  ' }, context)).message).toBe(
      'A brief needs a title; nothing was changed.',
    );
    const badDate = refusal(() => createBrief([], { title: 'T', meetingDate: '17/08/2021' }, context));
    expect(badDate.code).toBe('invalid-request');
    expect(badDate.message).toBe('A meeting date is written YYYY-MM-DD, e.g. 2021-08-17; nothing was changed.');
    expect(badDate.details).toEqual(['meetingDate: a meeting date is written YYYY-MM-DD, e.g. 2021-08-17']);
    expect(refusal(() => createBrief([], { title: 'T', meetingTime: '10:00' }, context)).message).toMatch(
      /meeting time needs a meeting date/,
    );
  });

  it('refuses unknown fields rather than storing them', () => {
    const input = { title: 'T', secret: 'x' } as unknown as { title: string };
    expect(refusal(() => createBrief([], input, testContext())).code).toBe('invalid-request');
  });

  it('refuses a brief past the limit per database and keeps the others', () => {
    const context = testContext();
    let briefs: Brief[] = [];
    for (let index = 0; index < briefLimits.briefsPerDatabase; index += 1) {
      briefs = createBrief(briefs, { title: `Brief ${index}` }, context).briefs;
    }
    const before = snapshot(briefs);
    expect(refusal(() => createBrief(briefs, { title: 'One too many' }, context)).message).toBe(
      'You can keep at most 200 briefs; delete one you no longer need first; nothing was changed.',
    );
    expect(briefs).toEqual(before);
  });
});

describe('editing a header', () => {
  it('changes only what it names and stamps the time', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    const { briefs: next, changed } = updateBriefHeader(
      briefs,
      { briefId: 'brief-1', handlingLabel: 'Official — Sensitive', attendees: ['Minister', 'Note-taker'] },
      context,
    );
    expect(changed.brief).toMatchObject({
      title: 'Meeting with the Korean delegation',
      place: 'Seoul',
      handlingLabel: 'Official — Sensitive',
      attendees: ['Minister', 'Note-taker'],
      meetingDate: '2021-08-17',
      meetingTime: '10:30',
    });
    expect(changed.brief?.updatedAt).not.toBe(briefs[0]?.updatedAt);
    expect(next[0]).toBe(changed.brief);
  });

  it('clears the meeting time with null, and the time with the date', () => {
    const context = testContext();
    const briefs = blankBrief(context);
    const noTime = updateBriefHeader(briefs, { briefId: 'brief-1', meetingTime: null }, context).changed.brief;
    expect(noTime?.meetingDate).toBe('2021-08-17');
    expect(noTime).not.toHaveProperty('meetingTime');
    const noDate = updateBriefHeader(briefs, { briefId: 'brief-1', meetingDate: null }, context).changed.brief;
    expect(noDate).not.toHaveProperty('meetingDate');
    expect(noDate).not.toHaveProperty('meetingTime');
  });

  it('refuses a time without a date and an unknown brief, leaving the briefs as they were', () => {
    const context = testContext();
    const briefs = updateBriefHeader(blankBrief(context), { briefId: 'brief-1', meetingDate: null }, context).briefs;
    const before = snapshot(briefs);
    expect(
      refusal(() => updateBriefHeader(briefs, { briefId: 'brief-1', meetingTime: '09:00' }, context)).message,
    ).toBe('The brief would not be valid (meetingTime: a meeting time needs a meeting date); nothing was changed.');
    const missing = refusal(() => updateBriefHeader(briefs, { briefId: 'brief-9', title: 'X' }, context));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toBe('There is no brief with the id "brief-9"; nothing was changed.');
    expect(briefs).toEqual(before);
  });
});

describe('deleting a brief', () => {
  it('removes it whole and names what went, so undo can say it', () => {
    const context = testContext();
    const briefs = createBrief(blankBrief(context), { title: 'Second' }, context).briefs;
    const { briefs: next, changed } = deleteBrief(briefs, { briefId: 'brief-1' });
    expect(next.map((brief) => brief.id)).toEqual(['brief-2']);
    expect(changed).toEqual({ briefId: 'brief-1', brief: null, itemIds: [] });
    expect(briefs).toHaveLength(2);
  });

  it('refuses an unknown id', () => {
    expect(refusal(() => deleteBrief([], { briefId: 'brief-1' })).code).toBe('not-found');
  });
});
