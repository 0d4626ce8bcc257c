import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { CardSnapshot, CardState, StudyRating } from './reviewLogSchemas';
import type { LearningStep, StudySettings } from './studySettings';

/**
 * The one place that talks to ts-fsrs. Scheduling is ts-fsrs's (FSRS-6 with its default parameters); the app
 * chooses the desired retention, the same-day learning steps, the longest interval and whether to fuzz, and keeps
 * the results as plain JSON snapshots.
 */

const gradeOf: Record<StudyRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const stateNames: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const stateOf: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** The settings ts-fsrs reads; the rest (daily limits, leeches, day start) are the app's. */
type SchedulerSettings = Pick<
  StudySettings,
  'desiredRetention' | 'learningSteps' | 'relearningSteps' | 'maximumIntervalDays' | 'spreadReviews'
>;

const schedulers = new Map<string, FSRS>();
const bySettingsObject = new WeakMap<SchedulerSettings, FSRS>();

/** A ts-fsrs scheduler for these settings, made once and reused: folding a long log asks for it constantly. */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  const known = bySettingsObject.get(settings);
  if (known) return known;
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.learningSteps,
    settings.relearningSteps,
    settings.maximumIntervalDays,
    settings.spreadReviews,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      // ts-fsrs's fuzz is seeded from the review time and the card's state, so the same log always folds to the
      // same dates: the spread is deterministic, as a fold must be.
      enable_fuzz: settings.spreadReviews,
      enable_short_term: true,
      learning_steps: settings.learningSteps as LearningStep[],
      relearning_steps: settings.relearningSteps as LearningStep[],
    });
    schedulers.set(key, scheduler);
  }
  bySettingsObject.set(settings, scheduler);
  return scheduler;
}

export function snapshotOf(card: Card): CardSnapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateNames[card.state],
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

export function cardOf(snapshot: CardSnapshot): Card {
  return {
    due: new Date(snapshot.due),
    stability: snapshot.stability,
    difficulty: snapshot.difficulty,
    elapsed_days: snapshot.elapsedDays,
    scheduled_days: snapshot.scheduledDays,
    learning_steps: snapshot.learningSteps,
    reps: snapshot.reps,
    lapses: snapshot.lapses,
    state: stateOf[snapshot.state],
    ...(snapshot.lastReview ? { last_review: new Date(snapshot.lastReview) } : {}),
  };
}

/** The item's state after `rating` at `at`, from its state before (null: never rated). */
export function nextSnapshot(
  scheduler: FSRS,
  before: CardSnapshot | null,
  rating: StudyRating,
  at: Date,
): CardSnapshot {
  const card = before ? cardOf(before) : createEmptyCard(at);
  return snapshotOf(scheduler.next(card, at, gradeOf[rating]).card);
}

/** What each of the four answers would do now: the due dates the rating buttons can show. */
export function previewRatings(
  scheduler: FSRS,
  before: CardSnapshot | null,
  at: Date,
): Record<StudyRating, CardSnapshot> {
  const card = before ? cardOf(before) : createEmptyCard(at);
  const preview = scheduler.repeat(card, at);
  return {
    again: snapshotOf(preview[Rating.Again].card),
    hard: snapshotOf(preview[Rating.Hard].card),
    good: snapshotOf(preview[Rating.Good].card),
    easy: snapshotOf(preview[Rating.Easy].card),
  };
}

/** ts-fsrs's predicted probability of recall at `at`; 0 for an item never studied. */
export function retrievabilityAt(scheduler: FSRS, snapshot: CardSnapshot | null, at: Date): number {
  if (!snapshot || snapshot.state === 'new') return 0;
  return scheduler.get_retrievability(cardOf(snapshot), at, false);
}
