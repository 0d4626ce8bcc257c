import { copyCardTags, type CardTags } from '../../../shared/schema/cardTags';
import type { UserData } from '../../../shared/schema/database';
import type { UserDataPatch } from '../../../shared/schema/userDataPatch';
import { recordKinds, type RecordKind } from '../../../shared/schema/recordKinds';

type Records = { [Kind in RecordKind]: Map<string, UserData[Kind][number]> };

/**
 * The user's data held by id, so a journal line costs what it changed to apply, not what the
 * database holds: `applyPatch` rebuilds every array it touches, which over a journal of thousands
 * of lines on 100,000 notes would be quadratic. Applying patches here gives exactly what applying
 * them one by one with `applyPatch` gives (a Map keeps a replaced key in its place and puts a new
 * one last, as applyPatch does); the property test in userDataMirror.test.ts holds it to that.
 */
export class UserDataMirror {
  private readonly records: Records;
  private starred: string[];
  private cardTags: CardTags;
  // study
  private studyPreferences: UserData['studyPreferences'];

  constructor(user: UserData) {
    this.records = {
      ownFacts: new Map(user.ownFacts.map((item) => [item.id, item])),
      notes: new Map(user.notes.map((item) => [item.id, item])),
      highlights: new Map(user.highlights.map((item) => [item.id, item])),
      tags: new Map(user.tags.map((item) => [item.id, item])),
      // briefs (issue 15)
      briefs: new Map(user.briefs.map((item) => [item.id, item])),
      // study
      studyLog: new Map(user.studyLog.map((item) => [item.id, item])),
      ownStudyItems: new Map(user.ownStudyItems.map((item) => [item.id, item])),
      // sources
      sources: new Map(user.sources.map((item) => [item.id, item])),
      collections: new Map(user.collections.map((item) => [item.id, item])),
    };
    this.starred = user.starred;
    this.cardTags = copyCardTags(user.cardTags);
    // study
    this.studyPreferences = user.studyPreferences;
  }

  apply(patch: UserDataPatch): void {
    for (const kind of recordKinds) {
      const change = patch[kind];
      if (!change) continue;
      const records = this.records[kind] as Map<string, { id: string }>;
      for (const id of change.removed) records.delete(id);
      for (const item of change.upserted) records.set(item.id, item);
      if (change.order) {
        const position = new Map(change.order.map((id, index) => [id, index]));
        const sorted = [...records.values()].sort(
          (first, second) => (position.get(first.id) ?? records.size) - (position.get(second.id) ?? records.size),
        );
        (this.records as Record<RecordKind, Map<string, { id: string }>>)[kind] = new Map(
          sorted.map((item) => [item.id, item]),
        );
      }
    }
    if (patch.starred) this.starred = patch.starred;
    if (patch.cardTags) {
      for (const factId of patch.cardTags.removed) delete this.cardTags[factId];
      for (const { factId, tagIds } of patch.cardTags.upserted) this.cardTags[factId] = tagIds;
    }
    // study
    if (patch.studyPreferences) this.studyPreferences = patch.studyPreferences;
  }

  /** How many records of each kind: for progress and for the window's counts. */
  count(kind: RecordKind): number {
    return this.records[kind].size;
  }

  toUserData(): UserData {
    return {
      ownFacts: [...this.records.ownFacts.values()],
      starred: this.starred,
      notes: [...this.records.notes.values()],
      highlights: [...this.records.highlights.values()],
      tags: [...this.records.tags.values()],
      cardTags: copyCardTags(this.cardTags),
      // briefs (issue 15)
      briefs: [...this.records.briefs.values()],
      // study
      studyLog: [...this.records.studyLog.values()],
      ownStudyItems: [...this.records.ownStudyItems.values()],
      studyPreferences: this.studyPreferences,
      // sources
      sources: [...this.records.sources.values()],
      collections: [...this.records.collections.values()],
    };
  }
}
