import { BriefingError } from '../../shared/errors';
import { withCardTags } from '../../shared/schema/cardTags';
import type { UserData } from '../../shared/schema/database';
import type { Fact, Figure } from '../../shared/schema/fact';
import type { OwnCardInput } from '../../shared/schema/ownCard';
import { sameContent } from './sameContent';
import { paragraphsOfRange, readingView, shippedCollectionId } from '../../shared/sources';
import { quoteText } from '../../shared/sources/sourceQuote';
import {
  idTaken,
  reanchorHighlights,
  requireFreeId,
  type OperationContext,
  type Outcome,
} from './annotationOperations';

/** The first number in "USD 4 billion" or "550+", so the user's figures sort like the shipped ones. */
function figureValue(display: string): number {
  const match = /-?\d+(?:[.,]\d+)?/.exec(display.replace(/(\d),(\d{3})/g, '$1$2'));
  return match ? Number(match[0].replace(',', '.')) : 0;
}

function summaryOf(input: OwnCardInput): string {
  if (input.summary) return input.summary;
  const firstSentence = /^(.{1,400}?[.!?])(\s|$)/s.exec(input.body)?.[1] ?? input.body.slice(0, 400);
  return firstSentence.trim();
}

/**
 * sources: a card from a source cites paragraphs that exist there, and its quote is the source's own words at the
 * place its selectors name (checked against the reading text the reader showed).
 */
function sourceFields(context: OperationContext, input: OwnCardInput): Partial<Fact> {
  const from = input.source;
  if (!from) return {};
  const refuse = (why: string) =>
    new BriefingError({ code: 'invalid-request', message: `${why} The card was not saved; nothing was changed.` });
  const source = context.source?.(from.sourceId);
  if (!source) throw refuse('The source this card cites is not in the library.');
  const view = readingView(source);
  const missing = from.paragraphs.find((paragraph) => paragraph > view.paragraphs.length);
  if (missing !== undefined) throw refuse(`“${source.title}” has no paragraph ${missing}.`);
  const paragraph = from.paragraphs[0]!;
  const fields: Partial<Fact> = { sourceId: source.id, paragraphs: from.paragraphs };
  if (from.quote) {
    const { position, quote } = from.quote.target;
    if (view.text.slice(position.start, position.end) !== quote.exact || quoteText(quote.exact) !== from.quote.text) {
      throw refuse(`The quote is not “${source.title}”’s own words at the place it names.`);
    }
    const quoted = paragraphsOfRange(view, position.start, position.end);
    if (!quoted.every((number) => from.paragraphs.includes(number))) {
      throw refuse('The quote’s paragraphs must be among those the card cites.');
    }
    fields.quote = { text: from.quote.text, paragraph: quoted[0]! };
    fields.quoteTarget = from.quote.target;
  }
  if (from.outlet) fields.attributions = [{ sourceId: source.id, label: `Reported by ${from.outlet}`, paragraph }];
  return fields;
}

/**
 * sources (issue 17): the collection a card is in, by the one rule (cardCollectionId). A card from a source is in
 * its source's collection; a card without one is in the collection named, which must exist.
 */
function collectionFields(context: OperationContext, input: OwnCardInput, fields: Partial<Fact>): Partial<Fact> {
  const refuse = (why: string) =>
    new BriefingError({ code: 'invalid-request', message: `${why} The card was not saved; nothing was changed.` });
  if (fields.sourceId) {
    const sourceCollection = context.source?.(fields.sourceId)?.collectionId;
    if (input.collectionId !== undefined && input.collectionId !== sourceCollection) {
      throw refuse('A card made from a source belongs to that source’s collection and cannot be put in another.');
    }
    return {};
  }
  if (input.collectionId === undefined || input.collectionId === shippedCollectionId) return {};
  if (!context.collectionExists?.(input.collectionId))
    throw refuse('The collection chosen for this card no longer exists.');
  return { collectionId: input.collectionId };
}

function factFromInput(id: string, input: OwnCardInput, context: OperationContext): Fact {
  const figures: Figure[] = input.figures.map((figure) => ({
    value: figureValue(figure.display),
    unit:
      figure.display
        .replace(/-?\d+(?:[.,]\d+)?/, '')
        .replace(/\s+/g, ' ')
        .trim() || 'count',
    display: figure.display,
    measures: figure.measures,
  }));
  const fromSource = sourceFields(context, input);
  return {
    id,
    topic: input.topic,
    title: input.title,
    summary: summaryOf(input),
    body: input.body,
    figures,
    people: input.people,
    organisations: [],
    places: [],
    caveats: [],
    origin: 'user',
    ...fromSource,
    ...collectionFields(context, input, fromSource),
  };
}

function requireOwnFact(user: UserData, factId: string, isSeedFact: boolean): Fact {
  const fact = user.ownFacts.find((candidate) => candidate.id === factId);
  if (fact) return fact;
  if (isSeedFact) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'Cards from the briefing are read-only; you can annotate them, or add a card of your own.',
    });
  }
  throw new BriefingError({
    code: 'not-found',
    message: `There is no card with the id "${factId}"; nothing was changed.`,
  });
}

export function createCard(user: UserData, context: OperationContext, id: string, input: OwnCardInput): Outcome<Fact> {
  const fact = factFromInput(id, input, context);
  const existing = user.ownFacts.find((candidate) => candidate.id === id);
  if (existing) {
    // Sent again (a retry): the same card is one card; other content under its id is refused.
    if (sameContent(existing, fact)) return { user, result: existing };
    throw idTaken('card', id, 'another card of yours with different content');
  }
  requireFreeId(user, context, id, 'card');
  return { user: { ...user, ownFacts: [...user.ownFacts, fact] }, result: fact };
}

export function updateCard(
  user: UserData,
  context: OperationContext,
  factId: string,
  input: OwnCardInput,
): Outcome<{ fact: Fact; highlights: UserData['highlights'] }> {
  requireOwnFact(user, factId, context.fact(factId)?.origin === 'seed');
  const fact = factFromInput(factId, input, context);
  const highlights = reanchorHighlights(user.highlights, factId, fact.body);
  return {
    user: {
      ...user,
      ownFacts: user.ownFacts.map((candidate) => (candidate.id === factId ? fact : candidate)),
      highlights,
    },
    result: { fact, highlights: highlights.filter((highlight) => highlight.factId === factId) },
  };
}

/** Deleting a card takes its notes, highlights, star and tags with it; undo brings them all back. */
export function deleteCard(user: UserData, context: OperationContext, factId: string): Outcome<string> {
  requireOwnFact(user, factId, context.fact(factId)?.origin === 'seed');
  const cardTags = withCardTags(user.cardTags, factId, []);
  return {
    user: {
      ...user,
      ownFacts: user.ownFacts.filter((fact) => fact.id !== factId),
      starred: user.starred.filter((id) => id !== factId),
      notes: user.notes.filter((note) => note.factId !== factId),
      highlights: user.highlights.filter((highlight) => highlight.factId !== factId),
      tags: user.tags,
      cardTags,
      // briefs (issue 15): a brief citing the card keeps its line and says the card was deleted
      briefs: user.briefs,
    },
    result: factId,
  };
}
