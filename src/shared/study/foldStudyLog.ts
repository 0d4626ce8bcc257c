import { entryTime, type CardSnapshot, type CardState, type RatingEntry, type StudyLogEntry } from './reviewLogSchemas';
import { nextSnapshot, schedulerFor } from './scheduler';
import type { StudySettings } from './studySettings';

/**
 * The current state of every item, folded from the append-only study log: the log is the truth, and this is the
 * only way states are made. The fold is pure and depends only on the set of entries, not on their order in the
 * array: entries are applied by time (ties by id), undos are collected first, so two computers that merged the
 * same entries see the same states.
 */

export interface Suspension {
  /** `leech`: the fold suspended it at a lapse count of the leech rule; `user`: the user did. */
  reason: 'leech' | 'user';
  since: string;
}

export interface ItemStudyState {
  itemId: string;
  /** ts-fsrs's card after the last rating that stands; null for an item only ever suspended, never rated. */
  card: CardSnapshot | null;
  lastReviewId: string | null;
  /** Ratings that stand (undone ones do not count). */
  reviews: number;
  firstReviewedAt: string | null;
  lastReviewedAt: string | null;
  suspended: Suspension | null;
}

/** A rating as the fold applied it, with what it needed to know for statistics. */
export interface AppliedReview {
  id: string;
  itemId: string;
  rating: RatingEntry['rating'];
  reviewedAt: string;
  reviewedAtMs: number;
  stateBefore: CardState;
  lapsesAfter: number;
  durationMs?: number;
}

export interface StudyFold {
  states: Map<string, ItemStudyState>;
  /** Every rating that stands, in the order applied. */
  reviews: AppliedReview[];
  /** Ratings whose stored result could not be used and were scheduled again with ts-fsrs. */
  recomputed: number;
}

export interface FoldOptions {
  /**
   * Schedule every rating again with the current settings instead of using what was stored: for "apply my new
   * desired retention to past answers too". Normally off, so a change of settings applies from the next answer on.
   */
  recomputeAll?: boolean;
}

/** True when `lapses` is a count at which the leech rule fires: the threshold, then every half threshold after. */
export function isLeechCount(lapses: number, threshold: number): boolean {
  const every = Math.max(1, Math.ceil(threshold / 2));
  return lapses >= threshold && (lapses - threshold) % every === 0;
}

export function emptyItemState(itemId: string): ItemStudyState {
  return {
    itemId,
    card: null,
    lastReviewId: null,
    reviews: 0,
    firstReviewedAt: null,
    lastReviewedAt: null,
    suspended: null,
  };
}

/** Whether the stored result of `entry` was computed from exactly `state`: then it can be taken as it is. */
function storedResultFits(state: ItemStudyState, entry: RatingEntry, reviewedAtMs: number): boolean {
  const { after } = entry;
  return (
    entry.previousReviewId === state.lastReviewId &&
    after.reps === (state.card?.reps ?? 0) + 1 &&
    after.lastReview !== undefined &&
    (after.lastReview === entry.reviewedAt || Date.parse(after.lastReview) === reviewedAtMs)
  );
}

export interface AppliedRating {
  state: ItemStudyState;
  review: AppliedReview;
  recomputed: boolean;
}

/** One step of the fold: `entry` applied to the item's state. Rating an item live uses this same step. */
export function applyRating(
  state: ItemStudyState,
  entry: RatingEntry,
  settings: StudySettings,
  options: FoldOptions = {},
  reviewedAtMs = Date.parse(entry.reviewedAt),
): AppliedRating {
  const useStored = !options.recomputeAll && storedResultFits(state, entry, reviewedAtMs);
  const card = useStored
    ? entry.after
    : nextSnapshot(schedulerFor(settings), state.card, entry.rating, new Date(reviewedAtMs));
  const lapsesBefore = state.card?.lapses ?? 0;
  const becameLeech = card.lapses > lapsesBefore && isLeechCount(card.lapses, settings.leechThreshold);
  const next: ItemStudyState = {
    itemId: state.itemId,
    card,
    lastReviewId: entry.id,
    reviews: state.reviews + 1,
    firstReviewedAt: state.firstReviewedAt ?? entry.reviewedAt,
    lastReviewedAt: entry.reviewedAt,
    suspended: becameLeech ? { reason: 'leech', since: entry.reviewedAt } : state.suspended,
  };
  const review: AppliedReview = {
    id: entry.id,
    itemId: entry.itemId,
    rating: entry.rating,
    reviewedAt: entry.reviewedAt,
    reviewedAtMs,
    stateBefore: state.card?.state ?? 'new',
    lapsesAfter: card.lapses,
    ...(entry.durationMs !== undefined ? { durationMs: entry.durationMs } : {}),
  };
  return { state: next, review, recomputed: !useStored };
}

interface Timed {
  entry: StudyLogEntry;
  ms: number;
}

function byTimeThenId(a: Timed, b: Timed): number {
  return a.ms - b.ms || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
}

/** The entries in the order the fold applies them; a log written in time order is only checked, not sorted. */
export function inFoldOrder(log: readonly StudyLogEntry[]): Timed[] {
  const timed = log.map((entry) => ({ entry, ms: Date.parse(entryTime(entry)) }));
  for (let index = 1; index < timed.length; index += 1) {
    if (byTimeThenId(timed[index - 1] as Timed, timed[index] as Timed) > 0) return timed.sort(byTimeThenId);
  }
  return timed;
}

export function foldStudyLog(
  log: readonly StudyLogEntry[],
  settings: StudySettings,
  options: FoldOptions = {},
): StudyFold {
  const undone = new Set<string>();
  for (const entry of log) if (entry.type === 'undo') undone.add(entry.undoes);
  const states = new Map<string, ItemStudyState>();
  const reviews: AppliedReview[] = [];
  let recomputed = 0;
  for (const { entry, ms } of inFoldOrder(log)) {
    if (entry.type === 'undo' || undone.has(entry.id)) continue;
    const state = states.get(entry.itemId) ?? emptyItemState(entry.itemId);
    if (entry.type === 'rating') {
      const applied = applyRating(state, entry, settings, options, ms);
      states.set(entry.itemId, applied.state);
      reviews.push(applied.review);
      if (applied.recomputed) recomputed += 1;
    } else {
      const suspended = entry.type === 'suspend' ? { reason: 'user' as const, since: entry.at } : null;
      states.set(entry.itemId, { ...state, suspended });
    }
  }
  return { states, reviews, recomputed };
}
