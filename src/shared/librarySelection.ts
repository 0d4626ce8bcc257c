import { tagIdsOf } from './schema/cardTags';
import type { UserData } from './schema/database';
import type { Fact } from './schema/fact';
import type { TopicId } from './topics';
import { topics } from './topics';

// What the library's sidebar selects, shared by the window and the main process's first screen.

/** What the sidebar can select: every card, starred, annotated, one topic, or one tag. */
export type Selection = 'all' | 'starred' | 'annotated' | TopicId | `tag:${string}`;

/** The selections worth reopening on next start (a tag may be gone by then). */
export type RememberedSelection = Exclude<Selection, `tag:${string}`>;

export function isRememberedSelection(value: string): value is RememberedSelection {
  return value === 'all' || value === 'starred' || value === 'annotated' || topics.some((topic) => topic.id === value);
}

/** Seed cards first, in seed order, then the user's own cards in the order they were made. */
export function allFacts(library: { facts: readonly Fact[]; user: Pick<UserData, 'ownFacts'> }): Fact[] {
  return [...library.facts, ...library.user.ownFacts];
}

/** Card ids that carry a note or a highlight. */
export function annotatedFactIds(user: UserData): Set<string> {
  const ids = new Set<string>();
  for (const note of user.notes) ids.add(note.factId);
  for (const highlight of user.highlights) ids.add(highlight.factId);
  return ids;
}

export function factsInSelection(facts: readonly Fact[], user: UserData, selection: Selection): Fact[] {
  if (selection === 'all') return facts.slice();
  if (selection === 'starred') {
    const starred = new Set(user.starred);
    return facts.filter((fact) => starred.has(fact.id));
  }
  if (selection === 'annotated') {
    const annotated = annotatedFactIds(user);
    return facts.filter((fact) => annotated.has(fact.id));
  }
  if (selection.startsWith('tag:')) {
    const tagId = selection.slice(4);
    return facts.filter((fact) => tagIdsOf(user.cardTags, fact.id).includes(tagId));
  }
  return facts.filter((fact) => fact.topic === selection);
}

export function selectionCounts(facts: readonly Fact[], user: UserData): Map<Selection, number> {
  const counts = new Map<Selection, number>([
    ['all', facts.length],
    ['starred', 0],
    ['annotated', 0],
  ]);
  for (const topic of topics) counts.set(topic.id, 0);
  for (const tag of user.tags) counts.set(`tag:${tag.id}`, 0);
  const ids = new Set(facts.map((fact) => fact.id));
  const annotated = annotatedFactIds(user);
  for (const fact of facts) {
    counts.set(fact.topic, (counts.get(fact.topic) ?? 0) + 1);
    if (annotated.has(fact.id)) counts.set('annotated', (counts.get('annotated') ?? 0) + 1);
    for (const tagId of tagIdsOf(user.cardTags, fact.id)) {
      counts.set(`tag:${tagId}`, (counts.get(`tag:${tagId}`) ?? 0) + 1);
    }
  }
  counts.set('starred', user.starred.filter((id) => ids.has(id)).length);
  return counts;
}
