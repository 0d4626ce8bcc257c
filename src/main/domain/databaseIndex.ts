import { copyCardTags, type CardTags } from '../../shared/schema/cardTags';
import type { UserData } from '../../shared/schema/database';
import type { UserDataPatch } from '../../shared/schema/userDataPatch';
import { recordKinds, type RecordKind } from '../../shared/schema/recordKinds';

type Kind =
  | 'card'
  | 'note'
  | 'highlight'
  | 'tag'
  // briefs (issue 15)
  | 'brief'
  // study
  | 'study-entry'
  | 'study-item'
  // sources
  | 'source'
  | 'collection';
/** The user's record lists, as the id index holds them. */
export type RecordList = RecordKind;
type Place = RecordList | 'shipped';

const lists: readonly RecordList[] = recordKinds;
const kindOfPlace: Record<Place, Kind> = {
  shipped: 'card',
  ownFacts: 'card',
  notes: 'note',
  highlights: 'highlight',
  tags: 'tag',
  // briefs (issue 15)
  briefs: 'brief',
  // study
  studyLog: 'study-entry',
  ownStudyItems: 'study-item',
  // sources
  sources: 'source',
  collections: 'collection',
};
const article: Record<Kind, string> = {
  card: 'a card',
  note: 'a note',
  highlight: 'a highlight',
  tag: 'a tag',
  // briefs (issue 15)
  brief: 'a brief',
  // study
  'study-entry': 'a study log entry',
  'study-item': 'a study item',
  source: 'a source',
  collection: 'a collection',
};

interface Item {
  id: string;
  factId?: string;
  origin?: unknown;
}

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * The database's ids and references, kept up to date change by change, so the invariants a load
 * checks (ids unique across cards, notes, highlights and tags; own cards marked as the user's; no
 * star or tag twice; tags on cards that exist; nothing that should name a card naming anything
 * else) are checked for a change in what the change costs, not by walking 100,000 notes. It also
 * keeps the size the database file would have, so a change that would pass the limit is refused.
 * `databaseIndex.test.ts` holds it to the whole-database check: same verdict on every change.
 */
export class DatabaseIndex {
  private readonly shipped: ReadonlySet<string>;
  private readonly records: { [List in RecordList]: Map<string, Item> } = {
    ownFacts: new Map(),
    notes: new Map(),
    highlights: new Map(),
    tags: new Map(),
    // briefs (issue 15)
    briefs: new Map(),
    // study
    studyLog: new Map(),
    ownStudyItems: new Map(),
    sources: new Map(),
    collections: new Map(),
  };
  /** How many notes, highlights, stars and card-tag entries name each id as a card. */
  private readonly cardReferences = new Map<string, number>();
  /** How many cards carry each tag id. */
  private readonly tagReferences = new Map<string, number>();
  private starred: readonly string[] = [];
  private cardTags: CardTags = copyCardTags({});
  // study
  private studyPreferences: unknown = undefined;
  /** The size, in bytes, of the database file that would hold this state (exact after a compaction, then estimated). */
  bytes = 0;

  constructor(shippedFacts: ReadonlyArray<{ id: string }>) {
    this.shipped = new Set(shippedFacts.map((fact) => fact.id));
  }

  /** Adds records as they arrive at open, in slices, so building the index never holds up the event loop. */
  addRecords(list: RecordList, items: readonly Item[]): void {
    const records = this.records[list];
    for (const item of items) {
      records.set(item.id, item);
      if (item.factId !== undefined && list !== 'ownFacts') this.count(this.cardReferences, item.factId, 1);
    }
  }

  setStarred(starred: readonly string[]): void {
    for (const id of this.starred) this.count(this.cardReferences, id, -1);
    for (const id of starred) this.count(this.cardReferences, id, 1);
    this.starred = starred;
  }

  setCardTags(cardTags: CardTags): void {
    for (const [factId, tagIds] of Object.entries(this.cardTags)) this.countEntry(factId, tagIds, -1);
    this.cardTags = copyCardTags(cardTags);
    for (const [factId, tagIds] of Object.entries(this.cardTags)) this.countEntry(factId, tagIds, 1);
  }

  /** Builds the index of a whole user's data at once: fine for small data and for tests. */
  load(user: UserData, bytes: number): this {
    for (const list of lists) this.addRecords(list, user[list]);
    this.setStarred(user.starred);
    this.setCardTags(user.cardTags);
    this.setStudyPreferences(user.studyPreferences);
    this.bytes = bytes;
    return this;
  }

  // study
  setStudyPreferences(preferences: unknown): void {
    this.studyPreferences = preferences;
  }

  private count(map: Map<string, number>, id: string, by: number): void {
    const next = (map.get(id) ?? 0) + by;
    if (next === 0) map.delete(id);
    else map.set(id, next);
  }

  private countEntry(factId: string, tagIds: readonly string[], by: number): void {
    this.count(this.cardReferences, factId, by);
    for (const tagId of tagIds) this.count(this.tagReferences, tagId, by);
  }

  private placeOf(id: string): Place | undefined {
    if (this.shipped.has(id)) return 'shipped';
    for (const list of lists) if (this.records[list].has(id)) return list;
    return undefined;
  }

  /**
   * What `patch` would break, described as the load describes it; empty when the state after it
   * is one the app can open. `after` is that state (its lengths show a duplicate the patch hides).
   * Nothing in the index changes.
   */
  problems(patch: UserDataPatch, after: UserData): string[] {
    const problems: string[] = [];
    const add = (problem: string) => {
      if (problems.length < 8) problems.push(problem);
    };
    const freed = new Set<string>();
    const claimed = new Map<string, Kind>();
    const cardDelta = new Map<string, number>();
    const tagDelta = new Map<string, number>();
    const bump = (map: Map<string, number>, id: string, by: number) => map.set(id, (map.get(id) ?? 0) + by);

    for (const list of lists) for (const id of patch[list]?.removed ?? []) freed.add(id);
    for (const list of lists) {
      const change = patch[list];
      if (!change) continue;
      const kind = kindOfPlace[list];
      let added = 0;
      for (const item of change.upserted as readonly Item[]) {
        const path = `user.${list}[id ${item.id}].id`;
        const before = claimed.get(item.id);
        if (before !== undefined) {
          add(
            before === kind
              ? `${path}: duplicate ${kind} id "${item.id}"`
              : `${path}: the ${kind} id "${item.id}" is already the id of ${article[before]}`,
          );
        }
        claimed.set(item.id, kind);
        const place = this.placeOf(item.id);
        if (place !== list) added++;
        if (place !== undefined && place !== list && !freed.has(item.id)) {
          const other = kindOfPlace[place];
          add(
            other === kind
              ? `${path}: duplicate ${kind} id "${item.id}"`
              : `${path}: the ${kind} id "${item.id}" is already the id of ${article[other]}`,
          );
        }
        if (list === 'ownFacts' && item.origin !== 'user') {
          add(`user.ownFacts[id ${item.id}].origin: the card "${item.id}" is not marked as the user's own`);
        }
      }
      const expected = this.records[list].size - change.removed.length + added;
      if (after[list].length !== expected) {
        const seen = new Set<string>();
        const twice = (after[list] as readonly Item[]).find((item) => seen.size === seen.add(item.id).size);
        add(`user.${list}: duplicate ${kind} id "${twice?.id ?? '?'}"`);
      }
    }
    const kindAfter = (id: string): Kind | undefined => {
      const made = claimed.get(id);
      if (made !== undefined) return made;
      if (freed.has(id)) return undefined;
      const place = this.placeOf(id);
      return place === undefined ? undefined : kindOfPlace[place];
    };
    const mustNameCard = (id: string, path: string) => {
      const kind = kindAfter(id);
      if (kind !== undefined && kind !== 'card')
        add(`${path}: "${id}" should name a card but is the id of ${article[kind]}`);
    };

    for (const list of ['notes', 'highlights'] as const) {
      const change = patch[list];
      if (!change) continue;
      for (const id of change.removed) {
        const old = this.records[list].get(id);
        if (old?.factId !== undefined) bump(cardDelta, old.factId, -1);
      }
      for (const item of change.upserted) {
        const old = this.records[list].get(item.id);
        if (old?.factId !== undefined) bump(cardDelta, old.factId, -1);
        bump(cardDelta, item.factId, 1);
        mustNameCard(item.factId, `user.${list}[id ${item.id}].factId`);
      }
    }
    if (patch.starred) {
      for (const id of this.starred) bump(cardDelta, id, -1);
      const seen = new Set<string>();
      patch.starred.forEach((id, index) => {
        if (seen.has(id)) add(`user.starred[${index}]: the card "${id}" is starred twice`);
        seen.add(id);
        bump(cardDelta, id, 1);
        mustNameCard(id, `user.starred[${index}]`);
      });
    }
    if (patch.cardTags) {
      const unset = (factId: string) => {
        if (!Object.hasOwn(this.cardTags, factId)) return;
        bump(cardDelta, factId, -1);
        for (const tagId of this.cardTags[factId] ?? []) bump(tagDelta, tagId, -1);
      };
      for (const factId of patch.cardTags.removed) unset(factId);
      for (const { factId, tagIds } of patch.cardTags.upserted) {
        unset(factId);
        bump(cardDelta, factId, 1);
        mustNameCard(factId, `user.cardTags.${factId}`);
        const seen = new Set<string>();
        tagIds.forEach((tagId, index) => {
          const path = `user.cardTags.${factId}[${index}]`;
          if (seen.has(tagId)) add(`${path}: the tag "${tagId}" is on the card "${factId}" twice`);
          seen.add(tagId);
          bump(tagDelta, tagId, 1);
          if (kindAfter(tagId) !== 'tag')
            add(`${path}: the card "${factId}" carries a tag "${tagId}" that does not exist`);
        });
      }
    }
    // An id that becomes a note, highlight or tag must not be named as a card by anything left.
    for (const [id, kind] of claimed) {
      if (kind === 'card') continue;
      if ((this.cardReferences.get(id) ?? 0) + (cardDelta.get(id) ?? 0) > 0) {
        add(`user: "${id}" should name a card but is the id of ${article[kind]}`);
      }
    }
    // A tag that is gone must be on no card.
    for (const id of patch.tags?.removed ?? []) {
      if (claimed.get(id) === 'tag') continue;
      if ((this.tagReferences.get(id) ?? 0) + (tagDelta.get(id) ?? 0) > 0) {
        const card = Object.keys(this.cardTags).find((factId) => this.cardTags[factId]?.includes(id)) ?? '?';
        add(`user.cardTags.${card}: the card "${card}" carries a tag "${id}" that does not exist`);
      }
    }
    return problems;
  }

  /** How many bytes the database file would grow by with `patch` applied (negative when it shrinks). */
  sizeChange(patch: UserDataPatch): number {
    let delta = 0;
    for (const list of lists) {
      const change = patch[list];
      if (!change) continue;
      const records = this.records[list];
      for (const id of change.removed) {
        const old = records.get(id);
        if (old) delta -= bytesOf(old) + 1;
      }
      for (const item of change.upserted) {
        const old = records.get(item.id);
        delta += bytesOf(item) + 1 - (old ? bytesOf(old) + 1 : 0);
      }
    }
    if (patch.starred) delta += bytesOf(patch.starred) - bytesOf(this.starred);
    if (patch.cardTags) {
      const entry = (factId: string, tagIds: readonly string[]) => bytesOf(factId) + bytesOf(tagIds) + 2;
      const old = (factId: string) =>
        Object.hasOwn(this.cardTags, factId) ? entry(factId, this.cardTags[factId] ?? []) : 0;
      for (const factId of patch.cardTags.removed) delta -= old(factId);
      for (const { factId, tagIds } of patch.cardTags.upserted) delta += entry(factId, tagIds) - old(factId);
    }
    // study
    if (patch.studyPreferences) {
      delta += bytesOf(patch.studyPreferences) - (this.studyPreferences ? bytesOf(this.studyPreferences) : 0);
    }
    return delta;
  }

  /** Takes in a change that is now on disk. */
  commit(patch: UserDataPatch, sizeChange = this.sizeChange(patch)): void {
    for (const list of lists) {
      const change = patch[list];
      if (!change) continue;
      const records = this.records[list];
      for (const id of change.removed) {
        const old = records.get(id);
        if (old?.factId !== undefined && list !== 'ownFacts') this.count(this.cardReferences, old.factId, -1);
        records.delete(id);
      }
      for (const item of change.upserted as readonly Item[]) {
        const old = records.get(item.id);
        if (list !== 'ownFacts') {
          if (old?.factId !== undefined) this.count(this.cardReferences, old.factId, -1);
          if (item.factId !== undefined) this.count(this.cardReferences, item.factId, 1);
        }
        records.set(item.id, item);
      }
    }
    if (patch.starred) this.setStarred(patch.starred);
    if (patch.cardTags) {
      const unset = (factId: string) => {
        if (!Object.hasOwn(this.cardTags, factId)) return;
        this.countEntry(factId, this.cardTags[factId] ?? [], -1);
        delete this.cardTags[factId];
      };
      for (const factId of patch.cardTags.removed) unset(factId);
      for (const { factId, tagIds } of patch.cardTags.upserted) {
        unset(factId);
        this.cardTags[factId] = tagIds;
        this.countEntry(factId, tagIds, 1);
      }
    }
    // study
    if (patch.studyPreferences) this.setStudyPreferences(patch.studyPreferences);
    this.bytes += sizeChange;
  }
}
