import { describe, expect, it } from 'vitest';
import { generateFactItems } from './factItems';
import { studyStatistics } from './studyStatistics';
import { defaultStudySettings } from './studySettings';
import { seedCards } from './testing/seedCards';
import { StudyLogBuilder } from './testing/studyLogBuilder';

const items = generateFactItems(seedCards());
const [a, b, c] = items.map((item) => item.id) as [string, string, string];
const utc = 0;

/** Three items learnt on 1 March, reviewed on 4 March (one forgotten), one more review on 6 March. */
function history(): StudyLogBuilder {
  const builder = new StudyLogBuilder('2026-03-01T09:00:00.000Z');
  for (const id of [a, b, c]) {
    builder.rate(id, 'good');
    builder.wait(10).rate(id, 'good');
  }
  builder.moveTo('2026-03-04T09:00:00.000Z');
  builder.rate(a, 'good');
  builder.rate(b, 'again');
  builder.rate(c, 'hard');
  builder.wait(10).rate(b, 'good');
  builder.moveTo('2026-03-06T10:00:00.000Z');
  builder.rate(c, 'good');
  return builder;
}

describe('study statistics from the review log', () => {
  it('counts reviews today and in all, and retention over review-state answers only', () => {
    const builder = history();
    const stats = studyStatistics({
      items,
      fold: builder.fold(),
      settings: builder.settings,
      now: '2026-03-06T18:00:00.000Z',
      utcOffsetMinutes: utc,
    });
    expect(stats.reviewedToday).toBe(1);
    expect(stats.reviewsTotal).toBe(11);
    expect(stats.itemsStudied).toBe(3);
    // Review-state answers: a good, b again, c hard (4 March) and c good (6 March); learning steps do not count.
    expect(stats.retention.allTime).toEqual({ reviewed: 4, recalled: 3, share: 0.75 });
    expect(stats.retention.last30Days).toEqual(stats.retention.allTime);
  });

  it('draws a year of days, oldest first, with each day its reviews', () => {
    const builder = history();
    const stats = studyStatistics({
      items,
      fold: builder.fold(),
      settings: builder.settings,
      now: '2026-03-06T18:00:00.000Z',
      utcOffsetMinutes: utc,
    });
    expect(stats.heatmap).toHaveLength(365);
    expect(stats.heatmap.at(-1)).toEqual({ day: '2026-03-06', reviews: 1 });
    expect(stats.heatmap[0]?.day).toBe('2025-03-07');
    const busy = stats.heatmap.filter((day) => day.reviews > 0);
    expect(busy).toEqual([
      { day: '2026-03-01', reviews: 6 },
      { day: '2026-03-04', reviews: 4 },
      { day: '2026-03-06', reviews: 1 },
    ]);
  });

  it("counts what is due by the end of the study day, and the new items today's limit allows", () => {
    const builder = history();
    const fold = builder.fold();
    const dueBefore = (iso: string) =>
      [a, b, c].filter((id) => Date.parse(fold.states.get(id)?.card?.due ?? '') < Date.parse(iso)).length;
    const now = '2026-03-20T12:00:00.000Z';
    const stats = studyStatistics({ items, fold, settings: builder.settings, now, utcOffsetMinutes: utc });
    expect(dueBefore('2026-03-21T04:00:00.000Z')).toBeGreaterThan(0);
    // The study day of 20 March runs from 04:00 that day to 04:00 on the 21st.
    expect(stats.dueToday).toEqual({
      learning: 0,
      review: dueBefore('2026-03-21T04:00:00.000Z'),
      new: defaultStudySettings.newItemsPerDay,
      total: dueBefore('2026-03-21T04:00:00.000Z') + defaultStudySettings.newItemsPerDay,
    });
  });

  it('lists the hardest items by lapses, then difficulty, and the leeches', () => {
    const builder = history();
    let stats = studyStatistics({
      items,
      fold: builder.fold(),
      settings: builder.settings,
      now: builder.now,
      utcOffsetMinutes: utc,
    });
    expect(stats.hardest[0]).toMatchObject({ itemId: b, lapses: 1, suspended: null, cardId: items[1]?.cardId });
    expect(stats.hardest.map((item) => item.itemId)).toEqual(
      [...stats.hardest].sort((x, y) => y.lapses - x.lapses || y.difficulty - x.difficulty).map((item) => item.itemId),
    );
    expect(stats.leeches).toEqual([]);
    for (let lapse = 1; lapse < 8; lapse += 1) {
      builder.rateWhenDue(b, 'again');
      builder.rateWhenDue(b, 'good');
    }
    stats = studyStatistics({
      items,
      fold: builder.fold(),
      settings: builder.settings,
      now: builder.now,
      utcOffsetMinutes: utc,
    });
    expect(stats.leeches).toEqual([expect.objectContaining({ itemId: b, lapses: 8, suspended: 'leech' })]);
    // A suspended leech is never due.
    const due = studyStatistics({
      items,
      fold: builder.fold(),
      settings: builder.settings,
      now: '2027-01-01T12:00:00.000Z',
      utcOffsetMinutes: utc,
    }).dueToday;
    expect(due.review + due.learning).toBe(2);
  });

  it('reads nothing from an empty log', () => {
    const stats = studyStatistics({
      items,
      fold: new StudyLogBuilder('2026-03-01T09:00:00.000Z').fold(),
      settings: defaultStudySettings,
      now: '2026-03-01T09:00:00.000Z',
      utcOffsetMinutes: utc,
      heatmapDays: 7,
    });
    expect(stats).toMatchObject({ reviewedToday: 0, reviewsTotal: 0, itemsStudied: 0, hardest: [], leeches: [] });
    expect(stats.retention.allTime.share).toBeNull();
    expect(stats.heatmap).toHaveLength(7);
  });
});
