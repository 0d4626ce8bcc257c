import { z } from 'zod';
import { idSchema } from './fact';

/** Card id → ids of the tags on it. Card ids are data, so this is read only through the helpers below. */
export type CardTags = Record<string, string[]>;

/**
 * zod's record drops a `__proto__` key without a word (assigning it would replace the
 * prototype), so a file carrying one would lose that entry silently. It is refused instead.
 */
export const cardTagsSchema = z
  .custom<unknown>((value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'), {
    message: 'the key "__proto__" cannot be a card id',
  })
  .pipe(z.record(idSchema, z.array(idSchema)));

/** The tags on a card; an id such as `constructor` is an ordinary card id, never Object.prototype's. */
export function tagIdsOf(cardTags: CardTags, factId: string): readonly string[] {
  return Object.hasOwn(cardTags, factId) ? (cardTags[factId] ?? []) : [];
}

/** A copy without a prototype, so no card id can reach Object.prototype through it. */
export function copyCardTags(cardTags: CardTags): CardTags {
  const copy = Object.create(null) as CardTags;
  for (const [factId, tagIds] of Object.entries(cardTags)) copy[factId] = tagIds;
  return copy;
}

/** The record with one card's tags set (an empty list removes its entry). */
export function withCardTags(cardTags: CardTags, factId: string, tagIds: readonly string[]): CardTags {
  const copy = copyCardTags(cardTags);
  if (tagIds.length > 0) copy[factId] = [...tagIds];
  else delete copy[factId];
  return copy;
}

export function sameIds(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((id, index) => id === second[index]);
}
