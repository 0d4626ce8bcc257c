import { z } from 'zod';
import { idSchema, paragraphNumberSchema } from '../schema/fact';

/**
 * The sections of a brief, in the order every brief prints them. The order is the format (UK
 * "objective first, background last"; a US read-ahead's talking points before biographies), so
 * it is fixed here rather than chosen per brief.
 */
export const briefSectionIds = [
  'objective',
  'points-to-make',
  'points-to-raise',
  'points-to-avoid',
  'press-lines',
  'background',
  'pen-pictures',
  'timeline',
  'open-questions',
  'addenda',
] as const;

export type BriefSectionId = (typeof briefSectionIds)[number];
export const briefSectionIdSchema = z.enum(briefSectionIds);

/**
 * Bounds, chosen for a brief a person carries into a meeting. A two-side brief holds 20–40 items;
 * a full read-ahead a few hundred. 500 leaves room for a brief built from every card of a large
 * library and refuses what could only be a mistake or an attack (a brief of 1,000 items).
 */
export const briefLimits = {
  itemCharacters: 2000,
  itemsPerBrief: 500,
  /** "Objective (1–3 lines)": the objective is a couple of lines, never a section of its own. */
  objectiveItems: 3,
  briefsPerDatabase: 200,
  citesPerItem: 50,
  attendees: 60,
} as const;

const timestampSchema = z.iso.datetime({ offset: true });

/** Characters as a person counts them, so a Korean or Kazakh line is held to the same bound. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count += 1;
  return count;
}

/** A brief item is one line of Markdown: a talking point, a fact, an entry. */
export const briefItemTextSchema = z
  .string()
  .trim()
  .min(1, 'an item needs some text')
  .refine((text) => !/[\r\n]/.test(text), 'an item is one line; split the text into several items')
  .superRefine((text, context) => {
    const count = characterCount(text);
    if (count > briefLimits.itemCharacters) {
      context.addIssue({
        code: 'custom',
        message: `an item is at most ${briefLimits.itemCharacters.toLocaleString('en')} characters and this one has ${count.toLocaleString('en')}; shorten it or split it into several items`,
      });
    }
  });

/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as what is known: the card dates are often only a month. */
export const briefDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'a date is written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-08-17',
  );

export const briefDayDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a meeting date is written YYYY-MM-DD, e.g. 2021-08-17');

export const briefTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM on the 24-hour clock, e.g. 14:30');

/** A card the item draws on and the article paragraphs it cites (none for the user's own cards). */
export const briefCitationSchema = z
  .object({
    factId: idSchema,
    paragraphs: z
      .array(paragraphNumberSchema)
      .max(40)
      .refine((paragraphs) => new Set(paragraphs).size === paragraphs.length, 'a paragraph is cited once'),
  })
  .strict();

export const briefCitationsSchema = z
  .array(briefCitationSchema)
  .max(briefLimits.citesPerItem, `an item cites at most ${briefLimits.citesPerItem} cards`)
  .refine(
    (cites) => new Set(cites.map((cite) => cite.factId)).size === cites.length,
    'a card is cited once per item; list all its paragraphs in one citation',
  );

/** Background facts are marked for whether they may be said or shown to the other side. */
export const disclosures = ['usable', 'not-for-disclosure'] as const;
export const disclosureSchema = z.enum(disclosures);

export const briefPersonSchema = z
  .object({
    name: z.string().trim().min(1, 'a person needs a name').max(120, 'a name is at most 120 characters'),
    role: z.string().trim().min(1).max(400, 'a role is at most 400 characters').optional(),
    country: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

/**
 * One line of a brief. Fields other than text and cites belong to one section each (see
 * `sectionFields`): a background fact's disclosure mark, a timeline entry's or addendum's date, a
 * pen picture's person, a point to avoid's defensive line.
 */
export const briefItemSchema = z
  .object({
    id: idSchema,
    text: briefItemTextSchema,
    cites: briefCitationsSchema,
    disclosure: disclosureSchema.optional(),
    date: briefDateSchema.optional(),
    person: briefPersonSchema.optional(),
    /** The line to take if the other side raises the point anyway: printed after "If raised:". */
    ifRaised: briefItemTextSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();

export type BriefItem = z.infer<typeof briefItemSchema>;
export type BriefItemField = 'disclosure' | 'date' | 'person' | 'ifRaised';

/** Which optional fields each section uses, and which of them it requires. */
export const sectionFields: Record<BriefSectionId, { allowed: BriefItemField[]; required: BriefItemField[] }> = {
  objective: { allowed: [], required: [] },
  'points-to-make': { allowed: [], required: [] },
  'points-to-raise': { allowed: [], required: [] },
  'points-to-avoid': { allowed: ['ifRaised'], required: [] },
  'press-lines': { allowed: [], required: [] },
  background: { allowed: ['disclosure'], required: ['disclosure'] },
  'pen-pictures': { allowed: ['person'], required: [] },
  timeline: { allowed: ['date'], required: ['date'] },
  'open-questions': { allowed: [], required: [] },
  addenda: { allowed: ['date'], required: ['date'] },
};

const fieldNames: Record<BriefItemField, string> = {
  disclosure: 'a disclosure mark',
  date: 'a date',
  person: 'a person',
  ifRaised: 'an "If raised" line',
};

export const briefSectionsSchema = z
  .object(
    Object.fromEntries(briefSectionIds.map((section) => [section, z.array(briefItemSchema)])) as Record<
      BriefSectionId,
      z.ZodArray<typeof briefItemSchema>
    >,
  )
  .strict();

export type BriefSections = Record<BriefSectionId, BriefItem[]>;

export const briefTitleSchema = z
  .string()
  .trim()
  .min(1, 'a brief needs a title')
  .max(140, 'a title is at most 140 characters');

/** The header block: what meeting the brief is for. */
export const briefHeaderShape = {
  title: briefTitleSchema,
  meetingDate: briefDayDateSchema.optional(),
  meetingTime: briefTimeSchema.optional(),
  place: z.string().trim().max(200, 'a place is at most 200 characters'),
  counterpart: z.string().trim().max(200, 'a counterpart is at most 200 characters'),
  attendees: z
    .array(z.string().trim().min(1, 'an attendee needs a name').max(200, 'an attendee is at most 200 characters'))
    .max(briefLimits.attendees, `a brief lists at most ${briefLimits.attendees} attendees`),
  /** Free text the user chooses, printed on every page: "Internal — not for circulation". */
  handlingLabel: z.string().trim().max(120, 'a handling label is at most 120 characters'),
};

export const briefSchema = z
  .object({
    id: idSchema,
    ...briefHeaderShape,
    sections: briefSectionsSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict()
  .superRefine((brief, context) => {
    if (brief.meetingTime !== undefined && brief.meetingDate === undefined) {
      context.addIssue({ code: 'custom', path: ['meetingTime'], message: 'a meeting time needs a meeting date' });
    }
    const ids = new Set<string>();
    let total = 0;
    for (const section of briefSectionIds) {
      const items = brief.sections[section];
      total += items.length;
      if (section === 'objective' && items.length > briefLimits.objectiveItems) {
        context.addIssue({
          code: 'custom',
          path: ['sections', section],
          message: `the objective is at most ${briefLimits.objectiveItems} lines`,
        });
      }
      items.forEach((item, index) => {
        const path = ['sections', section, index];
        if (ids.has(item.id)) context.addIssue({ code: 'custom', path, message: `duplicate item id "${item.id}"` });
        ids.add(item.id);
        for (const message of fieldProblems(section, item)) context.addIssue({ code: 'custom', path, message });
      });
    }
    if (total > briefLimits.itemsPerBrief) {
      context.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `a brief holds at most ${briefLimits.itemsPerBrief} items and this one would hold ${total.toLocaleString('en')}; split it into several briefs`,
      });
    }
  });

/** What is wrong with an item's section-specific fields in the given section. */
export function fieldProblems(section: BriefSectionId, item: Partial<Pick<BriefItem, BriefItemField>>): string[] {
  const { allowed, required } = sectionFields[section];
  const problems: string[] = [];
  for (const field of required) {
    if (item[field] === undefined) problems.push(`an item in ${section} needs ${fieldNames[field]}`);
  }
  for (const field of Object.keys(fieldNames) as BriefItemField[]) {
    if (item[field] !== undefined && !allowed.includes(field)) {
      problems.push(`an item in ${section} cannot carry ${fieldNames[field]}`);
    }
  }
  return problems;
}

export type Brief = z.infer<typeof briefSchema>;

/** Every brief of a database; ids are unique across briefs and their items. */
export const briefsSchema = z
  .array(briefSchema)
  .max(briefLimits.briefsPerDatabase, `a database holds at most ${briefLimits.briefsPerDatabase} briefs`)
  .superRefine((briefs, context) => {
    const seen = new Set<string>();
    briefs.forEach((brief, briefIndex) => {
      const ids = [brief.id, ...briefSectionIds.flatMap((section) => brief.sections[section].map((item) => item.id))];
      for (const id of ids) {
        if (seen.has(id)) context.addIssue({ code: 'custom', path: [briefIndex], message: `duplicate id "${id}"` });
        seen.add(id);
      }
    });
  });

export function emptySections(): BriefSections {
  return Object.fromEntries(briefSectionIds.map((section) => [section, []])) as unknown as BriefSections;
}

export function briefItemCount(brief: Pick<Brief, 'sections'>): number {
  return briefSectionIds.reduce((total, section) => total + brief.sections[section].length, 0);
}
