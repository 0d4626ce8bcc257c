import type { ItemStudyState, StudyFold } from './foldStudyLog';
import { readyByTarget } from './readyBy';
import { retrievabilityAt, schedulerFor } from './scheduler';
import { studyDayBounds, type DayOptions } from './studyDay';
import type { StudySettings } from './studySettings';
import type { StudyItem } from './studyItemSchemas';

/**
 * What to study now, in order. ts-fsrs says when each item is due; the app decides what a session holds:
 * same-day learning steps first (an item answered "Again" a minute ago comes back within the session), then the
 * day's reviews with the day's new items spread evenly among them, new items capped by the daily limit. With a
 * "ready by" date, reviews are ordered by their predicted recall on that date, lowest first, and items not yet due
 * whose recall on that date would fall below the desired retention join them.
 */

export type QueueReason = 'learning' | 'review' | 'ready-by' | 'new' | 'learning-ahead';

export interface QueueEntry {
  itemId: string;
  reason: QueueReason;
  /** When it fell (or falls) due; absent for a new item. */
  due?: string;
  /** Predicted recall on the ready-by date, when one is set. */
  recallAtTarget?: number;
}

export interface StudyQueue {
  entries: QueueEntry[];
  counts: { learning: number; review: number; new: number };
  newStudiedToday: number;
  newLeftToday: number;
  /** Nothing left now, but an item in learning falls due later today: "come back at …". */
  nextLearningDueAt: string | null;
  suspended: number;
}

export interface QueueInput {
  items: readonly StudyItem[];
  fold: StudyFold;
  now: string;
  utcOffsetMinutes: number;
  settings: StudySettings;
  /** Favour items least likely to be recalled on this date (an exam, the meeting). Must be after `now`. */
  readyBy?: string;
}

interface Scored {
  itemId: string;
  due: number;
  recall: number;
  recallAtTarget?: number;
}

function byRecallThenId(a: Scored, b: Scored): number {
  const ra = a.recallAtTarget ?? a.recall;
  const rb = b.recallAtTarget ?? b.recall;
  return ra - rb || a.due - b.due || (a.itemId < b.itemId ? -1 : 1);
}

/** Places `extra` evenly among `main`: three new items among nine reviews come after the 3rd, 6th and 9th... */
export function interleave<T>(main: readonly T[], extra: readonly T[]): T[] {
  const result: T[] = [];
  let m = 0;
  let e = 0;
  while (m < main.length || e < extra.length) {
    const mainProgress = (m + 1) / (main.length + 1);
    const extraProgress = (e + 1) / (extra.length + 1);
    if (e >= extra.length || (m < main.length && mainProgress <= extraProgress)) result.push(main[m++] as T);
    else result.push(extra[e++] as T);
  }
  return result;
}

export function newStudiedOn(states: Iterable<ItemStudyState>, bounds: { start: number; end: number }): number {
  let count = 0;
  for (const state of states) {
    const first = state.firstReviewedAt === null ? NaN : Date.parse(state.firstReviewedAt);
    if (first >= bounds.start && first < bounds.end) count += 1;
  }
  return count;
}

export function buildStudyQueue(input: QueueInput): StudyQueue {
  const { items, fold, settings } = input;
  const nowMs = Date.parse(input.now);
  const day: DayOptions = { utcOffsetMinutes: input.utcOffsetMinutes, dayStartsAtHour: settings.dayStartsAtHour };
  const today = studyDayBounds(nowMs, day);
  const scheduler = schedulerFor(settings);
  const target = input.readyBy === undefined ? undefined : readyByTarget(input.readyBy, nowMs);
  const learningNow: Scored[] = [];
  const learningLater: Scored[] = [];
  const reviews: (Scored & { reason: QueueReason })[] = [];
  const fresh: string[] = [];
  let suspended = 0;
  for (const item of items) {
    const state = fold.states.get(item.id);
    if (state?.suspended) {
      suspended += 1;
      continue;
    }
    const card = state?.card;
    if (!card || card.state === 'new') {
      fresh.push(item.id);
      continue;
    }
    const due = Date.parse(card.due);
    const scored: Scored = { itemId: item.id, due, recall: retrievabilityAt(scheduler, card, new Date(nowMs)) };
    if (card.state === 'learning' || card.state === 'relearning') {
      (due <= nowMs ? learningNow : learningLater).push(scored);
      continue;
    }
    const recallAtTarget = target ? retrievabilityAt(scheduler, card, target) : undefined;
    if (due < today.end) reviews.push({ ...scored, recallAtTarget, reason: 'review' });
    else if (recallAtTarget !== undefined && recallAtTarget < settings.desiredRetention) {
      reviews.push({ ...scored, recallAtTarget, reason: 'ready-by' });
    }
  }
  const newStudiedToday = newStudiedOn(fold.states.values(), today);
  const newLeftToday = Math.max(0, settings.newItemsPerDay - newStudiedToday);
  const newEntries: QueueEntry[] = fresh.slice(0, newLeftToday).map((itemId) => ({ itemId, reason: 'new' }));
  learningNow.sort((a, b) => a.due - b.due || (a.itemId < b.itemId ? -1 : 1));
  learningLater.sort((a, b) => a.due - b.due || (a.itemId < b.itemId ? -1 : 1));
  reviews.sort(byRecallThenId);
  const reviewEntries: QueueEntry[] = reviews.map(({ itemId, due, recallAtTarget, reason }) => ({
    itemId,
    reason,
    due: new Date(due).toISOString(),
    ...(recallAtTarget !== undefined ? { recallAtTarget } : {}),
  }));
  const entries: QueueEntry[] = [
    ...learningNow.map(({ itemId, due }) => ({
      itemId,
      reason: 'learning' as const,
      due: new Date(due).toISOString(),
    })),
    ...interleave(reviewEntries, newEntries),
  ];
  // With nothing else left, a learning step due in a few minutes is better shown now than after a wait.
  const aheadUntil = nowMs + settings.learnAheadMinutes * 60_000;
  const ahead = entries.length === 0 ? learningLater.filter((scored) => scored.due <= aheadUntil) : [];
  for (const { itemId, due } of ahead) {
    entries.push({ itemId, reason: 'learning-ahead', due: new Date(due).toISOString() });
  }
  const nextLearning = learningLater[0];
  const nextLearningDueAt = entries.length === 0 && nextLearning ? new Date(nextLearning.due).toISOString() : null;
  return {
    entries,
    counts: {
      learning: learningNow.length + ahead.length,
      review: reviewEntries.length,
      new: newEntries.length,
    },
    newStudiedToday,
    newLeftToday,
    nextLearningDueAt,
    suspended,
  };
}
