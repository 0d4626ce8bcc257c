import { z } from 'zod';
import type { Highlight, Note } from '../schema/annotations';
import { idSchema, type Fact } from '../schema/fact';
import { citeCard } from './briefCitations';
import { findBrief, type BriefContext, type BriefOutcome } from './briefCollection';
import { disclosureFor } from './briefFromCards';
import { notFound, parseOrRefuse } from './briefErrors';
import { fitToSection, insertItems } from './briefItemOperations';
import {
  briefDateSchema,
  briefItemTextSchema,
  briefSectionIdSchema,
  disclosureSchema,
  type Brief,
  type BriefItem,
} from './briefSchema';
import { escapeMarkdownInline, oneLine } from './markdownText';

/** What "Add to brief…" can start from: a card, one of its highlights, or a note on it. */
export const briefMaterialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), factId: idSchema }).strict(),
  z.object({ kind: z.literal('highlight'), highlightId: idSchema }).strict(),
  z.object({ kind: z.literal('note'), noteId: idSchema }).strict(),
]);

export const addToBriefInputSchema = z
  .object({
    briefId: idSchema,
    section: briefSectionIdSchema,
    index: z.number().int().nonnegative().optional(),
    from: briefMaterialSchema,
    /** Overrides the disclosure mark a background item would get from its material. */
    disclosure: disclosureSchema.optional(),
    /** A date for the timeline when the card carries none. */
    date: briefDateSchema.optional(),
  })
  .strict();

export type BriefMaterial = z.infer<typeof briefMaterialSchema>;
export type AddToBriefInput = z.input<typeof addToBriefInputSchema>;

/** The user's annotations, looked up by id, for adding a highlight or a note. */
export interface AnnotationContext extends BriefContext {
  highlight(id: string): Highlight | undefined;
  note(id: string): Note | undefined;
}

interface Material {
  fact: Fact;
  text: string;
  disclosure: 'usable' | 'not-for-disclosure';
}

function requireCard(context: BriefContext, factId: string): Fact {
  const fact = context.fact(factId);
  if (!fact) throw notFound('card', factId);
  return fact;
}

/**
 * The line an item gets from its material, said exactly as the material says it: a card's summary,
 * a highlight's quoted words in quotation marks, a note's own Markdown on one line.
 */
function readMaterial(from: BriefMaterial, context: AnnotationContext): Material {
  switch (from.kind) {
    case 'card': {
      const fact = requireCard(context, from.factId);
      return { fact, text: escapeMarkdownInline(fact.summary), disclosure: disclosureFor(fact) };
    }
    case 'highlight': {
      const highlight = context.highlight(from.highlightId);
      if (!highlight) throw notFound('highlight', from.highlightId);
      const fact = requireCard(context, highlight.factId);
      const quote = oneLine(highlight.target.quote.exact);
      return { fact, text: `“${escapeMarkdownInline(quote)}”`, disclosure: disclosureFor(fact) };
    }
    case 'note': {
      const note = context.note(from.noteId);
      if (!note) throw notFound('note', from.noteId);
      // A note is the user's own words, which may be their own assessment: never marked usable by default.
      return {
        fact: requireCard(context, note.factId),
        text: oneLine(note.markdown),
        disclosure: 'not-for-disclosure',
      };
    }
  }
}

/** "Add to brief…": the material's text in the chosen section, citing the card it comes from. */
export function addToBrief(briefs: readonly Brief[], input: AddToBriefInput, context: AnnotationContext): BriefOutcome {
  const request = parseOrRefuse(addToBriefInputSchema, input);
  const brief = findBrief(briefs, request.briefId);
  const material = readMaterial(request.from, context);
  const text = parseOrRefuse(briefItemTextSchema, material.text);
  const at = context.now();
  const base: BriefItem = {
    id: context.newId('brief-item'),
    text,
    cites: [citeCard(material.fact)],
    createdAt: at,
    updatedAt: at,
  };
  const soleName = material.fact.people.length === 1 ? material.fact.people[0] : undefined;
  const item = fitToSection(request.section, base, context, {
    disclosure: request.disclosure ?? material.disclosure,
    // An addendum is dated the day it is added, not the day of the card's events.
    ...(request.date !== undefined ? { date: request.date } : {}),
    ...(request.date === undefined && request.section === 'timeline' && material.fact.date
      ? { date: material.fact.date.iso }
      : {}),
    ...(request.section === 'pen-pictures' && soleName
      ? {
          person: {
            name: soleName.name,
            role: soleName.role,
            ...(soleName.country ? { country: soleName.country } : {}),
          },
        }
      : {}),
  });
  return insertItems(briefs, brief, request.section, request.index, [item], at);
}
