/**
 * Ids for items made from the facts: the card id, the kind, and a readable key from the fact itself
 * (`deal-usd-1-7-billion--figure--usd-1-7-billion`). A key from the content rather than a position in the card's
 * list means a seed update that adds, drops or reorders a card's figures keeps every other item's review history,
 * and can never hand one figure's history to another.
 */

/** At most this many characters of the key go into an id, so ids stay readable and within the schema's length. */
export const maxKeyLength = 60;

/** FNV-1a, as eight hex digits: a stable key for text that has no Latin letters or digits to slug. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** "USD 1.7 billion" → "usd-1-7-billion"; "Қазақстан" → a hash, since it has nothing to slug. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxKeyLength)
    .replace(/-+$/g, '');
  return slug || `h${shortHash(text)}`;
}

/**
 * The card a fact item's id was made for (`<card id>--<kind>--<key>`, by {@link CardItemIds}), among `cardIds`; read
 * from the id itself, so an answer about an item a newer seed no longer makes still finds its card. The longest
 * card id that prefixes it wins, so a card `a` never claims the items of a card `a--b`.
 */
export function cardIdOfFactItem(itemId: string, cardIds: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (let at = itemId.indexOf('--'); at > 0; at = itemId.indexOf('--', at + 1)) {
    const prefix = itemId.slice(0, at);
    if (cardIds.has(prefix)) found = prefix;
  }
  return found;
}

/**
 * Hands out ids for one card's items. Two facts of the same kind with the same key (two figures both shown as
 * "22") are told apart by a second key (what each measures), and only as a last resort by a counter.
 */
export class CardItemIds {
  private readonly taken = new Set<string>();

  constructor(private readonly cardId: string) {}

  next(kind: string, key: string, secondKey?: string): string {
    const base = `${this.cardId}--${kind}--${slugOf(key)}`;
    const candidates = [base, ...(secondKey ? [`${base}--${slugOf(secondKey)}`] : [])];
    let id = candidates.find((candidate) => !this.taken.has(candidate));
    for (let counter = 2; id === undefined; counter += 1) {
      if (!this.taken.has(`${base}-${counter}`)) id = `${base}-${counter}`;
    }
    this.taken.add(id);
    return id;
  }
}
