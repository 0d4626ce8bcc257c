import { tagIdsOf } from '../schema/cardTags';
import type { UserData } from '../schema/database';
import type { Fact } from '../schema/fact';
import { diffUserData } from '../schema/userDataPatch';

/** What the search index holds documents of: every card, and the user's data attached to them. */
export interface SearchedLibrary {
  facts: readonly Fact[];
  user: UserData;
}

export interface CardsToReindex {
  /** Cards whose document may have changed (or that are new). */
  changed: Set<string>;
  /** Cards that are gone. */
  removed: Set<string>;
}

function factIdOf(records: ReadonlyArray<{ id: string; factId: string }>, id: string): string | undefined {
  return records.find((record) => record.id === id)?.factId;
}

/**
 * The cards a change touched, from what changed between two snapshots (records shared by
 * reference are unchanged, as the store's answers keep them): a note or highlight touches its
 * card, a tag renamed every card that carries it. So one saved note re-indexes one card, not ten
 * thousand.
 */
export function cardsToReindex(before: SearchedLibrary, after: SearchedLibrary): CardsToReindex {
  const changed = new Set<string>();
  const removed = new Set<string>();
  if (before.facts !== after.facts) {
    const old = new Map(before.facts.map((fact) => [fact.id, fact]));
    for (const fact of after.facts) {
      if (old.get(fact.id) !== fact) changed.add(fact.id);
      old.delete(fact.id);
    }
    for (const id of old.keys()) removed.add(id);
  }
  if (before.user === after.user) return { changed, removed };
  const patch = diffUserData(before.user, after.user);
  for (const kind of ['notes', 'highlights'] as const) {
    const records = patch[kind];
    if (!records) continue;
    for (const record of records.upserted) {
      changed.add(record.factId);
      // A record that moved card (never today, cheap to cover) leaves its old card changed too.
      const previous = factIdOf(before.user[kind], record.id);
      if (previous) changed.add(previous);
    }
    for (const id of records.removed) {
      const factId = factIdOf(before.user[kind], id);
      if (factId) changed.add(factId);
    }
  }
  if (patch.tags) {
    const touched = new Set([...patch.tags.upserted.map((tag) => tag.id), ...patch.tags.removed]);
    for (const { user } of [before, after]) {
      for (const factId of Object.keys(user.cardTags)) {
        if (tagIdsOf(user.cardTags, factId).some((tagId) => touched.has(tagId))) changed.add(factId);
      }
    }
  }
  if (patch.cardTags) {
    for (const { factId } of patch.cardTags.upserted) changed.add(factId);
    for (const factId of patch.cardTags.removed) changed.add(factId);
  }
  for (const id of removed) changed.delete(id);
  return { changed, removed };
}
