import { anchor } from '../../shared/annotation/anchorHighlight';
import { describeRange, maxQuoteLength, type HighlightTarget } from '../../shared/annotation/textSelectors';
import { BriefingError } from '../../shared/errors';
import { sameContent } from './sameContent';
import type { Highlight, HighlightColor, Note, Tag, TagColor } from '../../shared/schema/annotations';
import { sameIds, tagIdsOf, withCardTags, copyCardTags } from '../../shared/schema/cardTags';
import type { UserData } from '../../shared/schema/database';
import { indexOfId, withAppended, withRemoved, withReplaced } from '../../shared/schema/derivedLists';
import type { Fact } from '../../shared/schema/fact';
import type { SourceRecord } from '../../shared/sources';

/** What every operation may need from outside: the time, injected so tests control it, and the cards. */
export interface OperationContext {
  now(): string;
  /** Finds a card, seed or own, by id. */
  fact(id: string): Fact | undefined;
  /** sources: finds a source, the shipped article or one the user imported, by id. */
  source?(id: string): SourceRecord | undefined;
  /** sources: whether a collection, the shipped summit's or one the user made, exists. */
  collectionExists?(id: string): boolean;
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

/** The same id twice with other content is a mistake or an attack, never a second record. */
export function idTaken(kind: string, id: string, by: string): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `The id "${id}" for a new ${kind} is already used by ${by}, so nothing was created.`,
  });
}

/** A create's id must be new to every kind: cards, notes, highlights and tags share one id space. */
export function requireFreeId(user: UserData, context: OperationContext, id: string, kind: string): void {
  const fact = context.fact(id);
  if (fact) throw idTaken(kind, id, fact.origin === 'seed' ? 'a card of the briefing' : 'one of your cards');
  if (user.notes.some((note) => note.id === id)) throw idTaken(kind, id, 'a note');
  if (user.highlights.some((highlight) => highlight.id === id)) throw idTaken(kind, id, 'a highlight');
  if (user.tags.some((tag) => tag.id === id)) throw idTaken(kind, id, 'a tag');
}

/**
 * A create sent again with the same id: the same content is the same record (a retry), answered
 * with no change; other content is refused.
 */
function repeatedCreate<Item extends { id: string }>(
  items: readonly Item[],
  id: string,
  kind: string,
  same: (existing: Item) => boolean,
): Item | undefined {
  const existing = items.find((item) => item.id === id);
  if (!existing) return undefined;
  if (same(existing)) return existing;
  throw idTaken(kind, id, `another ${kind} with different content`);
}

function replaceById<Item extends { id: string }>(
  items: readonly Item[],
  id: string,
  what: string,
  change: (item: Item) => Item,
) {
  const index = indexOfId(items, id);
  const item = items[index];
  if (!item) throw notFound(what, id);
  const updated = change(item);
  return { items: withReplaced(items, index, updated), updated };
}

function removeById<Item extends { id: string }>(items: readonly Item[], id: string, what: string): Item[] {
  if (!items.some((item) => item.id === id)) throw notFound(what, id);
  return withRemoved(items, id);
}

export function setStarred(
  user: UserData,
  context: OperationContext,
  factId: string,
  starred: boolean,
): Outcome<string[]> {
  requireFact(context, factId);
  // Already as asked: no change, so no write and no undo step.
  if (user.starred.includes(factId) === starred) return { user, result: user.starred };
  const others = user.starred.filter((id) => id !== factId);
  const next = starred ? [...others, factId] : others;
  return { user: { ...user, starred: next }, result: next };
}

export function createNote(
  user: UserData,
  context: OperationContext,
  input: { id: string; factId: string; markdown: string },
): Outcome<Note> {
  const { id, factId, markdown } = input;
  const repeated = repeatedCreate(
    user.notes,
    id,
    'note',
    (note) => note.factId === factId && note.markdown === markdown,
  );
  if (repeated) return { user, result: repeated };
  requireFact(context, factId);
  requireFreeId(user, context, id, 'note');
  const at = context.now();
  const note: Note = { id, factId, markdown, createdAt: at, updatedAt: at };
  return { user: { ...user, notes: withAppended(user.notes, [note]) }, result: note };
}

export function updateNote(user: UserData, context: OperationContext, noteId: string, markdown: string): Outcome<Note> {
  const current = user.notes[indexOfId(user.notes, noteId)];
  if (current && current.markdown === markdown) return { user, result: current };
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
  input: { id: string; factId: string; target: HighlightTarget; color: HighlightColor; comment?: string },
): Outcome<Highlight> {
  const repeated = repeatedCreate(
    user.highlights,
    input.id,
    'highlight',
    (existing) =>
      existing.factId === input.factId &&
      existing.color === input.color &&
      (existing.comment ?? '') === (input.comment ?? '') &&
      sameContent(existing.target, input.target),
  );
  if (repeated) return { user, result: repeated };
  const fact = requireFact(context, input.factId);
  requireFreeId(user, context, input.id, 'highlight');
  const found = anchor(fact.body, input.target);
  if (!found || found.method !== 'position') {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'The highlighted words are not in this card’s text as it is now, so nothing was highlighted.',
    });
  }
  const at = context.now();
  const highlight: Highlight = {
    id: input.id,
    factId: input.factId,
    color: input.color,
    ...(input.comment ? { comment: input.comment } : {}),
    target: input.target,
    createdAt: at,
    updatedAt: at,
  };
  return { user: { ...user, highlights: withAppended(user.highlights, [highlight]) }, result: highlight };
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

/** Creates a tag; with `applyTo`, also puts it on that card, as one change (one undo step). */
export function createTag(
  user: UserData,
  context: OperationContext,
  input: { id: string; name: string; color: TagColor; applyTo?: string },
): Outcome<Tag> {
  const { id, name, color, applyTo } = input;
  const repeated = repeatedCreate(user.tags, id, 'tag', (tag) => tag.name === name && tag.color === color);
  if (repeated) return { user, result: repeated };
  if (applyTo !== undefined) requireFact(context, applyTo);
  requireUniqueTagName(user, name);
  requireFreeId(user, context, id, 'tag');
  const tag: Tag = { id, name, color, createdAt: context.now() };
  const cardTags =
    applyTo === undefined
      ? user.cardTags
      : withCardTags(user.cardTags, applyTo, [...tagIdsOf(user.cardTags, applyTo), id]);
  return { user: { ...user, tags: withAppended(user.tags, [tag]), cardTags }, result: tag };
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
  const cardTags = copyCardTags({});
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    const kept = tagIds.includes(tagId) ? tagIds.filter((id) => id !== tagId) : tagIds;
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
  const known = new Set(user.tags.map((tag) => tag.id));
  for (const tagId of unique) if (!known.has(tagId)) throw notFound('tag', tagId);
  if (sameIds(tagIdsOf(user.cardTags, factId), unique)) return { user, result: unique };
  return { user: { ...user, cardTags: withCardTags(user.cardTags, factId, unique) }, result: unique };
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
