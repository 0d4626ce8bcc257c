/**
 * The rules a source's text can be split by. The rule is stored with the source, and the version with it, so a
 * later change to a rule's details is a new version that old sources do not silently take on: a card's "¶3" must
 * keep meaning the same paragraph.
 */
export const paragraphRules = ['lines', 'blank-lines', 'markdown'] as const;
export type ParagraphRule = (typeof paragraphRules)[number];
export const paragraphRuleVersion = 1;
