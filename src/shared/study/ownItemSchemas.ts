import { z } from 'zod';
import { idSchema } from '../schema/fact';
import { clozeOf, containsLoosely } from './clozeText';

const timestampSchema = z.iso.datetime({ offset: true });

/** Longest answer an item keeps: past this it is a passage to reread, not a fact to recall. */
export const ownAnswerMaxLength = 2000;

export const ownAnswerSchema = z
  .string()
  .trim()
  .min(1, 'an item needs an answer')
  .max(ownAnswerMaxLength, `an answer is at most ${ownAnswerMaxLength.toLocaleString('en-US')} characters`);

const ownItemBase = {
  id: idSchema,
  cardId: idSchema,
  /** Made with "Study this" on a highlight or on a note of the card. */
  kind: z.enum(['highlight', 'note']),
  /** The highlight or note it was made from; the item stays when that is deleted, as the user's own work. */
  annotationId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/**
 * A cloze the user owns: a sentence and the phrase of it to recall. The sentence is kept as it was when the item
 * was made (or as the user edited it), so a later change to the card or the note does not change what they study.
 */
export const ownClozeItemSchema = z
  .object({
    ...ownItemBase,
    format: z.literal('cloze'),
    sentence: z.string().trim().min(1, 'an item needs a sentence').max(4000, 'a sentence is at most 4,000 characters'),
    answer: ownAnswerSchema,
  })
  .strict()
  .superRefine((item, context) => {
    if (!clozeOf(item.sentence, item.answer)) {
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message:
          'the answer must appear in the sentence as whole words, with at least three other words around it to ask about',
      });
    }
  });

/** A question and answer the user owns, made from a whole note: the front defaults to the card's title. */
export const ownBasicItemSchema = z
  .object({
    ...ownItemBase,
    format: z.literal('basic'),
    front: z.string().trim().min(1, 'an item needs a question').max(400, 'a question is at most 400 characters'),
    answer: ownAnswerSchema,
  })
  .strict()
  .superRefine((item, context) => {
    if (containsLoosely(item.front, item.answer)) {
      context.addIssue({ code: 'custom', path: ['front'], message: 'the question gives the answer away' });
    }
  });

export const ownStudyItemSchema = z.union([ownClozeItemSchema, ownBasicItemSchema]);

/** What the user may change on their own item; the other fields stay as they were. */
export const ownItemEditSchema = z
  .object({
    sentence: z.string().optional(),
    front: z.string().optional(),
    answer: z.string().optional(),
  })
  .strict();

export type OwnClozeItem = z.infer<typeof ownClozeItemSchema>;
export type OwnBasicItem = z.infer<typeof ownBasicItemSchema>;
export type OwnStudyItem = z.infer<typeof ownStudyItemSchema>;
export type OwnItemEdit = z.infer<typeof ownItemEditSchema>;
