import type { AppliedReview, StudyFold } from './foldStudyLog';
import { studyDayBounds, studyDayKey, studyDayNumber, type DayOptions } from './studyDay';
import { newStudiedOn } from './studyQueue';
import type { StudySettings } from './studySettings';
import type { StudyItem } from './studyItemSchemas';

/**
 * Statistics, all read from the folded review log: nothing here is stored, so they always agree with the log.
 * Labels are the UI's (from the i18n catalogues); this returns numbers and keys.
 */

export interface Retention {
  /** Ratings given to items in the review state (learning steps do not measure memory). */
  reviewed: number;
  /** Of those, the ones not answered "Again". */
  recalled: number;
  /** `recalled / reviewed`, or null before the first review. */
  share: number | null;
}

export interface HeatmapDay {
  /** The study day, "2026-03-14". */
  day: string;
  reviews: number;
}

export interface HardItem {
  itemId: string;
  cardId: string;
  lapses: number;
  difficulty: number;
  reviews: number;
  suspended: 'leech' | 'user' | null;
}

export interface StudyStatistics {
  dueToday: { learning: number; review: number; new: number; total: number };
  reviewedToday: number;
  reviewsTotal: number;
  itemsStudied: number;
  retention: { allTime: Retention; last30Days: Retention };
  /** One entry per study day, oldest first, ending today. */
  heatmap: HeatmapDay[];
  hardest: HardItem[];
  /** Items the leech rule suspended, most lapses first: the list the issue asks to show. */
  leeches: HardItem[];
}

export interface StatisticsInput {
  items: readonly StudyItem[];
  fold: StudyFold;
  settings: StudySettings;
  now: string;
  utcOffsetMinutes: number;
  /** How many days the heatmap covers; a year by default. */
  heatmapDays?: number;
  /** How many of the hardest items to list. */
  hardestCount?: number;
}

function retentionOf(reviews: readonly AppliedReview[], fromMs = -Infinity): Retention {
  let reviewed = 0;
  let recalled = 0;
  for (const review of reviews) {
    if (review.stateBefore !== 'review' || review.reviewedAtMs < fromMs) continue;
    reviewed += 1;
    if (review.rating !== 'again') recalled += 1;
  }
  return { reviewed, recalled, share: reviewed === 0 ? null : recalled / reviewed };
}

function byHardness(a: HardItem, b: HardItem): number {
  return b.lapses - a.lapses || b.difficulty - a.difficulty || (a.itemId < b.itemId ? -1 : 1);
}

/** What falls due before the study day ends, and the new items the daily limit still allows. */
function dueOn(
  items: readonly StudyItem[],
  fold: StudyFold,
  today: { start: number; end: number },
  settings: StudySettings,
): StudyStatistics['dueToday'] {
  let learning = 0;
  let review = 0;
  let fresh = 0;
  for (const item of items) {
    const state = fold.states.get(item.id);
    if (state?.suspended) continue;
    const card = state?.card;
    if (!card || card.state === 'new') fresh += 1;
    else if (Date.parse(card.due) < today.end) {
      if (card.state === 'review') review += 1;
      else learning += 1;
    }
  }
  const newLeft = Math.max(0, settings.newItemsPerDay - newStudiedOn(fold.states.values(), today));
  const newToday = Math.min(fresh, newLeft);
  return { learning, review, new: newToday, total: learning + review + newToday };
}

export function studyStatistics(input: StatisticsInput): StudyStatistics {
  const { items, fold, settings } = input;
  const nowMs = Date.parse(input.now);
  const day: DayOptions = { utcOffsetMinutes: input.utcOffsetMinutes, dayStartsAtHour: settings.dayStartsAtHour };
  const today = studyDayBounds(nowMs, day);
  const perDay = new Map<number, number>();
  let reviewedToday = 0;
  for (const review of fold.reviews) {
    const dayNumber = studyDayNumber(review.reviewedAtMs, day);
    perDay.set(dayNumber, (perDay.get(dayNumber) ?? 0) + 1);
    if (review.reviewedAtMs >= today.start && review.reviewedAtMs < today.end) reviewedToday += 1;
  }
  const lastDay = studyDayNumber(nowMs, day);
  const days = input.heatmapDays ?? 365;
  const heatmap = Array.from({ length: days }, (_, index) => {
    const dayNumber = lastDay - (days - 1 - index);
    return { day: studyDayKey(dayNumber), reviews: perDay.get(dayNumber) ?? 0 };
  });
  const cardOfItem = new Map(items.map((item) => [item.id, item.cardId]));
  const studied: HardItem[] = [];
  for (const state of fold.states.values()) {
    // History of an item that no longer exists (a card dropped by a seed update, an own item deleted) stays in the
    // log and in the day counts, but there is nothing left to list or to study.
    if (!state.card || state.reviews === 0 || !cardOfItem.has(state.itemId)) continue;
    studied.push({
      itemId: state.itemId,
      cardId: cardOfItem.get(state.itemId) ?? '',
      lapses: state.card.lapses,
      difficulty: state.card.difficulty,
      reviews: state.reviews,
      suspended: state.suspended?.reason ?? null,
    });
  }
  studied.sort(byHardness);
  const hardest = studied.filter((item) => item.lapses > 0 || item.difficulty > 5).slice(0, input.hardestCount ?? 10);
  const dueToday = dueOn(items, fold, today, settings);
  return {
    dueToday,
    reviewedToday,
    reviewsTotal: fold.reviews.length,
    itemsStudied: studied.length,
    retention: {
      allTime: retentionOf(fold.reviews),
      last30Days: retentionOf(fold.reviews, today.end - 30 * 24 * 60 * 60 * 1000),
    },
    heatmap,
    hardest,
    leeches: studied.filter((item) => item.suspended === 'leech'),
  };
}
