import { tagColors, tagNameSchema, type Tag, type TagColor } from '../../../../shared/schema/annotations';
import { asSentence } from '../../../../shared/errors';

/** How each colour is named to a person: radio labels, tooltips. */
export const tagColourLabels: Record<TagColor, string> = {
  slate: 'Slate',
  blue: 'Blue',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  violet: 'Violet',
  teal: 'Teal',
};

/** The first colour no tag wears yet, so new tags tell apart without the user choosing. */
export function nextTagColour(tags: readonly Tag[]): TagColor {
  const used = new Set(tags.map((tag) => tag.color));
  return tagColors.find((color) => !used.has(color)) ?? tagColors[tags.length % tagColors.length] ?? 'slate';
}

/** The trimmed name, or why it cannot be a tag's name; uniqueness is the store's to judge. */
export function checkTagName(name: string): { ok: true; name: string } | { ok: false; message: string } {
  const parsed = tagNameSchema.safeParse(name);
  if (parsed.success) return { ok: true, name: parsed.data };
  return { ok: false, message: asSentence(parsed.error.issues[0]?.message ?? 'this is not a valid tag name') };
}

export function countCardsWithTag(cardTags: Readonly<Record<string, readonly string[]>>, tagId: string): number {
  let count = 0;
  for (const tagIds of Object.values(cardTags)) if (tagIds.includes(tagId)) count += 1;
  return count;
}

export function cardCountText(count: number): string {
  return `${count} ${count === 1 ? 'card' : 'cards'}`;
}
