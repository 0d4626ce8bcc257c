import { z } from 'zod';
import { BriefingError } from '../errors';
import type { StudyFold } from './foldStudyLog';
import { retrievabilityAt, schedulerFor } from './scheduler';
import { dayMs } from './studyDay';
import type { StudySettings } from './studySettings';
import type { StudyItem } from './studyItemSchemas';

/**
 * "Ready by": the date of an exam or a meeting, and how much of the material ts-fsrs predicts the user will recall
 * then. The prediction is ts-fsrs's retrievability of each item at that instant; an item never studied counts as
 * not recalled, because nothing predicts that it will be.
 */

const readyBySchema = z.iso.datetime({ offset: true });

/** The ready-by instant, refused with a reason when it is not a date and time or is not in the future. */
export function readyByTarget(readyBy: string, nowMs: number): Date {
  if (!readyBySchema.safeParse(readyBy).success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `“${readyBy}” is not a date and time; give the ready-by date as an ISO date-time such as 2026-06-01T09:00:00+02:00.`,
    });
  }
  const target = Date.parse(readyBy);
  if (target <= nowMs) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'The ready-by date has already passed; choose a date after today.',
    });
  }
  return new Date(target);
}

export interface Readiness {
  target: string;
  /** Items counted: every item not suspended. */
  items: number;
  studied: number;
  notStudied: number;
  suspended: number;
  /** The number of items predicted to be recalled on the date: the sum of their predicted recall. */
  expectedRecalled: number;
  /** `expectedRecalled / items`: the meter's value, 0 to 1 (0 when there are no items). */
  share: number;
  /** The same over the studied items only, or null when none has been studied. */
  shareOfStudied: number | null;
  /** Whole days from now to the date, at least 1. */
  daysLeft: number;
  /** New items a day that would have every item seen at least once by the date. */
  newPerDayToSeeAll: number;
}

export interface ReadinessInput {
  items: readonly StudyItem[];
  fold: StudyFold;
  settings: StudySettings;
  now: string;
  readyBy: string;
}

export function predictReadiness({ items, fold, settings, now, readyBy }: ReadinessInput): Readiness {
  const nowMs = Date.parse(now);
  const target = readyByTarget(readyBy, nowMs);
  const scheduler = schedulerFor(settings);
  let counted = 0;
  let studied = 0;
  let suspended = 0;
  let expectedRecalled = 0;
  for (const item of items) {
    const state = fold.states.get(item.id);
    if (state?.suspended) {
      suspended += 1;
      continue;
    }
    counted += 1;
    if (!state?.card || state.card.state === 'new') continue;
    studied += 1;
    expectedRecalled += retrievabilityAt(scheduler, state.card, target);
  }
  const notStudied = counted - studied;
  const daysLeft = Math.max(1, Math.ceil((target.getTime() - nowMs) / dayMs));
  return {
    target: target.toISOString(),
    items: counted,
    studied,
    notStudied,
    suspended,
    expectedRecalled,
    share: counted === 0 ? 0 : expectedRecalled / counted,
    shareOfStudied: studied === 0 ? null : expectedRecalled / studied,
    daysLeft,
    newPerDayToSeeAll: Math.ceil(notStudied / daysLeft),
  };
}
