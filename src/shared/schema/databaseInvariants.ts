import type { Fact } from './fact';
import type { CardTags } from './cardTags';

export interface InvariantIssue {
  path: Array<string | number>;
  message: string;
}

type Kind = 'card' | 'note' | 'highlight' | 'tag';

interface Checked {
  facts: readonly Fact[];
  user: {
    ownFacts: readonly Fact[];
    starred: readonly string[];
    notes: ReadonlyArray<{ id: string; factId: string }>;
    highlights: ReadonlyArray<{ id: string; factId: string }>;
    tags: ReadonlyArray<{ id: string }>;
    cardTags: CardTags;
  };
}

const article: Record<Kind, string> = { card: 'a card', note: 'a note', highlight: 'a highlight', tag: 'a tag' };

/**
 * What the schema alone cannot say, checked at load, before every write and before an import:
 * every id unique across cards, notes, highlights and tags; the user's own cards marked as theirs;
 * no star or tag listed twice; every tag on a card an existing tag; and nothing that should name a
 * card naming a note, highlight or tag instead. A card id with nothing behind it is allowed: an
 * app update may drop a shipped card, and its notes are then shown as orphans, never deleted.
 */
export function databaseInvariantIssues(database: Checked, limit = 20): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const add = (path: InvariantIssue['path'], message: string) => {
    if (issues.length < limit) issues.push({ path, message });
  };
  const kinds = new Map<string, Kind>();
  const claim = (id: string, kind: Kind, path: InvariantIssue['path']) => {
    const taken = kinds.get(id);
    if (taken === undefined) kinds.set(id, kind);
    else if (taken === kind) add(path, `duplicate ${kind} id "${id}"`);
    else add(path, `the ${kind} id "${id}" is already the id of ${article[taken]}`);
  };
  const { user } = database;
  database.facts.forEach((fact, index) => claim(fact.id, 'card', ['facts', index, 'id']));
  user.ownFacts.forEach((fact, index) => {
    claim(fact.id, 'card', ['user', 'ownFacts', index, 'id']);
    if (fact.origin !== 'user')
      add(['user', 'ownFacts', index, 'origin'], `the card "${fact.id}" is not marked as the user's own`);
  });
  user.notes.forEach((note, index) => claim(note.id, 'note', ['user', 'notes', index, 'id']));
  user.highlights.forEach((item, index) => claim(item.id, 'highlight', ['user', 'highlights', index, 'id']));
  user.tags.forEach((tag, index) => claim(tag.id, 'tag', ['user', 'tags', index, 'id']));

  const mustNameCard = (id: string, path: InvariantIssue['path']) => {
    const kind = kinds.get(id);
    if (kind !== undefined && kind !== 'card')
      add(path, `"${id}" should name a card but is the id of ${article[kind]}`);
  };
  user.notes.forEach((note, index) => mustNameCard(note.factId, ['user', 'notes', index, 'factId']));
  user.highlights.forEach((item, index) => mustNameCard(item.factId, ['user', 'highlights', index, 'factId']));
  const starred = new Set<string>();
  user.starred.forEach((id, index) => {
    if (starred.has(id)) add(['user', 'starred', index], `the card "${id}" is starred twice`);
    starred.add(id);
    mustNameCard(id, ['user', 'starred', index]);
  });
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    mustNameCard(factId, ['user', 'cardTags', factId]);
    const seen = new Set<string>();
    tagIds.forEach((tagId, index) => {
      if (seen.has(tagId))
        add(['user', 'cardTags', factId, index], `the tag "${tagId}" is on the card "${factId}" twice`);
      seen.add(tagId);
      if (kinds.get(tagId) !== 'tag')
        add(['user', 'cardTags', factId, index], `the card "${factId}" carries a tag "${tagId}" that does not exist`);
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
