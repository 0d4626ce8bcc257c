import { fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { generateFactItems } from './factItems';
import { predictReadiness } from './readyBy';
import { cardOf } from './scheduler';
import { buildStudyQueue } from './studyQueue';
import { defaultStudySettings } from './studySettings';
import { seedCards } from './testing/seedCards';
import { StudyLogBuilder } from './testing/studyLogBuilder';

const allItems = generateFactItems(seedCards());
const [strong, middling, weak, unseen] = allItems;
const items = [strong, middling, weak, unseen].filter((item) => item !== undefined);
const start = '2026-05-04T07:00:00.000Z';
const exam = '2026-05-24T09:00:00+02:00';
const settings = { ...defaultStudySettings, spreadReviews: false };

/** Three items learnt on the same morning, one easily, one well, one with a struggle; a fourth never seen. */
function studied(): StudyLogBuilder {
  const builder = new StudyLogBuilder(start, settings);
  builder.rate(strong?.id ?? '', 'easy');
  builder.rate(middling?.id ?? '', 'good');
  builder.wait(10).rate(middling?.id ?? '', 'good');
  builder.rate(weak?.id ?? '', 'again');
  builder.wait(1).rate(weak?.id ?? '', 'hard');
  builder.wait(6).rate(weak?.id ?? '', 'good');
  builder.wait(10).rate(weak?.id ?? '', 'good');
  return builder;
}

describe('ready by a date', () => {
  it('orders the session by predicted recall on that date, lowest first, reviewing early what would be forgotten', () => {
    // Later the same morning: nothing is due before the study day ends.
    const builder = studied().wait(30);
    const fold = builder.fold();
    const scheduler = fsrs({ enable_fuzz: false });
    const recallOnExam = (id: string) =>
      scheduler.get_retrievability(cardOf(fold.states.get(id)!.card!), new Date(exam), false);
    expect(recallOnExam(weak!.id)).toBeLessThan(recallOnExam(middling!.id));
    expect(recallOnExam(middling!.id)).toBeLessThan(recallOnExam(strong!.id));
    const queue = buildStudyQueue({ items, fold, now: builder.now, utcOffsetMinutes: 120, settings, readyBy: exam });
    const reviews = queue.entries.filter((entry) => entry.reason !== 'new');
    const expected = [weak!.id, middling!.id, strong!.id].filter((id) => recallOnExam(id) < settings.desiredRetention);
    expect(expected).toHaveLength(3);
    expect(reviews.map((entry) => entry.itemId)).toEqual(expected);
    expect(reviews.map((entry) => entry.recallAtTarget)).toEqual(expected.map(recallOnExam));
    // Not due yet, so without the date the same moment has nothing to review.
    const plain = buildStudyQueue({ items, fold, now: builder.now, utcOffsetMinutes: 120, settings });
    expect(plain.entries.filter((entry) => entry.reason !== 'new')).toEqual([]);
    expect(reviews.some((entry) => entry.reason === 'ready-by')).toBe(true);
  });

  it("predicts the share recalled on the date from ts-fsrs's retrievability, counting unseen items as not recalled", () => {
    const builder = studied();
    const fold = builder.fold();
    const scheduler = fsrs({ enable_fuzz: false });
    const expected = [strong!, middling!, weak!]
      .map((item) => scheduler.get_retrievability(cardOf(fold.states.get(item.id)!.card!), new Date(exam), false))
      .reduce((sum, recall) => sum + recall, 0);
    const readiness = predictReadiness({ items, fold, settings, now: builder.now, readyBy: exam });
    expect(readiness).toMatchObject({ items: 4, studied: 3, notStudied: 1, suspended: 0, daysLeft: 20 });
    expect(readiness.expectedRecalled).toBeCloseTo(expected, 12);
    expect(readiness.share).toBeCloseTo(expected / 4, 12);
    expect(readiness.shareOfStudied).toBeCloseTo(expected / 3, 12);
    expect(readiness.newPerDayToSeeAll).toBe(1);
    expect(readiness.target).toBe('2026-05-24T07:00:00.000Z');
  });

  it('leaves suspended items out of the meter, and reads 0 with nothing studied', () => {
    const builder = studied();
    builder.suspend(weak!.id);
    const readiness = predictReadiness({ items, fold: builder.fold(), settings, now: builder.now, readyBy: exam });
    expect(readiness).toMatchObject({ items: 3, studied: 2, suspended: 1 });
    const empty = new StudyLogBuilder(start, settings);
    expect(predictReadiness({ items, fold: empty.fold(), settings, now: start, readyBy: exam })).toMatchObject({
      share: 0,
      shareOfStudied: null,
      newPerDayToSeeAll: 1,
    });
  });

  it('refuses a date that has passed or is not a date, with a reason', () => {
    const fold = studied().fold();
    const passed = () => predictReadiness({ items, fold, settings, now: start, readyBy: '2026-05-01T09:00:00Z' });
    expect(passed).toThrow(BriefingError);
    expect(passed).toThrow(/already passed/);
    expect(() => predictReadiness({ items, fold, settings, now: start, readyBy: 'next Friday' })).toThrow(
      /not a date and time/,
    );
  });
});
