import { describe, expect, it } from 'vitest';
import {
  briefItemSchema,
  briefItemTextSchema,
  briefLimits,
  briefSchema,
  briefSectionIds,
  briefsSchema,
  characterCount,
  emptySections,
  type Brief,
  type BriefItem,
} from './briefSchema';

const at = '2026-11-27T10:00:00.000Z';

function item(id: string, fields: Partial<BriefItem> = {}): BriefItem {
  return { id, text: 'A point to make', cites: [], createdAt: at, updatedAt: at, ...fields };
}

function brief(fields: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-1',
    title: 'Meeting',
    place: '',
    counterpart: '',
    attendees: [],
    handlingLabel: '',
    sections: emptySections(),
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('brief item text', () => {
  it('accepts a line of 2,000 characters and refuses one of 2,001, saying how long it is', () => {
    expect(briefItemTextSchema.safeParse('a'.repeat(2000)).success).toBe(true);
    const refused = briefItemTextSchema.safeParse('a'.repeat(2001));
    expect(messages(refused)).toEqual([
      'an item is at most 2,000 characters and this one has 2,001; shorten it or split it into several items',
    ]);
  });

  it('refuses a 100 KB item with the same human message', () => {
    const refused = briefItemTextSchema.safeParse('x'.repeat(100 * 1024));
    expect(messages(refused)[0]).toMatch(/at most 2,000 characters and this one has 102,400/);
  });

  it('counts characters as a person does, so Korean and Kazakh lines get the same bound', () => {
    const korean = '한'.repeat(2000);
    expect(characterCount(korean)).toBe(2000);
    expect(briefItemTextSchema.safeParse(korean).success).toBe(true);
    // An emoji is two UTF-16 units but one character.
    expect(characterCount('😀'.repeat(2000))).toBe(2000);
    expect(briefItemTextSchema.safeParse('😀'.repeat(2000)).success).toBe(true);
  });

  it('is one line, trimmed, and never empty', () => {
    expect(messages(briefItemTextSchema.safeParse('first\nsecond'))).toEqual([
      'an item is one line; split the text into several items',
    ]);
    expect(messages(briefItemTextSchema.safeParse('   '))).toEqual(['an item needs some text']);
    expect(briefItemTextSchema.parse('  Қазақстан  ')).toBe('Қазақстан');
  });
});

describe('brief item', () => {
  it('cites a card once, with each paragraph once', () => {
    expect(briefItemSchema.safeParse(item('i', { cites: [{ factId: 'a', paragraphs: [3, 3] }] })).success).toBe(false);
    const twice = item('i', {
      cites: [
        { factId: 'a', paragraphs: [3] },
        { factId: 'a', paragraphs: [4] },
      ],
    });
    expect(messages(briefItemSchema.safeParse(twice))[0]).toMatch(/a card is cited once per item/);
  });

  it('bounds its citations', () => {
    const cites = Array.from({ length: briefLimits.citesPerItem + 1 }, (_value, index) => ({
      factId: `card-${index}`,
      paragraphs: [],
    }));
    expect(messages(briefItemSchema.safeParse(item('i', { cites })))[0]).toMatch(/at most 50 cards/);
  });
});

describe('brief', () => {
  it('has the ten sections in the fixed order of a ministry brief', () => {
    expect(briefSectionIds).toEqual([
      'objective',
      'points-to-make',
      'points-to-raise',
      'points-to-avoid',
      'press-lines',
      'background',
      'pen-pictures',
      'timeline',
      'open-questions',
      'addenda',
    ]);
    expect(Object.keys(briefSchema.parse(brief()).sections)).toEqual([...briefSectionIds]);
  });

  it('holds at most three objective lines', () => {
    const sections = { ...emptySections(), objective: ['a', 'b', 'c', 'd'].map((id) => item(id)) };
    expect(messages(briefSchema.safeParse(brief({ sections })))).toContain('the objective is at most 3 lines');
  });

  it('requires each section’s own fields and refuses another section’s', () => {
    const sections = {
      ...emptySections(),
      background: [item('no-mark')],
      timeline: [item('no-date')],
      addenda: [item('undated')],
      'points-to-make': [item('marked', { disclosure: 'usable' })],
    };
    expect(messages(briefSchema.safeParse(brief({ sections })))).toEqual([
      'an item in points-to-make cannot carry a disclosure mark',
      'an item in background needs a disclosure mark',
      'an item in timeline needs a date',
      'an item in addenda needs a date',
    ]);
  });

  it('refuses a brief of 1,000 items, saying how many it would hold', () => {
    const sections = {
      ...emptySections(),
      'points-to-make': Array.from({ length: 1000 }, (_value, index) => item(`item-${index}`)),
    };
    expect(messages(briefSchema.safeParse(brief({ sections })))).toEqual([
      'a brief holds at most 500 items and this one would hold 1,000; split it into several briefs',
    ]);
    const atLimit = { ...emptySections(), 'points-to-make': sections['points-to-make'].slice(0, 500) };
    expect(briefSchema.safeParse(brief({ sections: atLimit })).success).toBe(true);
  });

  it('needs a date for a meeting time, and writes dates and times the ISO way', () => {
    expect(messages(briefSchema.safeParse(brief({ meetingTime: '10:30' })))).toEqual([
      'a meeting time needs a meeting date',
    ]);
    expect(briefSchema.safeParse(brief({ meetingDate: '2021-08-17', meetingTime: '24:00' })).success).toBe(false);
    expect(briefSchema.safeParse(brief({ meetingDate: '2021-13-01' })).success).toBe(false);
    expect(briefSchema.safeParse(brief({ meetingDate: '2021-08-17', meetingTime: '09:05' })).success).toBe(true);
  });

  it('keeps ids unique across briefs and their items, and bounds the number of briefs', () => {
    const one = brief({ sections: { ...emptySections(), 'points-to-make': [item('shared-id')] } });
    const two = brief({ id: 'brief-2', sections: { ...emptySections(), 'press-lines': [item('shared-id')] } });
    expect(messages(briefsSchema.safeParse([one, two]))).toEqual(['duplicate id "shared-id"']);
    const many = Array.from({ length: briefLimits.briefsPerDatabase + 1 }, (_value, index) =>
      brief({ id: `brief-${index}` }),
    );
    expect(messages(briefsSchema.safeParse(many))).toEqual(['a database holds at most 200 briefs']);
  });
});
