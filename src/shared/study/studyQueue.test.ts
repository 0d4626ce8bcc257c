import { describe, expect, it } from 'vitest';
import { generateFactItems } from './factItems';
import { studyDayBounds, studyDayOf, studyDaysUpTo } from './studyDay';
import { buildStudyQueue, interleave } from './studyQueue';
import { defaultStudySettings } from './studySettings';
import { seedCards } from './testing/seedCards';
import { StudyLogBuilder } from './testing/studyLogBuilder';

const items = generateFactItems(seedCards());
const ids = items.map((item) => item.id);
// Seoul is nine hours ahead of UTC; 10:00 there is 01:00 UTC.
const seoul = 9 * 60;
const morning = '2026-03-14T01:00:00.000Z';

function queueAt(builder: StudyLogBuilder, now = builder.now, settings = builder.settings) {
  return buildStudyQueue({ items, fold: builder.fold(), now, utcOffsetMinutes: seoul, settings });
}

describe('the study day', () => {
  it("starts at the user's chosen hour in their time zone", () => {
    const options = { utcOffsetMinutes: seoul, dayStartsAtHour: 4 };
    // 02:30 in Seoul on the 15th is still the study day of the 14th; 04:30 is the 15th.
    expect(studyDayOf(Date.parse('2026-03-14T17:30:00.000Z'), options)).toBe('2026-03-14');
    expect(studyDayOf(Date.parse('2026-03-14T19:30:00.000Z'), options)).toBe('2026-03-15');
    const bounds = studyDayBounds(Date.parse(morning), options);
    expect(new Date(bounds.start).toISOString()).toBe('2026-03-13T19:00:00.000Z');
    expect(bounds.end - bounds.start).toBe(24 * 60 * 60 * 1000);
    expect(studyDaysUpTo('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('the study queue', () => {
  it('offers new items up to the daily limit, in card order', () => {
    const builder = new StudyLogBuilder(morning);
    const queue = queueAt(builder);
    expect(items.length).toBeGreaterThan(defaultStudySettings.newItemsPerDay);
    expect(queue.entries.map((entry) => entry.itemId)).toEqual(ids.slice(0, 20));
    expect(queue.counts).toEqual({ learning: 0, review: 0, new: 20 });
  });

  it('counts the new items studied today against the limit, and starts afresh the next study day', () => {
    const builder = new StudyLogBuilder(morning);
    for (const id of ids.slice(0, 5)) builder.rate(id, 'easy');
    expect(queueAt(builder)).toMatchObject({ newStudiedToday: 5, newLeftToday: 15, counts: { new: 15 } });
    builder.moveTo('2026-03-14T20:00:00.000Z'); // 05:00 on the 15th in Seoul
    expect(queueAt(builder)).toMatchObject({ newStudiedToday: 0, newLeftToday: 20 });
  });

  it('brings a learning step back first when it falls due, and says when to come back meanwhile', () => {
    const settings = { ...defaultStudySettings, spreadReviews: false, newItemsPerDay: 1, learnAheadMinutes: 0 };
    const builder = new StudyLogBuilder(morning, settings);
    const first = ids[0] as string;
    builder.rate(first, 'again');
    const waiting = queueAt(builder);
    expect(waiting.entries).toEqual([]);
    expect(waiting.nextLearningDueAt).toBe('2026-03-14T01:01:00.000Z');
    builder.wait(1);
    expect(queueAt(builder).entries).toEqual([{ itemId: first, reason: 'learning', due: '2026-03-14T01:01:00.000Z' }]);
  });

  it('shows a learning step a few minutes early when nothing else is left', () => {
    const settings = { ...defaultStudySettings, newItemsPerDay: 1 };
    const builder = new StudyLogBuilder(morning, settings);
    builder.rate(ids[0] as string, 'good');
    expect(queueAt(builder).entries).toEqual([
      { itemId: ids[0], reason: 'learning-ahead', due: '2026-03-14T01:10:00.000Z' },
    ]);
  });

  it("spreads the day's new items among its reviews, and leaves suspended items out", () => {
    expect(interleave(['r1', 'r2', 'r3', 'r4', 'r5', 'r6'], ['n1', 'n2'])).toEqual([
      'r1',
      'r2',
      'n1',
      'r3',
      'r4',
      'n2',
      'r5',
      'r6',
    ]);
    const builder = new StudyLogBuilder(morning, { ...defaultStudySettings, spreadReviews: false, newItemsPerDay: 2 });
    for (const id of ids.slice(0, 4)) builder.rate(id, 'easy');
    builder.suspend(ids[1] as string);
    builder.moveTo('2026-03-25T01:00:00.000Z');
    const queue = queueAt(builder);
    expect(queue.suspended).toBe(1);
    expect(queue.entries.map((entry) => entry.reason)).toEqual(['review', 'new', 'review', 'new', 'review']);
    expect(queue.entries.map((entry) => entry.itemId)).not.toContain(ids[1]);
  });
});
