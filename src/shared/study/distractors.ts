import type { Fact } from '../schema/fact';
import { containsLoosely, findPhrase, foldForComparison } from './clozeText';
import { nameForms } from './factItems';
import { cardTexts, programmeNames } from './programmeNames';
import type { SeededRandom } from './seededRandom';
import { promptText, type StudyItem } from './studyItemSchemas';

/**
 * Wrong options for a quiz question, drawn from facts of the same kind in the cards: other figures (the same unit
 * first, then the same sort of quantity), other people, other organisations (the same kind first), other
 * programmes, other dates. An option is a value, never a sentence, so no option states anything false; and an
 * option is never the answer, another wording of the answer, or a value the question itself shows.
 */

export interface Candidate {
  subject: string;
  /**
   * How closely it matches the question's fact: 0 first (same unit, same kind of organisation), then 1; null when
   * it is no option at all (a sum of money offered for a count of enterprises).
   */
  tier: (item: StudyItem) => number | null;
  /** The option text in the same form as the item's answer ("550" for an answer "550", "USD 4 billion" for one so written). */
  textFor: (item: StudyItem) => string;
}

export type DistractorPool = Map<StudyItem['kind'], Candidate[]>;

/** "money:usd", "calendar-year", "duration" or "count": figures a reader compares with each other. */
export function figureFamily(unit: string): string {
  const money = /^(USD|EUR|KRW|KZT|GBP|JPY|CNY|RUB)\b/i.exec(unit);
  if (money) return `money:${(money[1] ?? '').toLowerCase()}`;
  if (/^year$/i.test(unit)) return 'calendar-year';
  if (/^(minutes?|hours?|days?|weeks?|months?|years?)$/i.test(unit)) return 'duration';
  return 'count';
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** The figure an item asks about, from its subject `figure:{value}|{unit}`. */
function figureOf(item: StudyItem): { value: number; unit: string } | undefined {
  const match = /^figure:(-?[\d.e+-]+)\|(.*)$/.exec(item.subject);
  return match ? { value: Number(match[1]), unit: match[2] ?? '' } : undefined;
}

/** True when the item's answer is the bare number ("550") rather than the figure as displayed ("550+"). */
function answersWithNumber(item: StudyItem): boolean {
  const figure = figureOf(item);
  return figure !== undefined && [formatNumber(figure.value), String(figure.value)].includes(item.answer);
}

/** 4 for a year, 7 for a month, 10 for a day: the length of the ISO date in a subject `date:{iso}`. */
function datePrecision(subject: string): number {
  return subject.slice('date:'.length).length;
}

export function buildDistractorPool(cards: readonly Fact[]): DistractorPool {
  const pool: DistractorPool = new Map(
    (['figure', 'person', 'organisation', 'programme', 'date'] as const).map((kind) => [kind, []]),
  );
  const add = (kind: StudyItem['kind'], candidate: Candidate) => pool.get(kind)?.push(candidate);
  const allText = cards.flatMap(cardTexts).join('\n');
  for (const figure of cards.flatMap((card) => card.figures)) {
    const family = figureFamily(figure.unit);
    add('figure', {
      subject: `figure:${figure.value}|${figure.unit}`,
      tier: (item) => {
        const asked = figureOf(item);
        if (asked?.unit === figure.unit) return 0;
        return asked && figureFamily(asked.unit) === family ? 1 : null;
      },
      textFor: (item) => {
        if (!answersWithNumber(item)) return figure.display;
        // "2019" beside "2,025" would single out the answer; write the number as the answer is written.
        return item.answer.includes(',') ? formatNumber(figure.value) : String(figure.value);
      },
    });
    if (figure.unit === 'year') {
      add('date', { subject: `date:${figure.value}`, tier: () => 1, textFor: () => figure.display });
    }
  }
  for (const person of new Map(cards.flatMap((card) => card.people).map((p) => [p.name, p])).values()) {
    // The short form the cards use for this person on its own ("President Moon", "President Tokayev"), for a
    // question answered with one: "Kassym-Jomart" only ever appears inside the full name, so it is not one.
    const withoutFullName = allText.split(person.name).join('\n');
    const short = nameForms(person.name)
      .slice(1)
      .find((form) => findPhrase(withoutFullName, form).length > 0);
    add('person', {
      subject: `person:${person.name}`,
      tier: () => 0,
      textFor: (item) => (item.answer !== item.subject.slice('person:'.length) && short ? short : person.name),
    });
  }
  const organisations = new Map(cards.flatMap((card) => card.organisations).map((o) => [o.name, o]));
  const kindOf = new Map([...organisations.values()].map((o) => [o.name, o.kind]));
  for (const organisation of organisations.values()) {
    add('organisation', {
      subject: `organisation:${organisation.name}`,
      tier: (item) => (kindOf.get(item.subject.slice('organisation:'.length)) === organisation.kind ? 0 : 1),
      textFor: () => organisation.name,
    });
  }
  for (const name of programmeNames(cards)) {
    add('programme', { subject: `programme:${name}`, tier: () => 0, textFor: () => name });
  }
  for (const date of new Map(cards.flatMap((card) => (card.date ? [card.date] : [])).map((d) => [d.iso, d])).values()) {
    add('date', {
      subject: `date:${date.iso}`,
      tier: (item) => (datePrecision(item.subject) === date.iso.length ? 0 : 1),
      textFor: () => date.label,
    });
  }
  return pool;
}

/** Up to `count` wrong options for `item`, the closest tier first, shuffled within a tier by `random`. */
export function distractorsFor(item: StudyItem, pool: DistractorPool, count: number, random: SeededRandom): string[] {
  const prompt = promptText(item.prompt);
  const answer = foldForComparison(item.answer);
  const seen = new Set([answer]);
  const usable: { text: string; tier: number }[] = [];
  for (const candidate of pool.get(item.kind) ?? []) {
    const tier = candidate.tier(item);
    if (tier === null || candidate.subject === item.subject) continue;
    const text = candidate.textFor(item);
    const folded = foldForComparison(text);
    // A value the question shows is either a giveaway or, worse, a second right answer ("▢, Hyundai and Lotte").
    if (seen.has(folded) || containsLoosely(prompt, text)) continue;
    seen.add(folded);
    usable.push({ text, tier });
  }
  const tiers = [...new Set(usable.map((option) => option.tier))].sort((a, b) => a - b);
  return tiers
    .flatMap((tier) => random.shuffle(usable.filter((option) => option.tier === tier)))
    .slice(0, count)
    .map((option) => option.text);
}
