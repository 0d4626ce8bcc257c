import { createEmptyCard, default_w, fsrs, Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { foldStudyLog } from './foldStudyLog';
import type { StudyRating } from './reviewLogSchemas';
import { cardOf, previewRatings, schedulerFor, snapshotOf } from './scheduler';
import { rateItem, undoLastRating } from './studyActions';
import { defaultStudySettings, studySettingsSchema } from './studySettings';
import { StudyLogBuilder } from './testing/studyLogBuilder';

// The fixed clock: ts-fsrs's own tests start at 2022-12-29 12:30.
const start = '2022-12-29T12:30:00.000Z';
const item = 'deal-usd-1-7-billion--figure--usd-1-7-billion';
const minute = 60_000;

function minutesUntilDue(builder: StudyLogBuilder, itemId = item): number {
  const due = builder.state(itemId)?.card?.due ?? '';
  return Math.round((Date.parse(due) - Date.parse(builder.now)) / minute);
}

describe('scheduling through ts-fsrs with a fixed clock', () => {
  it('uses the default FSRS-6 parameters that ts-fsrs ships', () => {
    expect(schedulerFor(defaultStudySettings).parameters.w).toEqual(default_w);
    expect(defaultStudySettings).toMatchObject({ desiredRetention: 0.9, learningSteps: ['1m', '10m'] });
  });

  it('gives the intervals ts-fsrs documents for its default parameters, reviewing each time on the due date', () => {
    // ts-fsrs's FSRS-6 test "ivl_history": six Good, two Again, five Good, each when due, fuzz off.
    const ratings: StudyRating[] = [
      ...Array<StudyRating>(6).fill('good'),
      'again',
      'again',
      ...Array<StudyRating>(5).fill('good'),
    ];
    const builder = new StudyLogBuilder(start);
    const intervals = ratings.map((rating) => builder.rateWhenDue(item, rating).state.card?.scheduledDays);
    expect(intervals).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
    // The log folds back to the same state, from its stored results and when everything is recomputed.
    const fold = foldStudyLog(builder.log, builder.settings);
    const recomputed = foldStudyLog(builder.log, builder.settings, { recomputeAll: true });
    expect(fold.recomputed).toBe(0);
    expect(recomputed.recomputed).toBe(ratings.length);
    expect(recomputed.states).toEqual(fold.states);
  });

  it('matches ts-fsrs called directly, rating by rating', () => {
    const scheduler = fsrs({ enable_fuzz: false });
    let card = createEmptyCard(new Date(start));
    let now = new Date(start);
    const builder = new StudyLogBuilder(start);
    for (const rating of ['good', 'hard', 'again', 'good', 'easy'] as const) {
      const grades: Record<StudyRating, Grade> = {
        again: Rating.Again,
        hard: Rating.Hard,
        good: Rating.Good,
        easy: Rating.Easy,
      };
      const grade = grades[rating];
      card = scheduler.next(card, now, grade).card;
      expect(builder.rate(item, rating).state.card).toEqual(snapshotOf(card));
      now = new Date(card.due.getTime() + 3 * 60 * 60 * 1000);
      builder.moveTo(now.toISOString());
    }
  });

  it('runs the same-day learning steps: Again in 1 minute, Hard in 6, Good in 10, then days', () => {
    const builder = new StudyLogBuilder(start);
    const preview = previewRatings(schedulerFor(builder.settings), null, new Date(start));
    const minutesOf = (due: string) => Math.round((Date.parse(due) - Date.parse(start)) / minute);
    expect(minutesOf(preview.again.due)).toBe(1);
    expect(minutesOf(preview.hard.due)).toBe(6);
    expect(minutesOf(preview.good.due)).toBe(10);
    expect(preview.easy.state).toBe('review');
    builder.rate(item, 'again');
    expect(minutesUntilDue(builder)).toBe(1);
    builder.wait(1).rate(item, 'good');
    expect(minutesUntilDue(builder)).toBe(10);
    builder.wait(10).rate(item, 'good');
    // Graduated to days; a day rather than the two a first Good gives, because of the Again before.
    expect(builder.state(item)?.card).toMatchObject({ state: 'review', scheduledDays: 1 });
    // A lapse goes through the relearning step (10 minutes), not straight back to days.
    builder.rateWhenDue(item, 'again');
    expect(builder.state(item)?.card).toMatchObject({ state: 'relearning', lapses: 1 });
    expect(minutesUntilDue(builder)).toBe(10);
  });

  it('follows the desired retention: asking for more recall brings the next review closer', () => {
    const intervalAt = (desiredRetention: number) => {
      const builder = new StudyLogBuilder(start, { ...defaultStudySettings, spreadReviews: false, desiredRetention });
      builder.rate(item, 'good');
      builder.rateWhenDue(item, 'good');
      return builder.rateWhenDue(item, 'good').state.card?.scheduledDays ?? 0;
    };
    expect(intervalAt(0.95)).toBeLessThan(intervalAt(0.9));
    expect(intervalAt(0.9)).toBeLessThan(intervalAt(0.8));
  });

  it('refuses settings outside what FSRS and a day allow, with reasons', () => {
    const result = studySettingsSchema.safeParse({ desiredRetention: 1.2, learningSteps: ['2d'], newItemsPerDay: -1 });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message).join(' | ');
    expect(messages).toMatch(/at most 99%/);
    expect(messages).toMatch(/minutes or hours/);
    expect(messages).toMatch(/cannot be negative/);
  });

  it('spreads a batch learnt together over several days with fuzz on, and not with it off', () => {
    const dueDays = (spreadReviews: boolean) => {
      const builder = new StudyLogBuilder(start, { ...defaultStudySettings, spreadReviews });
      const days = new Set<string>();
      for (let index = 0; index < 30; index += 1) {
        const id = `item-${index}`;
        builder.moveTo(new Date(Date.parse(start) + index * 7_000).toISOString());
        builder.rate(id, 'good');
        builder.rateWhenDue(id, 'good');
        days.add(builder.rateWhenDue(id, 'good').state.card?.due.slice(0, 10) ?? '');
      }
      return days.size;
    };
    expect(dueDays(false)).toBe(1);
    expect(dueDays(true)).toBeGreaterThanOrEqual(3);
  });

  it('refuses an answer with a bad rating or time, recording nothing', () => {
    expect(() =>
      rateItem({ id: 'review-1', itemId: item, rating: 'fine' as never, at: start }, undefined, defaultStudySettings),
    ).toThrow(BriefingError);
    expect(() =>
      rateItem({ id: 'review-1', itemId: item, rating: 'good', at: 'yesterday' }, undefined, defaultStudySettings),
    ).toThrow(/could not be recorded/);
  });
});

describe('undo of the last rating', () => {
  it('restores the exact previous state, due date included, even when the answer came late', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    builder.rateWhenDue(item, 'good');
    builder.rateWhenDue(item, 'good');
    builder.wait(3 * 24 * 60 + 17); // a late review: three days and 17 minutes after it fell due
    const before = builder.state(item);
    const rated = builder.rate(item, 'again');
    expect(rated.state.card?.lapses).toBe(1);
    builder.undo();
    expect(builder.state(item)).toEqual(before);
    // ts-fsrs's rollback rebuilds the card from its review log and puts the due date at the review time; the log
    // keeps the real one, which is why undo goes through the log.
    const scheduler = fsrs({ enable_fuzz: false });
    const previous = cardOf(before?.card ?? rated.state.card!);
    const next = scheduler.next(previous, new Date(builder.now), Rating.Again);
    expect(scheduler.rollback(next.card, next.log).due).not.toEqual(previous.due);
  });

  it('takes back only what stands: two undos take back two answers, then there is nothing left', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    const afterFirst = builder.state(item);
    builder.wait(10).rate(item, 'good');
    builder.undo();
    expect(builder.state(item)).toEqual(afterFirst);
    builder.undo();
    expect(builder.state(item)).toBeUndefined();
    expect(() => builder.undo()).toThrow(/no answer to take back/);
  });

  it('lets the user answer again after an undo, from the restored state', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    builder.wait(10).rate(item, 'again');
    builder.undo();
    const redone = builder.rate(item, 'good');
    const fold = builder.fold();
    expect(fold.states.get(item)).toEqual(redone.state);
    expect(fold.recomputed).toBe(0);
    expect(fold.reviews.map((review) => review.rating)).toEqual(['good', 'good']);
  });

  it('takes back the answer the session names only while it is still the last one', () => {
    const builder = new StudyLogBuilder(start);
    const mine = builder.rate(item, 'good').entry;
    expect(undoLastRating(builder.fold(), { id: 'undo-1', at: builder.now, reviewId: mine.id }).undoes).toBe(mine.id);
    builder.wait(5).rate('another-item', 'good');
    const refused = () => undoLastRating(builder.fold(), { id: 'undo-1', at: builder.now, reviewId: mine.id });
    expect(refused).toThrow(/no longer the last one/);
  });

  it('is refused with a clear error when the undo entry is malformed', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    expect(() => undoLastRating(builder.fold(), { id: 'Undo 1', at: start })).toThrow(/could not be recorded/);
  });
});
