import { ownCardInputSchema, type OwnCardInput, type OwnCardSource } from '../../../../shared/schema/ownCard';
import type { Fact } from '../../../../shared/schema/fact';
import type { TopicId } from '../../../../shared/topics';
import { asSentence } from '../../../../shared/errors';
import type { z } from 'zod';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import type { UiLocale } from '../../../../shared/i18n/languages';
import type { Translate } from '../../i18n';

export interface FigureRow {
  key: string;
  display: string;
  measures: string;
}

export interface PersonRow {
  key: string;
  name: string;
  role: string;
}

/** What the form holds while the user types: plain strings, and rows with keys React can track. */
export interface CardDraft {
  topic: TopicId;
  title: string;
  summary: string;
  body: string;
  figures: FigureRow[];
  people: PersonRow[];
  /** sources: the source, paragraphs and quote a card from a source carries; not editable in the form. */
  source?: OwnCardSource;
  /** sources: the collection a card without a source is written for; absent is the shipped summit's. */
  collectionId?: string;
}

let rowCount = 0;
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export function emptyDraft(topic: TopicId = 'overview', collectionId?: string): CardDraft {
  return {
    topic,
    title: '',
    summary: '',
    body: '',
    figures: [],
    people: [],
    ...(collectionId ? { collectionId } : {}),
  };
}

/** A saved card back into the form: only what the user can write is kept. */
export function draftFromFact(fact: Fact): CardDraft {
  return {
    topic: fact.topic,
    title: fact.title,
    summary: fact.summary,
    body: fact.body,
    figures: fact.figures.map((figure) => ({ key: newRowKey(), display: figure.display, measures: figure.measures })),
    people: fact.people.map((person) => ({ key: newRowKey(), name: person.name, role: person.role })),
    ...(fact.sourceId && fact.paragraphs ? { source: sourceOfFact(fact, fact.sourceId, fact.paragraphs) } : {}),
    ...(fact.collectionId ? { collectionId: fact.collectionId } : {}),
  };
}

/** A saved card's source part, as the form sends it back unchanged when the card is edited. */
function sourceOfFact(fact: Fact, sourceId: string, paragraphs: number[]): OwnCardSource {
  const outlet = fact.attributions?.[0]?.label.replace(/^Reported by /, '');
  return {
    sourceId,
    paragraphs,
    ...(fact.quote && fact.quoteTarget ? { quote: { text: fact.quote.text, target: fact.quoteTarget } } : {}),
    ...(outlet ? { outlet } : {}),
  };
}

/** The draft as the store's input; an empty summary is left out so the store writes one from the text. */
export function inputFromDraft(draft: CardDraft): unknown {
  return {
    topic: draft.topic,
    title: draft.title,
    ...(draft.summary.trim() ? { summary: draft.summary } : {}),
    body: draft.body,
    figures: draft.figures.map(({ display, measures }) => ({ display, measures })),
    people: draft.people.map(({ name, role }) => ({ name, role })),
    ...(draft.source ? { source: draft.source } : {}),
    // A card from a source is in its source's collection; the store decides that, the form does not send one.
    ...(!draft.source && draft.collectionId ? { collectionId: draft.collectionId } : {}),
  };
}

/** One problem, keyed by the field it belongs to: `title`, `figures.0.display`, `people`… */
export interface FieldProblem {
  field: string;
  message: string;
}

export type CheckedDraft = { ok: true; input: OwnCardInput } | { ok: false; problems: FieldProblem[] };

/** The schema says its problems in English; other languages say them from the kind of problem. */
function problemText(issue: z.core.$ZodIssue, t: Translate, locale: UiLocale): string {
  if (locale === 'en') return asSentence(issue.message);
  if (issue.code === 'too_small') return t('cardForm.problem.required');
  if (issue.code === 'too_big') return t('cardForm.problem.tooLong', { max: Number(issue.maximum) });
  return t('cardForm.problem.invalid');
}

export function checkDraft(draft: CardDraft, t: Translate, locale: UiLocale): CheckedDraft {
  const parsed = ownCardInputSchema.safeParse(inputFromDraft(draft));
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    // One message a field is enough: the first says what to fix.
    if (problems.some((problem) => problem.field === field)) continue;
    problems.push({ field, message: problemText(issue, t, locale) });
  }
  return { ok: false, problems };
}

/** How a field is named in the error summary: "Title", "Figure 2: value", "Person 1: role". */
export function fieldLabel(field: string, t: Translate): string {
  const [group, index, part] = field.split('.');
  const number = Number(index) + 1;
  if (group === 'figures' && index !== undefined)
    return t(part === 'measures' ? 'cardForm.field.figureMeasures' : 'cardForm.field.figureValue', { number });
  if (group === 'people' && index !== undefined)
    return t(part === 'role' ? 'cardForm.field.personRole' : 'cardForm.field.personName', { number });
  const labels: Record<string, MessageKey> = {
    topic: 'cardForm.topic',
    title: 'cardForm.title',
    summary: 'cardForm.summary',
    body: 'cardForm.body',
    figures: 'cardForm.figures',
    people: 'cardForm.people',
    collectionId: 'cardForm.collection',
  };
  return t(labels[group ?? ''] ?? 'cardForm.field.card');
}

/** The id and ARIA attributes of a field, pointing at its hint and its problem when there is one. */
export type FieldAria = (
  field: string,
  hintId?: string,
) => {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};
