import type { UserData } from '../../../shared/schema/database';
import type { Fact } from '../../../shared/schema/fact';
import { applyRating, emptyItemState, foldStudyLog, type StudyFold } from '../../../shared/study/foldStudyLog';
import { generateFactItems } from '../../../shared/study/factItems';
import { ownItemToStudyItem } from '../../../shared/study/ownItems';
import { entryTime, type StudyLogEntry } from '../../../shared/study/reviewLogSchemas';
import type { StudySettings } from '../../../shared/study/studySettings';
import type { StudyItem } from '../../../shared/study/studyItemSchemas';

/**
 * The study items and the folded study log, kept in the main process between calls. The log is the truth and
 * `foldStudyLog` the only way states are made, but folding 100,000 reviews costs ~120 ms, so the fold is done
 * once and then advanced entry by entry as the store appends them (a rating, an undo, a suspension), exactly as a
 * fresh fold would place them. Anything else — an import that brings older entries, a change of settings, a log
 * that is not this one plus a few entries — folds the whole log again.
 */
export class StudyMemory {
  private itemsFor?: { facts: readonly Fact[]; ownFacts: readonly Fact[]; own: UserData['ownStudyItems'] };
  private cachedItems: StudyItem[] = [];
  private itemIndex = new Map<string, StudyItem>();
  private log?: readonly StudyLogEntry[];
  private settings?: StudySettings;
  private fold?: StudyFold;
  private lastMs = -Infinity;
  /** How many whole folds were made: for tests and the bench. */
  fullFolds = 0;
  private warming?: { log: readonly StudyLogEntry[]; settings: StudySettings; done: Promise<void> };
  private entriesOf?: readonly StudyLogEntry[];
  private entriesById = new Map<string, StudyLogEntry>();
  private indexedCount = 0;

  constructor(private readonly shippedFacts: readonly Fact[]) {}

  /** Every item a session may show: from the shipped and own cards (derived, never stored) and the user's own. */
  items(user: UserData): StudyItem[] {
    const held = this.itemsFor;
    if (held && held.ownFacts === user.ownFacts && held.own === user.ownStudyItems) return this.cachedItems;
    const cards = [...this.shippedFacts, ...user.ownFacts];
    const byId = new Map(cards.map((card) => [card.id, card]));
    const own = user.ownStudyItems.map((item) => ownItemToStudyItem(item, byId.get(item.cardId)));
    // The user's own items first: they chose these, so their new ones are shown before the cards' facts.
    this.cachedItems = [...own, ...generateFactItems(cards)];
    this.itemIndex = new Map(this.cachedItems.map((item) => [item.id, item]));
    this.itemsFor = { facts: this.shippedFacts, ownFacts: user.ownFacts, own: user.ownStudyItems };
    return this.cachedItems;
  }

  item(user: UserData, itemId: string): StudyItem | undefined {
    this.items(user);
    return this.itemIndex.get(itemId);
  }

  cards(user: UserData): Fact[] {
    return [...this.shippedFacts, ...user.ownFacts];
  }

  foldOf(user: UserData): StudyFold {
    const log = user.studyLog;
    const settings = user.studyPreferences.settings;
    if (this.fold && this.log === log && this.settings === settings) return this.fold;
    if (!this.fold || !this.log || this.settings !== settings || !this.advance(this.log, log, this.fold, settings)) {
      this.fold = foldStudyLog(log, settings);
      this.fullFolds += 1;
      this.lastMs = log.reduce((latest, entry) => Math.max(latest, Date.parse(entryTime(entry))), -Infinity);
    }
    this.log = log;
    this.settings = settings;
    return this.fold;
  }

  /**
   * Folds the whole log as `foldStudyLog` does, in slices with a turn of the event loop between them, so opening
   * the study screen on 100,000 reviews never holds the main process up for long (the scale budget's 50 ms); the
   * window's calls wait for it, other calls go on meanwhile. Does nothing when the fold is already this log's.
   */
  warm(user: UserData, sliceSize = 2000): Promise<void> {
    const log = user.studyLog;
    const settings = user.studyPreferences.settings;
    if (this.fold && this.log === log && this.settings === settings) return Promise.resolve();
    if (this.warming?.log === log && this.warming.settings === settings) return this.warming.done;
    const done = foldInSlices(log, settings, sliceSize)
      .then(({ fold, lastMs }) => {
        // A fold made meanwhile, synchronously, for a later log stays: it is the newer truth.
        if (this.warming?.done === done) this.warming = undefined;
        if (this.log !== undefined && this.log !== log && this.fold) return;
        this.fold = fold;
        this.log = log;
        this.settings = settings;
        this.lastMs = lastMs;
        this.fullFolds += 1;
      })
      .then(() => indexInSlices(this, user, sliceSize * 10));
    this.warming = { log, settings, done };
    return done;
  }

  /**
   * The log's entry with this id, if any. A retried answer is looked up on every rating, and scanning 100,000
   * entries for it cost ~2 ms of each one, so the ids are indexed once and then extended as the log grows by
   * appends (the only way it grows between imports); any other log is indexed again.
   */
  entry(user: UserData, id: string): StudyLogEntry | undefined {
    this.indexEntries(user.studyLog, user.studyLog.length);
    return this.entriesById.get(id);
  }

  /** Indexes `log`'s ids up to `end`; a log that grew from the one indexed keeps what was indexed. */
  indexEntries(log: readonly StudyLogEntry[], end: number): void {
    const previous = this.entriesOf;
    if (previous !== log) {
      if (previous === undefined || !grewFrom(previous, log)) {
        this.entriesById = new Map();
        this.indexedCount = 0;
      }
      this.entriesOf = log;
    }
    for (; this.indexedCount < Math.min(end, log.length); this.indexedCount += 1) {
      const entry = log[this.indexedCount] as StudyLogEntry;
      this.entriesById.set(entry.id, entry);
    }
  }

  /** Applies the entries `next` appended to `previous` onto `fold`; false when only a whole fold would be right. */
  private advance(
    previous: readonly StudyLogEntry[],
    next: readonly StudyLogEntry[],
    fold: StudyFold,
    settings: StudySettings,
  ): boolean {
    if (!grewFrom(previous, next)) return false;
    const added = next.slice(previous.length);
    // Checked before anything moves: each new entry must come after everything folded, in fold order.
    let lastMs = this.lastMs;
    for (const entry of added) {
      const ms = Date.parse(entryTime(entry));
      if (ms <= lastMs) return false;
      if (entry.type === 'undo' && fold.reviews.at(-1)?.id !== entry.undoes) return false;
      lastMs = ms;
    }
    if (added.some((entry, index) => index > 0 && entry.type === 'undo')) return false;
    for (const entry of added) {
      if (entry.type === 'rating') {
        const state = fold.states.get(entry.itemId) ?? emptyItemState(entry.itemId);
        const applied = applyRating(state, entry, settings);
        fold.states.set(entry.itemId, applied.state);
        fold.reviews.push(applied.review);
        if (applied.recomputed) fold.recomputed += 1;
      } else if (entry.type === 'undo') {
        const undone = fold.reviews.pop();
        if (!undone) return false;
        // The item's state is its own entries folded again without the undone one: exactly what a fresh fold gives.
        const own = next.filter((other) => other.type === 'undo' || other.itemId === undone.itemId);
        const state = foldStudyLog(own, settings).states.get(undone.itemId);
        if (state) fold.states.set(undone.itemId, state);
        else fold.states.delete(undone.itemId);
      } else {
        const state = fold.states.get(entry.itemId) ?? emptyItemState(entry.itemId);
        const suspended = entry.type === 'suspend' ? { reason: 'user' as const, since: entry.at } : null;
        fold.states.set(entry.itemId, { ...state, suspended });
      }
    }
    this.lastMs = lastMs;
    return true;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Builds `memory.entry`'s index of a long log a slice at a time, so the first rating after opening does not. */
async function indexInSlices(memory: StudyMemory, user: UserData, sliceSize: number): Promise<void> {
  for (let end = sliceSize; end < user.studyLog.length; end += sliceSize) {
    memory.indexEntries(user.studyLog, end);
    await nextTurn();
  }
  memory.indexEntries(user.studyLog, user.studyLog.length);
}

/** `foldStudyLog`, step for step, with a turn of the event loop every `sliceSize` entries. */
async function foldInSlices(
  log: readonly StudyLogEntry[],
  settings: StudySettings,
  sliceSize: number,
): Promise<{ fold: StudyFold; lastMs: number }> {
  const undone = new Set<string>();
  for (const entry of log) if (entry.type === 'undo') undone.add(entry.undoes);
  await nextTurn();
  const ordered = await inFoldOrderInSlices(log, sliceSize * 10);
  const fold: StudyFold = { states: new Map(), reviews: [], recomputed: 0 };
  let lastMs = -Infinity;
  for (let index = 0; index < ordered.length; index += 1) {
    if (index > 0 && index % sliceSize === 0) await nextTurn();
    const { entry, ms } = ordered[index] as (typeof ordered)[number];
    lastMs = Math.max(lastMs, ms);
    if (entry.type === 'undo' || undone.has(entry.id)) continue;
    const state = fold.states.get(entry.itemId) ?? emptyItemState(entry.itemId);
    if (entry.type === 'rating') {
      const applied = applyRating(state, entry, settings, {}, ms);
      fold.states.set(entry.itemId, applied.state);
      fold.reviews.push(applied.review);
      if (applied.recomputed) fold.recomputed += 1;
    } else {
      const suspended = entry.type === 'suspend' ? { reason: 'user' as const, since: entry.at } : null;
      fold.states.set(entry.itemId, { ...state, suspended });
    }
  }
  return { fold, lastMs };
}

interface Timed {
  entry: StudyLogEntry;
  ms: number;
}

function byTimeThenId(a: Timed, b: Timed): number {
  return a.ms - b.ms || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
}

/**
 * The fold's order (time, then id: `inFoldOrder`), by a bottom-up merge sort that takes a turn of the event loop
 * every `budget` steps: a log merged from two computers is far from time order, and sorting 100,000 entries at
 * once holds the main process up for a few hundred milliseconds.
 */
async function inFoldOrderInSlices(log: readonly StudyLogEntry[], budget: number): Promise<Timed[]> {
  let items: Timed[] = [];
  for (let index = 0; index < log.length; index += 1) {
    const entry = log[index] as StudyLogEntry;
    items.push({ entry, ms: Date.parse(entryTime(entry)) });
    if (index % budget === budget - 1) await nextTurn();
  }
  let sorted = true;
  for (let index = 1; index < items.length && sorted; index += 1) {
    sorted = byTimeThenId(items[index - 1] as Timed, items[index] as Timed) <= 0;
  }
  if (sorted) return items;
  let buffer: Timed[] = new Array<Timed>(items.length);
  let steps = 0;
  for (let width = 1; width < items.length; width *= 2) {
    for (let start = 0; start < items.length; start += 2 * width) {
      const middle = Math.min(start + width, items.length);
      const end = Math.min(start + 2 * width, items.length);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out += 1) {
        const takeLeft =
          left < middle && (right >= end || byTimeThenId(items[left] as Timed, items[right] as Timed) <= 0);
        buffer[out] = (takeLeft ? items[left++] : items[right++]) as Timed;
      }
      steps += end - start;
      if (steps >= budget) {
        steps = 0;
        await nextTurn();
      }
    }
    [items, buffer] = [buffer, items];
  }
  return items;
}

/**
 * Whether `next` is `previous` with entries appended. The store appends by copying the list, so the entries are the
 * same objects: the last old entry still at its place is the whole test, without walking the log.
 */
function grewFrom(previous: readonly StudyLogEntry[], next: readonly StudyLogEntry[]): boolean {
  return (
    next.length >= previous.length &&
    (previous.length === 0 || next[previous.length - 1] === previous[previous.length - 1])
  );
}
