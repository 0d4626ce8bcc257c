import type { Fact, Person } from '../schema/fact';

/** One person the cards name, merged across cards, with only what the cards say of them. */
export interface PenPicture {
  /** As the first card naming them with the fullest form of the name writes it. */
  name: string;
  /** Each distinct role the cards give them, in card order. */
  roles: string[];
  country?: string;
  /** The cards that name them, in card order. */
  factIds: string[];
  /** Other spellings the cards' caveats explain, e.g. "Toqayey"; never invented. */
  spellings: string[];
}

/** "Qasym- Jomart Toqayev" → ["qasym", "jomart", "toqayev"]: case, accents, hyphens, stray spaces and punctuation aside. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Capitalised words, as a name is written in the article: "Toqayey", "Qasym- Jomart Toqayev". */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '-' && word !== '');
  return words.length >= 1 && words.length <= 5 && words.every((word) => /^\p{Lu}[\p{L}'’\-‐]*$/u.test(word));
}

/** Whether a spelling is plausibly the same surname: at most two letters apart, and not a short word. */
function closeSpelling(variant: string, person: string): boolean {
  const variantSurname = nameTokens(variant).at(-1);
  if (!variantSurname || variantSurname.length < 4) return false;
  return nameTokens(person).some((token) => {
    const distance = editDistance(variantSurname, token);
    return distance <= 2 && distance * 3 <= token.length;
  });
}

const quoted = /["“”„«»]([^"“”„«»]{2,80})["“”„«»]/g;

/**
 * The spellings of a person a card's caveats explain: a caveat whose note names the person and
 * whose source text, or a spelling it quotes, is a near spelling of their name ("Toqayey", "the
 * article's own 'Toqayev'"). Only what a caveat itself says, so nothing is merged on a guess.
 */
export function explainedSpellings(fact: Fact, person: Person): string[] {
  const name = nameTokens(person.name).join(' ');
  const spellings: string[] = [];
  for (const caveat of fact.caveats) {
    if (!nameTokens(caveat.note).join(' ').includes(name)) continue;
    const candidates = [caveat.sourceText, ...Array.from(caveat.note.matchAll(quoted), (match) => match[1] ?? '')];
    for (const candidate of candidates.map((text) => text.trim())) {
      if (candidate && looksLikeName(candidate) && closeSpelling(candidate, person.name)) {
        if (!spellings.includes(candidate)) spellings.push(candidate);
      }
    }
  }
  return spellings;
}

interface Group extends PenPicture {
  tokenSets: Set<string>[];
}

function subsetOf(small: readonly string[], large: Set<string>): boolean {
  return small.length > 0 && small.every((token) => large.has(token));
}

/**
 * Whether a name belongs to a group: the same tokens as its name or one of its explained
 * spellings, or all of one within the other ("Tokayev" in "Kassym-Jomart Tokayev", "Moon" in
 * "Moon Jae-in").
 */
function matches(group: Group, tokens: readonly string[]): boolean {
  const own = new Set(tokens);
  return group.tokenSets.some((set) => subsetOf(tokens, set) || subsetOf([...set], own));
}

/** Every person the cards name, merged across cards and across the spellings their caveats explain. */
export function penPicturesFromCards(facts: readonly Fact[]): PenPicture[] {
  const groups: Group[] = [];
  for (const fact of facts) {
    for (const person of fact.people) {
      const spellings = explainedSpellings(fact, person);
      const tokens = nameTokens(person.name);
      const candidates = groups.filter(
        (group) => matches(group, tokens) || spellings.some((spelling) => matches(group, nameTokens(spelling))),
      );
      // A short name that fits two people ("Kim") is not merged with either: better two entries than a wrong one.
      const group = candidates.length === 1 ? candidates[0] : undefined;
      if (!group) {
        groups.push({
          name: person.name,
          roles: [person.role],
          ...(person.country ? { country: person.country } : {}),
          factIds: [fact.id],
          spellings: spellings.filter((spelling) => spelling !== person.name),
          tokenSets: [person.name, ...spellings].map((text) => new Set(nameTokens(text))),
        });
        continue;
      }
      if (!group.factIds.includes(fact.id)) group.factIds.push(fact.id);
      if (!group.roles.includes(person.role)) group.roles.push(person.role);
      if (!group.country && person.country) group.country = person.country;
      if (tokens.length > nameTokens(group.name).length) group.name = person.name;
      for (const spelling of [person.name, ...spellings]) {
        if (spelling !== group.name && !group.spellings.includes(spelling)) group.spellings.push(spelling);
        group.tokenSets.push(new Set(nameTokens(spelling)));
      }
    }
  }
  return groups.map(({ tokenSets: _tokenSets, ...picture }) => ({
    ...picture,
    spellings: picture.spellings.filter((spelling) => spelling !== picture.name),
  }));
}
