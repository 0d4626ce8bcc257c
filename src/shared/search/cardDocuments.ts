import { tagIdsOf } from '../schema/cardTags';
import type { UserData } from '../schema/database';
import type { Fact } from '../schema/fact';
import type { CardDocument } from './cardSearch';

// Apart from cardSearch.ts so the search worker's bundle holds the index alone, not the schemas.

/**
 * Builds one card's document; the user's notes, highlights and tags are grouped by card once, so
 * building documents for a slice of cards costs that slice, not the whole library again. With
 * `onlyFor`, only those cards' notes and highlights are gathered (a change touching a few cards).
 */
export function documentBuilder(user: UserData, onlyFor?: ReadonlySet<string>): (fact: Fact) => CardDocument {
  const notes = new Map<string, string[]>();
  for (const note of user.notes) {
    if (onlyFor && !onlyFor.has(note.factId)) continue;
    const list = notes.get(note.factId);
    if (list) list.push(note.markdown);
    else notes.set(note.factId, [note.markdown]);
  }
  const highlights = new Map<string, string[]>();
  for (const highlight of user.highlights) {
    if (onlyFor && !onlyFor.has(highlight.factId)) continue;
    const text = `${highlight.target.quote.exact} ${highlight.comment ?? ''}`;
    const list = highlights.get(highlight.factId);
    if (list) list.push(text);
    else highlights.set(highlight.factId, [text]);
  }
  const tagNames = new Map(user.tags.map((tag) => [tag.id, tag.name]));
  return (fact) => ({
    id: fact.id,
    title: fact.title,
    summary: fact.summary,
    body: fact.body,
    details: [
      ...fact.figures.map((figure) => `${figure.display} ${figure.measures} ${figure.qualifier ?? ''}`),
      ...fact.people.map((person) => `${person.name} ${person.role} ${person.country ?? ''}`),
      ...fact.organisations.map((organisation) => organisation.name),
      ...fact.places,
      ...(fact.attributions ?? []).map((credit) => credit.label),
      fact.quote?.text ?? '',
      fact.date?.label ?? '',
      ...fact.caveats.map((caveat) => `${caveat.sourceText} ${caveat.note}`),
    ].join(' \n'),
    notes: (notes.get(fact.id) ?? []).join(' \n'),
    highlights: (highlights.get(fact.id) ?? []).join(' \n'),
    tags: tagIdsOf(user.cardTags, fact.id)
      .map((id) => tagNames.get(id) ?? '')
      .join(' '),
  });
}

export function cardDocuments(facts: readonly Fact[], user: UserData): CardDocument[] {
  return facts.map(documentBuilder(user));
}
