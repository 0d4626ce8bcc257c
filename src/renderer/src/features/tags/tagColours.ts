import { tagColors, tagNameSchema, type Tag, type TagColor } from '../../../../shared/schema/annotations';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import type { Translate } from '../../i18n';

/** How each colour is named to a person: radio labels, tooltips. */
export const tagColourLabels: Record<TagColor, MessageKey> = {
  slate: 'tagColour.slate',
  blue: 'tagColour.blue',
  green: 'tagColour.green',
  amber: 'tagColour.amber',
  red: 'tagColour.red',
  violet: 'tagColour.violet',
  teal: 'tagColour.teal',
};

/** The first colour no tag wears yet, so new tags tell apart without the user choosing. */
export function nextTagColour(tags: readonly Tag[]): TagColor {
  const used = new Set(tags.map((tag) => tag.color));
  return tagColors.find((color) => !used.has(color)) ?? tagColors[tags.length % tagColors.length] ?? 'slate';
}

/** The trimmed name, or why it cannot be a tag's name; uniqueness is the store's to judge. */
export function checkTagName(name: string, t: Translate): { ok: true; name: string } | { ok: false; message: string } {
  const parsed = tagNameSchema.safeParse(name);
  if (parsed.success) return { ok: true, name: parsed.data };
  const tooLong = parsed.error.issues[0]?.code === 'too_big';
  return { ok: false, message: tooLong ? t('tags.problem.long', { max: 40 }) : t('tags.problem.empty') };
}

export function countCardsWithTag(cardTags: Readonly<Record<string, readonly string[]>>, tagId: string): number {
  let count = 0;
  for (const tagIds of Object.values(cardTags)) if (tagIds.includes(tagId)) count += 1;
  return count;
}

export function cardCountText(count: number, t: Translate): string {
  return t('library.cards.count', { count });
}
