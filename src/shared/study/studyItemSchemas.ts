import { z } from 'zod';
import { idSchema, paragraphNumberSchema } from '../schema/fact';

/**
 * Study item ids are built from a card id (up to 120 characters) and up to two readable keys of 60, so they may be
 * longer than the 120 characters `idSchema` allows; the alphabet is the same, so they stay safe in file names.
 */
export const studyItemIdSchema = z
  .string()
  .min(1, 'a study item id cannot be empty')
  .max(300, 'a study item id is at most 300 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a study item id uses lower-case letters, digits and hyphens only');

/** What an item asks about; the quiz draws distractors from facts of the same kind. */
export const studyItemKinds = ['figure', 'person', 'organisation', 'programme', 'date', 'highlight', 'note'] as const;
export const studyItemKindSchema = z.enum(studyItemKinds);

/** Which text of the card a cloze sentence was cut from. */
export const clozeFieldSchema = z.enum(['summary', 'body', 'highlight', 'note']);

/**
 * A sentence with the answer blanked wherever it occurs: the blanks go between the parts, so
 * `parts.length === blanks + 1`. Blanking every occurrence is what keeps the answer out of the prompt.
 */
export const clozePromptSchema = z
  .object({
    type: z.literal('cloze'),
    parts: z.array(z.string().max(4000)).min(2).max(11),
    field: clozeFieldSchema,
  })
  .strict();

/** "Which figure measures …?": for a figure whose value the card's sentences do not spell out as displayed. */
export const figurePromptSchema = z
  .object({
    type: z.literal('figure'),
    measures: z.string().min(1).max(160),
    qualifier: z.string().min(1).max(60).optional(),
  })
  .strict();

/** "Who was {role}?": for a person the card names in its list but not in a sentence. */
export const rolePromptSchema = z
  .object({
    type: z.literal('role'),
    role: z.string().min(1).max(200),
    country: z.enum(['Kazakhstan', 'South Korea']).optional(),
  })
  .strict();

/** "When: {card title}?": for a card date its sentences do not spell out. */
export const cardDatePromptSchema = z
  .object({ type: z.literal('card-date'), cardTitle: z.string().min(1).max(140) })
  .strict();

/** A front the user wrote (or kept from the card title) for an item made from a note. */
export const basicPromptSchema = z
  .object({ type: z.literal('basic'), front: z.string().trim().min(1, 'an item needs a question').max(400) })
  .strict();

export const studyPromptSchema = z.discriminatedUnion('type', [
  clozePromptSchema,
  figurePromptSchema,
  rolePromptSchema,
  cardDatePromptSchema,
  basicPromptSchema,
]);

/**
 * A study item as a session and a quiz see it. Items from the facts are derived from the cards every time (never
 * stored), so a seed update regenerates them; the user's own items are stored and turned into this shape.
 */
export const studyItemSchema = z
  .object({
    id: studyItemIdSchema,
    kind: studyItemKindSchema,
    /** `fact`: made from a card's facts; `own`: made by the user from a highlight or a note. */
    origin: z.enum(['fact', 'own']),
    cardId: idSchema,
    /** The source paragraphs to show after answering: the card's citations (none for the user's own cards). */
    paragraphs: z.array(paragraphNumberSchema).max(40),
    prompt: studyPromptSchema,
    answer: z.string().min(1).max(2000),
    /**
     * What the answer stands for, so another wording of the same thing is never offered as a wrong option:
     * `person:Kassym-Jomart Tokayev` for both "Tokayev" and the full name.
     */
    subject: z.string().min(1).max(300),
    /** Other cards that would have produced exactly this item; it is kept once, on the card with the smallest id. */
    alsoOnCards: z.array(idSchema).max(100).optional(),
  })
  .strict();

export type StudyItemKind = z.infer<typeof studyItemKindSchema>;
export type ClozePrompt = z.infer<typeof clozePromptSchema>;
export type StudyPrompt = z.infer<typeof studyPromptSchema>;
export type StudyItem = z.infer<typeof studyItemSchema>;

/** The character a blank is shown as when a prompt is flattened to text (tests, search, accessibility names). */
export const blankMark = '▢';

/** The prompt as one line of text, blanks shown as {@link blankMark}; what "the prompt contains" is checked on. */
export function promptText(prompt: StudyPrompt): string {
  switch (prompt.type) {
    case 'cloze':
      return prompt.parts.join(blankMark);
    case 'figure':
      return [prompt.measures, prompt.qualifier].filter(Boolean).join(' ');
    case 'role':
      return [prompt.role, prompt.country].filter(Boolean).join(' ');
    case 'card-date':
      return prompt.cardTitle;
    case 'basic':
      return prompt.front;
  }
}
