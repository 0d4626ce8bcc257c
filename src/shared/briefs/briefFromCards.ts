import { z } from 'zod';
import { idSchema, type Fact } from '../schema/fact';
import { citeCard } from './briefCitations';
import { commitBrief, type BriefContext, type BriefOutcome } from './briefCollection';
import { notFound, parseOrRefuse, refused } from './briefErrors';
import { createBriefInputSchema, type CreateBriefInput } from './briefInputs';
import { newBrief } from './briefOperations';
import { briefItemCount, briefLimits, characterCount, emptySections, type Brief, type BriefItem } from './briefSchema';
import { escapeMarkdownInline } from './markdownText';
import { openQuestionsFromCards } from './openQuestions';
import { penPicturesFromCards, type PenPicture } from './penPictures';

export const briefFromCardsInputSchema = createBriefInputSchema
  .extend({
    /** The cards, in the order the user sees them: a selection, a topic, the starred cards or a tag. */
    factIds: z.array(idSchema).min(1, 'choose at least one card').max(5000),
  })
  .strict();

export type BriefFromCardsInput = CreateBriefInput & { factIds: string[] };

/**
 * A card from the article is public (a published news report), so its facts are usable with the
 * other side; the user's own cards may hold their own assessment, so they start as not for disclosure.
 */
export function disclosureFor(fact: Fact): 'usable' | 'not-for-disclosure' {
  return fact.origin === 'seed' ? 'usable' : 'not-for-disclosure';
}

function resolveCards(factIds: readonly string[], context: BriefContext): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const id of factIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const fact = context.fact(id);
    if (!fact) throw notFound('card', id);
    facts.push(fact);
  }
  return facts;
}

/** The card titles naming the person, "; "-joined, as many as fit in an item: the cites list them all. */
function penPictureText(picture: PenPicture, titles: ReadonlyMap<string, string>): string {
  let text = '';
  for (const factId of picture.factIds) {
    const title = escapeMarkdownInline(titles.get(factId) ?? '');
    const next = text ? `${text}; ${title}` : title;
    if (characterCount(next) > briefLimits.itemCharacters) break;
    text = next;
  }
  return text;
}

/**
 * The sections a brief built from cards starts with, every line taken from a card: Background the
 * cards' summaries, Pen pictures the people they name, Timeline their dates, Open questions what
 * they say the article does not tell. The user's own sections (objective, points…) start empty.
 */
export function sectionsFromCards(facts: readonly Fact[], context: Pick<BriefContext, 'now' | 'newId'>) {
  const at = context.now();
  const item = (fields: Omit<BriefItem, 'id' | 'createdAt' | 'updatedAt'>): BriefItem => ({
    id: context.newId('brief-item'),
    ...fields,
    createdAt: at,
    updatedAt: at,
  });
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const titles = new Map(facts.map((fact) => [fact.id, fact.title]));
  const sections = emptySections();
  sections.background = facts.map((fact) =>
    item({ text: escapeMarkdownInline(fact.summary), cites: [citeCard(fact)], disclosure: disclosureFor(fact) }),
  );
  sections['pen-pictures'] = penPicturesFromCards(facts).map((picture) =>
    item({
      text: penPictureText(picture, titles),
      cites: picture.factIds.slice(0, briefLimits.citesPerItem).map((id) => citeCard(byId.get(id) as Fact)),
      person: {
        name: picture.name,
        role: picture.roles.join('; '),
        ...(picture.country ? { country: picture.country } : {}),
      },
    }),
  );
  const dated = facts
    .map((fact, order) => ({ fact, order }))
    .filter((entry) => entry.fact.date !== undefined)
    // ISO prefixes sort as dates do ("2019" < "2021-08" < "2021-08-17"); equal dates keep card order.
    .sort((a, b) => (a.fact.date?.iso ?? '').localeCompare(b.fact.date?.iso ?? '') || a.order - b.order);
  sections.timeline = dated.map(({ fact }) =>
    item({ text: escapeMarkdownInline(fact.title), cites: [citeCard(fact)], date: fact.date?.iso }),
  );
  sections['open-questions'] = openQuestionsFromCards(facts).map((question) =>
    item({ text: question.text, cites: [citeCard(byId.get(question.factId) as Fact)] }),
  );
  return sections;
}

/** "New brief from these cards": a brief whose generated sections come from the cards and nowhere else. */
export function createBriefFromCards(
  briefs: readonly Brief[],
  input: BriefFromCardsInput,
  context: BriefContext,
): BriefOutcome {
  const { factIds, ...header } = parseOrRefuse(briefFromCardsInputSchema, input);
  const facts = resolveCards(factIds, context);
  const sections = sectionsFromCards(facts, context);
  const count = briefItemCount({ sections });
  if (count > briefLimits.itemsPerBrief) {
    throw refused(
      `These ${facts.length} cards would make a brief of ${count.toLocaleString('en')} items and a brief holds at most ${briefLimits.itemsPerBrief}; choose fewer cards`,
    );
  }
  const brief = newBrief(header, context, sections);
  const itemIds = Object.values(sections).flatMap((items) => items.map((entry) => entry.id));
  return commitBrief(briefs, brief, itemIds);
}
