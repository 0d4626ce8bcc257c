/**
 * Lists made by `withAppended`, `withReplaced` or `withRemoved`, each with the list it came from and what was done to
 * it: diffing the result against that list then costs what was changed, not a walk of the whole list. A note edited
 * among 100,000, or a study log growing by one at every rating, would otherwise be compared record by record.
 */
type Derivation = { from: readonly unknown[] } & (
  { kind: 'appended' } | { kind: 'replaced'; index: number } | { kind: 'removed'; id: string }
);
const derivedFrom = new WeakMap<readonly unknown[], Derivation>();

/** `items` with `added` at the end (ids not in `items`), remembered as such. */
export function withAppended<Item>(items: readonly Item[], added: readonly Item[]): Item[] {
  const next = items.concat(added);
  derivedFrom.set(next, { from: items, kind: 'appended' });
  // The ids it kept are where they were; an added one is not known and has the positions built again.
  const positions = positionsOf.get(items);
  if (positions) positionsOf.set(next, positions);
  return next;
}

/** `items` with the record at `index` replaced by `item` with the same id, remembered as such. */
export function withReplaced<Item extends { id: string }>(items: readonly Item[], index: number, item: Item): Item[] {
  const next = items.slice();
  next[index] = item;
  derivedFrom.set(next, { from: items, kind: 'replaced', index });
  // The same ids at the same places: the list it came from can lend its positions.
  const positions = positionsOf.get(items);
  if (positions) positionsOf.set(next, positions);
  return next;
}

/** `items` without the record `id`, remembered as such. */
export function withRemoved<Item extends { id: string }>(items: readonly Item[], id: string): Item[] {
  const next = items.filter((item) => item.id !== id);
  derivedFrom.set(next, { from: items, kind: 'removed', id });
  return next;
}

/**
 * What turned `before` into `after`, when `after` was made from it by one of the functions above; `undefined` when it
 * was not, and the lists have to be compared.
 */
export function derivedPatch<Item extends { id: string }>(
  before: readonly Item[],
  after: readonly Item[],
): { upserted: Item[]; removed: string[] } | undefined {
  const derivation = derivedFrom.get(after);
  if (derivation?.from !== before) return reversedPatch(before, after);
  switch (derivation.kind) {
    case 'appended':
      return { upserted: after.slice(before.length), removed: [] };
    case 'replaced': {
      const item = after[derivation.index];
      // Replaced in place keeps the order, which is what applying the patch does.
      return item && item !== before[derivation.index]
        ? { upserted: [item], removed: [] }
        : { upserted: [], removed: [] };
    }
    case 'removed':
      return { upserted: [], removed: after.length < before.length ? [derivation.id] : [] };
  }
}

/**
 * An undo goes back from a list to the one it was made from: the edited record comes back, or the appended ones go.
 * A removal undone puts the record back in its place, which needs the whole order: that is left to the comparison.
 */
function reversedPatch<Item extends { id: string }>(
  before: readonly Item[],
  after: readonly Item[],
): { upserted: Item[]; removed: string[] } | undefined {
  const derivation = derivedFrom.get(before);
  if (derivation?.from !== after) return undefined;
  switch (derivation.kind) {
    case 'appended':
      return { upserted: [], removed: before.slice(after.length).map((item) => item.id) };
    case 'replaced': {
      const item = after[derivation.index];
      return item && item !== before[derivation.index]
        ? { upserted: [item], removed: [] }
        : { upserted: [], removed: [] };
    }
    case 'removed':
      return undefined;
  }
}

/** Where each id is in a list, built once per list (or lent by the list it was replaced in) and checked at every use. */
const positionsOf = new WeakMap<readonly unknown[], Map<string, number>>();

/**
 * The position of the record `id` in `items`, or -1: a note edited among 100,000 is found without a walk of the list
 * at every keystroke. A position lent from another list is used only if the record there has the id; else the
 * positions are built again.
 */
export function indexOfId<Item extends { id: string }>(items: readonly Item[], id: string): number {
  const known = positionsOf.get(items)?.get(id);
  if (known !== undefined && items[known]?.id === id) return known;
  // A short list is walked; a map for it would cost more than it saves.
  if (items.length < 64) return items.findIndex((item) => item.id === id);
  const positions = new Map<string, number>();
  items.forEach((item, index) => positions.set(item.id, index));
  positionsOf.set(items, positions);
  return positions.get(id) ?? -1;
}
