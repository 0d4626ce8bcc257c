import type { Fact, Figure, Person } from '../schema/fact';
import { clozeOf, containsLoosely, findPhrase, sentencesOf, type Cloze } from './clozeText';
import { programmeNames } from './programmeNames';
import { CardItemIds } from './studyItemIds';
import { promptText, type StudyItem, type StudyPrompt } from './studyItemSchemas';

/**
 * Study items made from the cards' facts, and only from them: every prompt is a sentence of the card's summary or
 * body with the answer blanked, or a field of the card itself (what a figure measures, a person's role, the card's
 * title); every answer is a slice of the card. Items are derived, never stored: regenerating after a seed update
 * gives the same ids for the same facts (see studyItemIds.ts), so review history carries over.
 */

interface CardSentence {
  text: string;
  field: 'summary' | 'body';
}

/** The summary first: it is the card's main claim, and the sentence a reader is most likely to have taken in. */
function cardSentences(card: Fact): CardSentence[] {
  return [
    ...sentencesOf(card.summary).map(({ text }) => ({ text, field: 'summary' as const })),
    ...sentencesOf(card.body).map(({ text }) => ({ text, field: 'body' as const })),
  ];
}

interface Found {
  cloze: Cloze;
  field: CardSentence['field'];
}

/** The first sentence, in card order, where one of `forms` (tried in order) makes an acceptable cloze. */
function firstCloze(
  sentences: readonly CardSentence[],
  forms: readonly string[],
  accept: (cloze: Cloze) => boolean = () => true,
): Found | undefined {
  for (const sentence of sentences) {
    for (const form of forms) {
      const cloze = clozeOf(sentence.text, form);
      if (cloze && accept(cloze)) return { cloze, field: sentence.field };
    }
  }
  return undefined;
}

function clozePrompt(found: Found): StudyPrompt {
  return { type: 'cloze', parts: found.cloze.parts, field: found.field };
}

/** "550" for 550 and "1,500" or "1500" for 1500: how a sentence may write a figure that it does not show as displayed. */
function numberForms(value: number): string[] {
  return [...new Set([value.toLocaleString('en-US', { maximumFractionDigits: 6 }), String(value)])];
}

/** The whole name first, then each part long enough to stand for it ("Tokayev", "Moon"). */
export function nameForms(name: string): string[] {
  const parts = name.split(/\s+/).filter((part) => part.length >= 3);
  return [name, ...parts.filter((part) => part !== name)];
}

interface Draft {
  kind: StudyItem['kind'];
  key: string;
  secondKey?: string;
  prompt: StudyPrompt;
  answer: string;
  subject: string;
}

function figureDraft(figure: Figure, sentences: readonly CardSentence[]): Draft | undefined {
  const subject = `figure:${figure.value}|${figure.unit}`;
  const base = { kind: 'figure' as const, key: figure.display, secondKey: figure.measures, subject };
  // The figure as displayed anywhere beats its bare number in an earlier sentence, which may be another figure's.
  const found = firstCloze(sentences, [figure.display]) ?? firstCloze(sentences, numberForms(figure.value));
  if (found) return { ...base, prompt: clozePrompt(found), answer: found.cloze.answer };
  const prompt: StudyPrompt = {
    type: 'figure',
    measures: figure.measures,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
  };
  return containsLoosely(promptText(prompt), figure.display) ? undefined : { ...base, prompt, answer: figure.display };
}

function personDraft(
  person: Person,
  sentences: readonly CardSentence[],
  ambiguousRoles: Set<string>,
): Draft | undefined {
  const subject = `person:${person.name}`;
  const base = { kind: 'person' as const, key: person.name, secondKey: person.role, subject };
  // Blanking "Tokayev" while "Kassym-Jomart" stays in view would give the answer away, so every part must be gone.
  const hidesWholeName = (cloze: Cloze) =>
    nameForms(person.name).every((form) => !containsLoosely(cloze.parts.join(' '), form));
  const found = firstCloze(sentences, nameForms(person.name), hidesWholeName);
  if (found) return { ...base, prompt: clozePrompt(found), answer: found.cloze.answer };
  // "Who was President of Kazakhstan?" only when the role names one person across all the cards.
  if (ambiguousRoles.has(person.role.toLowerCase())) return undefined;
  const prompt: StudyPrompt = {
    type: 'role',
    role: person.role,
    ...(person.country ? { country: person.country } : {}),
  };
  const givesAway = nameForms(person.name).some((form) => containsLoosely(promptText(prompt), form));
  return givesAway ? undefined : { ...base, prompt, answer: person.name };
}

function namedDraft(
  kind: 'organisation' | 'programme',
  name: string,
  sentences: readonly CardSentence[],
): Draft | undefined {
  // An organisation or programme the card names only in its lists has no question that would single it out.
  const found = firstCloze(sentences, [name]);
  return found
    ? { kind, key: name, subject: `${kind}:${name}`, prompt: clozePrompt(found), answer: found.cloze.answer }
    : undefined;
}

function dateDraft(card: Fact, sentences: readonly CardSentence[]): Draft | undefined {
  const { date } = card;
  if (!date) return undefined;
  const base = { kind: 'date' as const, key: date.iso, subject: `date:${date.iso}` };
  const found = firstCloze(sentences, [date.label]);
  if (found) return { ...base, prompt: clozePrompt(found), answer: found.cloze.answer };
  if (containsLoosely(card.title, date.label)) return undefined;
  return { ...base, prompt: { type: 'card-date', cardTitle: card.title }, answer: date.label };
}

/** Roles that two different people hold somewhere in the cards: "Who was …?" would have two right answers. */
function ambiguousRolesOf(cards: readonly Fact[]): Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const person of cards.flatMap((card) => card.people)) {
    const role = person.role.toLowerCase();
    holders.set(role, (holders.get(role) ?? new Set()).add(person.name));
  }
  return new Set([...holders].filter(([, names]) => names.size > 1).map(([role]) => role));
}

/** Two items with this key ask the same question with the same answer. */
function questionKey(item: Pick<StudyItem, 'prompt' | 'answer'>): string {
  return `${promptText(item.prompt).toLowerCase()}\u0000${item.answer.toLowerCase()}`;
}

function cardItems(card: Fact, programmes: readonly string[], ambiguousRoles: Set<string>): StudyItem[] {
  const sentences = cardSentences(card);
  const cardText = [card.title, card.summary, card.body, card.quote?.text ?? ''].join('\n');
  const drafts: (Draft | undefined)[] = [
    ...card.figures.map((figure) => figureDraft(figure, sentences)),
    ...card.people.map((person) => personDraft(person, sentences, ambiguousRoles)),
    ...card.organisations.map((organisation) => namedDraft('organisation', organisation.name, sentences)),
    ...programmes
      .filter((name) => findPhrase(cardText, name).length > 0)
      .map((name) => namedDraft('programme', name, sentences)),
    dateDraft(card, sentences),
  ];
  const ids = new CardItemIds(card.id);
  const seen = new Set<string>();
  const items: StudyItem[] = [];
  for (const draft of drafts) {
    if (!draft) continue;
    // A date of "2019" in the same sentence as the figure 2019 is the same question twice.
    const key = questionKey(draft);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      id: ids.next(draft.kind, draft.key, draft.secondKey),
      kind: draft.kind,
      origin: 'fact',
      cardId: card.id,
      paragraphs: [...(card.paragraphs ?? [])],
      prompt: draft.prompt,
      answer: draft.answer,
      subject: draft.subject,
    });
  }
  return items;
}

/**
 * Every item the cards yield, card by card in the order given, each card's in the order figures, people,
 * organisations, programmes, date. An item two cards would both produce word for word (the same "Length of the
 * visit" question on two cards) is kept once, on the card with the smallest id, so the choice does not depend on
 * the cards' order, and lists the other cards in `alsoOnCards`.
 */
export function generateFactItems(cards: readonly Fact[]): StudyItem[] {
  const programmes = programmeNames(cards);
  const ambiguousRoles = ambiguousRolesOf(cards);
  const all = cards.flatMap((card) => cardItems(card, programmes, ambiguousRoles));
  const groups = new Map<string, StudyItem[]>();
  for (const item of all) {
    const key = questionKey(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const kept = new Map<string, StudyItem>();
  for (const group of groups.values()) {
    const [keeper, ...others] = [...group].sort((a, b) => (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
    if (!keeper) continue;
    const alsoOnCards = [...new Set(others.map((item) => item.cardId))].filter((id) => id !== keeper.cardId);
    kept.set(keeper.id, alsoOnCards.length > 0 ? { ...keeper, alsoOnCards } : keeper);
  }
  return all.filter((item) => kept.has(item.id)).map((item) => kept.get(item.id) as StudyItem);
}
