import { BriefingError } from '../../shared/errors';
import type { UserData } from '../../shared/schema/database';
import type { Source } from '../../shared/schema/source';
import { planCarry, type CarryPlan } from '../../shared/sources';
import { sourceLibraryOf } from '../../shared/sources/librarySources';
import type { Outcome } from './annotationOperations';

/**
 * sources (issue 17): the plan for carrying the user's cards from the article `sourceId` is a new version of, worked
 * out on the data it is applied to (the window's copy of it is only ever shown, never applied).
 *
 * @throws BriefingError `not-found` for a source that is gone, `invalid-request` for one that is no new version.
 */
export function carryPlanFor(seedSources: readonly Source[], user: UserData, sourceId: string): CarryPlan {
  const { sources } = sourceLibraryOf(seedSources, user);
  const newSource = sources.find((source) => source.id === sourceId);
  if (!newSource) {
    throw new BriefingError({ code: 'not-found', message: 'That source no longer exists. Nothing was changed.' });
  }
  const oldSource = newSource.supersedes && sources.find((source) => source.id === newSource.supersedes);
  if (!oldSource) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `“${newSource.title}” is not a new version of an article in the library, so no card can be carried over to it. Nothing was changed.`,
    });
  }
  return planCarry(oldSource, newSource, user.ownFacts);
}

/**
 * Moves every card the plan moves, as one change: one undo puts each of them back on the earlier version. The
 * cards that stay are not touched.
 *
 * @throws BriefingError `invalid-request` when no card would move; nothing is changed.
 */
export function carryCards(
  seedSources: readonly Source[],
  user: UserData,
  sourceId: string,
): Outcome<{ moved: number; stayed: number }> {
  const plan = carryPlanFor(seedSources, user, sourceId);
  if (plan.moves.length === 0) {
    throw new BriefingError({
      code: 'invalid-request',
      message:
        plan.stays.length === 0
          ? 'No card of yours cites the earlier version, so there is nothing to carry over. Nothing was changed.'
          : 'None of your cards on the earlier version can move: each stays for the reason the preview gives. Nothing was changed.',
    });
  }
  const carried = new Map(plan.moves.map(({ carried: card }) => [card.id, card]));
  return {
    user: { ...user, ownFacts: user.ownFacts.map((card) => carried.get(card.id) ?? card) },
    result: { moved: plan.moves.length, stayed: plan.stays.length },
  };
}
