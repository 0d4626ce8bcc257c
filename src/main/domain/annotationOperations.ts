import { anchor } from '../../shared/annotation/anchorHighlight';
import { describeRange, maxQuoteLength, type HighlightTarget } from '../../shared/annotation/textSelectors';
import { BriefingError } from '../../shared/errors';
import type { Highlight, HighlightColor, Note, Tag, TagColor } from '../../shared/schema/annotations';
import type { UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';

/** What every operation may need from outside: the time and fresh ids, injected so tests control them. */
export interface OperationContext {
  now(): string;
  newId(prefix: string): string;
  /** Finds a card, seed or own, by id. */
  fact(id: string): Fact | undefined;
}

export interface Outcome<Result> {
  user: UserData;
  result: Result;
}

function notFound(what: string, id: string): BriefingError {
  return new BriefingError({
    code: 'not-found',
    message: `There is no ${what} with the id "${id}"; nothing was changed.`,
  });
}

export function requireFact(context: OperationContext, factId: string): Fact {
  const fact = context.fact(factId);
  if (!fact) throw notFound('card', factId);
  return fact;
}

function replaceById<Item extends { id: string }>(
  items: readonly Item[],
  id: string,
  what: string,
  change: (item: Item) => Item,
) {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) throw notFound(what, id);
  const updated = change(item);
  const copy = items.slice();
  copy[index] = updated;
  return { items: copy, updated };
}

function removeById<Item extends { id: string }>(items: readonly Item[], id: string, what: string): Item[] {
  if (!items.some((item) => item.id === id)) throw notFound(what, id);
  return items.filter((item) => item.id !== id);
}

export function setStarred(
  user: UserData,
  context: OperationContext,
  factId: string,
  starred: boolean,
): Outcome<string[]> {
  requireFact(context, factId);
  const others = user.starred.filter((id) => id !== factId);
  const next = starred ? [...others, factId] : others;
  return { user: { ...user, starred: next }, result: next };
}

export function createNote(user: UserData, context: OperationContext, factId: string, markdown: string): Outcome<Note> {
  requireFact(context, factId);
  const at = context.now();
  const note: Note = { id: context.newId('note'), factId, markdown, createdAt: at, updatedAt: at };
  return { user: { ...user, notes: [...user.notes, note] }, result: note };
}

export function updateNote(user: UserData, context: OperationContext, noteId: string, markdown: string): Outcome<Note> {
  const { items, updated } = replaceById(user.notes, noteId, 'note', (note) => ({
    ...note,
    markdown,
    updatedAt: context.now(),
  }));
  return { user: { ...user, notes: items }, result: updated };
}

export function deleteNote(user: UserData, noteId: string): Outcome<string> {
  return { user: { ...user, notes: removeById(user.notes, noteId, 'note') }, result: noteId };
}

export function createHighlight(
  user: UserData,
  context: OperationContext,
  input: { factId: string; target: HighlightTarget; color: HighlightColor; comment?: string },
): Outcome<Highlight> {
  const fact = requireFact(context, input.factId);
  const found = anchor(fact.body, input.target);
  if (!found || found.method !== 'position') {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'The highlighted words are not in this card’s text as it is now, so nothing was highlighted.',
    });
  }
  const at = context.now();
  const highlight: Highlight = {
    id: context.newId('highlight'),
    factId: input.factId,
    color: input.color,
    ...(input.comment ? { comment: input.comment } : {}),
    target: input.target,
    createdAt: at,
    updatedAt: at,
  };
  return { user: { ...user, highlights: [...user.highlights, highlight] }, result: highlight };
}

export function updateHighlight(
  user: UserData,
  context: OperationContext,
  input: { highlightId: string; color?: HighlightColor; comment?: string },
): Outcome<Highlight> {
  const { items, updated } = replaceById(user.highlights, input.highlightId, 'highlight', (highlight) => {
    const next: Highlight = { ...highlight, updatedAt: context.now() };
    if (input.color) next.color = input.color;
    if (input.comment !== undefined) {
      if (input.comment) next.comment = input.comment;
      else delete next.comment;
    }
    return next;
  });
  return { user: { ...user, highlights: items }, result: updated };
}

export function deleteHighlight(user: UserData, highlightId: string): Outcome<string> {
  return { user: { ...user, highlights: removeById(user.highlights, highlightId, 'highlight') }, result: highlightId };
}

function requireUniqueTagName(user: UserData, name: string, exceptId?: string): void {
  const taken = user.tags.find(
    (tag) => tag.id !== exceptId && tag.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (taken) {
    throw new BriefingError({ code: 'invalid-request', message: `There is already a tag called “${taken.name}”.` });
  }
}

export function createTag(user: UserData, context: OperationContext, name: string, color: TagColor): Outcome<Tag> {
  requireUniqueTagName(user, name);
  const tag: Tag = { id: context.newId('tag'), name, color, createdAt: context.now() };
  return { user: { ...user, tags: [...user.tags, tag] }, result: tag };
}

export function updateTag(user: UserData, input: { tagId: string; name?: string; color?: TagColor }): Outcome<Tag> {
  if (input.name) requireUniqueTagName(user, input.name, input.tagId);
  const { items, updated } = replaceById(user.tags, input.tagId, 'tag', (tag) => ({
    ...tag,
    ...(input.name ? { name: input.name } : {}),
    ...(input.color ? { color: input.color } : {}),
  }));
  return { user: { ...user, tags: items }, result: updated };
}

export function deleteTag(user: UserData, tagId: string): Outcome<UserData['cardTags']> {
  const tags = removeById(user.tags, tagId, 'tag');
  const cardTags: UserData['cardTags'] = {};
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    const kept = tagIds.filter((id) => id !== tagId);
    if (kept.length > 0) cardTags[factId] = kept;
  }
  return { user: { ...user, tags, cardTags }, result: cardTags };
}

export function setCardTags(
  user: UserData,
  context: OperationContext,
  factId: string,
  tagIds: string[],
): Outcome<string[]> {
  requireFact(context, factId);
  const unique = [...new Set(tagIds)];
  for (const tagId of unique) if (!user.tags.some((tag) => tag.id === tagId)) throw notFound('tag', tagId);
  const cardTags = { ...user.cardTags };
  if (unique.length > 0) cardTags[factId] = unique;
  else delete cardTags[factId];
  return { user: { ...user, cardTags }, result: unique };
}

/**
 * Moves a card's highlights onto its new text. Those that re-anchor get fresh selectors; those
 * that cannot keep their old ones, so the renderer shows them as orphans with their quote.
 */
export function reanchorHighlights(highlights: readonly Highlight[], factId: string, newText: string): Highlight[] {
  return highlights.map((highlight) => {
    if (highlight.factId !== factId) return highlight;
    const found = anchor(newText, highlight.target);
    if (!found || found.end - found.start > maxQuoteLength) return highlight;
    return { ...highlight, target: describeRange(newText, found.start, found.end) };
  });
}
