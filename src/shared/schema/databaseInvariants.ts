import type { Fact } from './fact';
import type { CardTags } from './cardTags';

export interface InvariantIssue {
  path: Array<string | number>;
  message: string;
}

type Kind = 'card' | 'note' | 'highlight' | 'tag' | 'brief' | 'source' | 'collection';

interface Checked {
  /** The shipped cards (from the app's seed): only their ids matter here. */
  facts: ReadonlyArray<{ id: string }>;
  user: {
    ownFacts: readonly Fact[];
    starred: readonly string[];
    notes: ReadonlyArray<{ id: string; factId: string }>;
    highlights: ReadonlyArray<{ id: string; factId: string }>;
    tags: ReadonlyArray<{ id: string }>;
    cardTags: CardTags;
    // briefs (issue 15)
    briefs?: ReadonlyArray<{ id: string }>;
    // sources
    sources?: ReadonlyArray<{ id: string }>;
    collections?: ReadonlyArray<{ id: string }>;
  };
}

const article: Record<Kind, string> = {
  card: 'a card',
  note: 'a note',
  highlight: 'a highlight',
  tag: 'a tag',
  // briefs (issue 15)
  brief: 'a brief',
  source: 'a source',
  collection: 'a collection',
};

/**
 * What the schema alone cannot say, checked at load, before every write and before an import:
 * every id unique across cards, notes, highlights and tags; the user's own cards marked as theirs;
 * no star or tag listed twice; every tag on a card an existing tag; and nothing that should name a
 * card naming a note, highlight or tag instead. A card id with nothing behind it is allowed: an
 * app update may drop a shipped card, and its notes are then shown as orphans, never deleted.
 */
export function databaseInvariantIssues(database: Checked, limit = 20): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  // Paths are built only for an issue: this runs before every write, over every record.
  const add = (path: () => InvariantIssue['path'], message: string) => {
    if (issues.length < limit) issues.push({ path: path(), message });
  };
  const kinds = new Map<string, Kind>();
  const claimAll = (items: ReadonlyArray<{ id: string }>, kind: Kind, where: Array<string>) => {
    for (let index = 0; index < items.length; index++) {
      const id = items[index]!.id;
      const taken = kinds.get(id);
      if (taken === undefined) kinds.set(id, kind);
      else if (taken === kind) add(() => [...where, index, 'id'], `duplicate ${kind} id "${id}"`);
      else add(() => [...where, index, 'id'], `the ${kind} id "${id}" is already the id of ${article[taken]}`);
    }
  };
  const { user } = database;
  claimAll(database.facts, 'card', ['seed', 'facts']);
  claimAll(user.ownFacts, 'card', ['user', 'ownFacts']);
  user.ownFacts.forEach((fact, index) => {
    if (fact.origin !== 'user') {
      add(() => ['user', 'ownFacts', index, 'origin'], `the card "${fact.id}" is not marked as the user's own`);
    }
  });
  claimAll(user.notes, 'note', ['user', 'notes']);
  claimAll(user.highlights, 'highlight', ['user', 'highlights']);
  claimAll(user.tags, 'tag', ['user', 'tags']);
  // briefs (issue 15)
  claimAll(user.briefs ?? [], 'brief', ['user', 'briefs']);
  // sources
  claimAll(user.sources ?? [], 'source', ['user', 'sources']);
  claimAll(user.collections ?? [], 'collection', ['user', 'collections']);

  const mustNameCard = (id: string, path: () => InvariantIssue['path']) => {
    const kind = kinds.get(id);
    if (kind !== undefined && kind !== 'card')
      add(path, `"${id}" should name a card but is the id of ${article[kind]}`);
  };
  const namesOfCards = (items: ReadonlyArray<{ factId: string }>, section: string) => {
    for (let index = 0; index < items.length; index++) {
      mustNameCard(items[index]!.factId, () => ['user', section, index, 'factId']);
    }
  };
  namesOfCards(user.notes, 'notes');
  namesOfCards(user.highlights, 'highlights');
  const starred = new Set<string>();
  user.starred.forEach((id, index) => {
    if (starred.has(id)) add(() => ['user', 'starred', index], `the card "${id}" is starred twice`);
    starred.add(id);
    mustNameCard(id, () => ['user', 'starred', index]);
  });
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    mustNameCard(factId, () => ['user', 'cardTags', factId]);
    const seen = new Set<string>();
    tagIds.forEach((tagId, index) => {
      if (seen.has(tagId)) {
        add(() => ['user', 'cardTags', factId, index], `the tag "${tagId}" is on the card "${factId}" twice`);
      }
      seen.add(tagId);
      if (kinds.get(tagId) !== 'tag') {
        add(
          () => ['user', 'cardTags', factId, index],
          `the card "${factId}" carries a tag "${tagId}" that does not exist`,
        );
      }
    });
  }
  return issues;
}

/** One line per issue, in the shape `describeIssues` gives zod's: `user.tags[0].id: …`. */
export function describeInvariantIssues(issues: readonly InvariantIssue[]): string[] {
  return issues.map(({ path, message }) => {
    const where = path.reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
      '',
    );
    return `${where}: ${message}`;
  });
}
