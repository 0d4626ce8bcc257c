import { emptyItemState, type ItemStudyState } from '../foldStudyLog';
import type { RatingEntry, StudyRating } from '../reviewLogSchemas';
import { rateItem } from '../studyActions';
import type { StudySettings } from '../studySettings';
import type { StudyItem } from '../studyItemSchemas';

/**
 * A long study log for scale checks and benchmarks: `items` items with `answersPerItem` answers each, written by
 * the real rateItem. One item's history is computed and copied under other ids, so building 100,000 reviews costs
 * 500 scheduler calls, not 100,000; every copy is still a valid chain the fold takes as stored.
 */

const ratingsCycle: StudyRating[] = ['good', 'good', 'hard', 'good', 'again', 'good', 'easy', 'good', 'good', 'again'];

export function oneItemHistory(answers: number, settings: StudySettings, start = '2024-01-01T08:00:00.000Z') {
  let state: ItemStudyState = emptyItemState('long-item');
  let now = Date.parse(start);
  const entries: RatingEntry[] = [];
  for (let index = 0; index < answers; index += 1) {
    const rating = ratingsCycle[index % ratingsCycle.length] as StudyRating;
    const rated = rateItem(
      { id: `review-${index}`, itemId: 'long-item', rating, at: new Date(now).toISOString() },
      state,
      settings,
    );
    entries.push(rated.entry);
    state = rated.state;
    // Answered a little after it falls due, as people do.
    now = Date.parse(rated.state.card?.due ?? '') + 7 * 60_000;
  }
  return entries;
}

export function longItemId(index: number): string {
  return `long-item-${index}`;
}

/** `history` copied for `items` items. */
export function longStudyLog(history: readonly RatingEntry[], items: number): RatingEntry[] {
  const log: RatingEntry[] = [];
  for (let item = 0; item < items; item += 1) {
    const rename = (id: string | null) => (id === null ? null : `i${item}-${id}`);
    for (const entry of history) {
      log.push({
        ...entry,
        id: `i${item}-${entry.id}`,
        itemId: longItemId(item),
        previousReviewId: rename(entry.previousReviewId),
      });
    }
  }
  return log;
}

/** Study items for the log's item ids, shaped like items from a card. */
export function longLogItems(items: number): StudyItem[] {
  return Array.from({ length: items }, (_, index) => ({
    id: longItemId(index),
    kind: 'figure' as const,
    origin: 'fact' as const,
    cardId: 'long-card',
    paragraphs: [1],
    prompt: { type: 'cloze' as const, parts: ['The figure is ', ' in all.'], field: 'summary' as const },
    answer: String(index),
    subject: `figure:${index}|things`,
  }));
}
