import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldStudyLog, isLeechCount } from './foldStudyLog';
import { studyLogSchema, type StudyRating } from './reviewLogSchemas';
import { StudyLogBuilder } from './testing/studyLogBuilder';

const start = '2026-01-05T08:00:00.000Z';
const item = 'korean-enterprises-in-kazakhstan--figure--550';

/** Graduates the item, then forgets it `lapses` times, relearning it each time. */
function lapse(builder: StudyLogBuilder, lapses: number): void {
  if (!builder.state(item)) {
    builder.rate(item, 'good');
    builder.rateWhenDue(item, 'good');
  }
  for (let count = 0; count < lapses; count += 1) {
    builder.rateWhenDue(item, 'again');
    builder.rateWhenDue(item, 'good');
  }
}

describe('the leech rule', () => {
  it('suspends an item at its 8th lapse, not before', () => {
    const builder = new StudyLogBuilder(start);
    lapse(builder, 7);
    expect(builder.state(item)).toMatchObject({ suspended: null, card: { lapses: 7 } });
    const eighth = builder.rateWhenDue(item, 'again');
    expect(eighth.state.card?.lapses).toBe(8);
    expect(eighth.state.suspended).toEqual({ reason: 'leech', since: eighth.entry.reviewedAt });
    expect(builder.state(item)).toEqual(eighth.state);
  });

  it('lifts the suspension when the 8th lapse is undone', () => {
    const builder = new StudyLogBuilder(start);
    lapse(builder, 7);
    builder.rateWhenDue(item, 'again');
    builder.undo();
    expect(builder.state(item)).toMatchObject({ suspended: null, card: { lapses: 7 } });
  });

  it('fires again after four more lapses when the user brings the item back, as Anki does', () => {
    expect([7, 8, 9, 11, 12, 16].map((lapses) => isLeechCount(lapses, 8))).toEqual([
      false,
      true,
      false,
      false,
      true,
      true,
    ]);
    const builder = new StudyLogBuilder(start);
    lapse(builder, 7);
    builder.rateWhenDue(item, 'again');
    builder.suspend(item, 'unsuspend');
    builder.rateWhenDue(item, 'good');
    lapse(builder, 3);
    expect(builder.state(item)).toMatchObject({ suspended: null, card: { lapses: 11 } });
    builder.rateWhenDue(item, 'again');
    expect(builder.state(item)?.suspended?.reason).toBe('leech');
  });

  it('keeps a user suspension apart from a leech, and bringing the item back clears it', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    builder.suspend(item);
    expect(builder.state(item)?.suspended).toEqual({ reason: 'user', since: builder.now });
    builder.wait(5).suspend(item, 'unsuspend');
    expect(builder.state(item)?.suspended).toBeNull();
  });
});

/** A random session: answers on three items at random moments, undos, suspensions. */
const action = fc.oneof(
  fc.record({
    kind: fc.constant('rate' as const),
    item: fc.integer({ min: 0, max: 2 }),
    rating: fc.constantFrom<StudyRating>('again', 'hard', 'good', 'easy'),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
  }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constantFrom('suspend' as const, 'unsuspend' as const), item: fc.integer({ min: 0, max: 2 }) }),
);

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function play(actions: Action[]): StudyLogBuilder {
  const builder = new StudyLogBuilder(start);
  for (const step of actions) {
    if (step.kind === 'rate') builder.wait(step.minutes).rate(`item-${step.item}`, step.rating);
    else if (step.kind === 'undo') {
      if (builder.fold().reviews.length > 0) builder.undo();
    } else builder.suspend(`item-${step.item}`, step.kind);
  }
  return builder;
}

describe('the fold of the log', () => {
  it('gives what each action returned, whatever order the entries are stored in, and recomputes to the same', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), fc.integer(), (actions, seed) => {
        const builder = play(actions);
        const fold = builder.fold();
        expect(studyLogSchema.parse(builder.log)).toEqual(builder.log);
        const shuffled = fc.sample(fc.shuffledSubarray(builder.log, { minLength: builder.log.length }), {
          numRuns: 1,
          seed,
        })[0];
        expect(foldStudyLog(shuffled ?? [], builder.settings)).toEqual(fold);
        const recomputed = foldStudyLog(builder.log, builder.settings, { recomputeAll: true });
        expect(recomputed.states).toEqual(fold.states);
        // Everything the app wrote itself is taken from the log as stored, without running the scheduler.
        expect(fold.recomputed).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('recomputes a rating whose stored result was made from another state, as after merging two computers', () => {
    const here = new StudyLogBuilder(start);
    here.rate(item, 'good');
    const there = new StudyLogBuilder(start);
    there.log.push(...here.log);
    here.wait(10).rate(item, 'good');
    there.wait(12).rate(item, 'again');
    // Both answers were made on top of the first; folded together the later one builds on the earlier.
    const merged = foldStudyLog([...here.log, ...there.log.slice(1)], here.settings);
    expect(merged.recomputed).toBe(1);
    expect(merged.reviews.map((review) => review.rating)).toEqual(['good', 'good', 'again']);
    expect(merged.states.get(item)?.card?.reps).toBe(3);
  });

  it('recomputes a stored result built on another rating, even when its counts line up', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    builder.wait(10).rate(item, 'good');
    const [first, second] = builder.log;
    if (second?.type !== 'rating' || first?.type !== 'rating') throw new Error('two ratings expected');
    const fromElsewhere = { ...second, previousReviewId: 'review-on-another-computer' };
    const fold = foldStudyLog([first, fromElsewhere], builder.settings);
    expect(fold.recomputed).toBe(1);
    expect(fold.states.get(item)?.card).toEqual(second.after);
  });

  it('ignores an undo of an entry it does not hold, as in a partial import', () => {
    const builder = new StudyLogBuilder(start);
    builder.rate(item, 'good');
    const before = builder.fold();
    builder.log.push({ type: 'undo', id: 'undo-elsewhere', undoes: 'review-from-elsewhere', at: builder.now });
    expect(foldStudyLog(builder.log, builder.settings).states).toEqual(before.states);
  });
});
