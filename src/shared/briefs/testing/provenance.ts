import type { Fact } from '../../schema/fact';
import type { BriefItem } from '../briefSchema';
import { unescapeMarkdownInline } from '../markdownText';
import { explainedSpellings } from '../penPictures';

/**
 * Where an item's words come from, if from a card it cites: a field of the card holding the item's
 * text (unescaped, with the documented trims undone), or undefined when nothing it cites holds it.
 * It is the test of "nothing is added that is not in a card".
 */
export function provenanceOf(item: BriefItem, card: (id: string) => Fact | undefined): string | undefined {
  const cited = item.cites.map((cite) => card(cite.factId)).filter((fact): fact is Fact => fact !== undefined);
  const text = unescapeMarkdownInline(item.text);
  if (item.person) {
    // A pen picture: its text lists titles of cited cards; its person and role come from their people.
    const titles = text.split('; ');
    const everyTitle = titles.every((title) => cited.some((fact) => fact.title === title));
    const named = cited.every((fact) =>
      fact.people.some(
        (person) =>
          person.name === item.person?.name ||
          explainedSpellings(fact, person).includes(item.person?.name ?? '') ||
          item.person?.name.includes(person.name) ||
          person.name.includes(item.person?.name ?? ''),
      ),
    );
    const roles = (item.person.role ?? '').split('; ');
    const everyRole = roles.every((role) => cited.some((fact) => fact.people.some((person) => person.role === role)));
    return everyTitle && named && everyRole ? 'people and titles' : undefined;
  }
  for (const fact of cited) {
    if (text === fact.summary) return `${fact.id}.summary`;
    if (text === fact.title) return `${fact.id}.title`;
    // An open question: a sentence of the body, its "It" spelt out and a "see the note below" dropped.
    const sentence = text.replace(/^The article /, '').replace(/\.$/, '');
    const body = fact.body.replace(/\s*(;|\(|,)\s*see the notes? below[^.]*\)?/gi, '');
    if (body.includes(sentence)) return `${fact.id}.body`;
  }
  return undefined;
}
