import { BriefingError } from '../../shared/errors';
import { withCardTags } from '../../shared/schema/cardTags';
import type { UserData } from '../../shared/schema/database';
import type { Fact, Figure } from '../../shared/schema/fact';
import type { OwnCardInput } from '../../shared/schema/ownCard';
import { sameContent } from './sameContent';
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

function factFromInput(id: string, input: OwnCardInput): Fact {
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
  const fact = factFromInput(id, input);
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
  const fact = factFromInput(factId, input);
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
    },
    result: factId,
  };
}
