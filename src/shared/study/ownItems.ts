import { anchor } from '../annotation/anchorHighlight';
import type { TextRange } from '../annotation/textSelectors';
import { BriefingError, describeIssues } from '../errors';
import type { Highlight, Note } from '../schema/annotations';
import type { Fact } from '../schema/fact';
import { clozeAt, clozeOf, sentencesOf } from './clozeText';
import { plainLines, plainRange } from './noteText';
import {
  ownAnswerMaxLength,
  ownBasicItemSchema,
  ownClozeItemSchema,
  ownItemEditSchema,
  type OwnClozeItem,
  type OwnStudyItem,
} from './ownItemSchemas';
import type { StudyItem } from './studyItemSchemas';

/**
 * "Study this": the user's highlights and notes become items they own. A highlight becomes a cloze of its phrase
 * inside its sentence of the card; a phrase selected in a note becomes a cloze inside its sentence of the note; a
 * whole note becomes a question (the card's title) and its answer (the note). Inputs are checked and refusals say
 * what to do instead.
 */

function refuse(message: string): never {
  throw new BriefingError({ code: 'invalid-request', message });
}

function quoted(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

const wordChar = /[\p{L}\p{N}]/u;
// Punctuation at the edges of a selection is rarely meant: "billion," should ask for "billion".
const edgeJunk = /[\s.,;:!?]/u;

/** Grows a range to whole words and trims spaces and punctuation from its ends. */
function wholeWords(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start > 0 && wordChar.test(text.charAt(start - 1)) && wordChar.test(text.charAt(start))) start -= 1;
  while (end < text.length && wordChar.test(text.charAt(end)) && wordChar.test(text.charAt(end - 1))) end += 1;
  while (start < end && edgeJunk.test(text.charAt(start))) start += 1;
  while (end > start && edgeJunk.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

/** The sentences of `text` that `range` touches, as one passage, with the range moved into it. */
function passageAround(text: string, range: TextRange): { passage: string; range: TextRange } {
  const touched = sentencesOf(text).filter(
    (sentence) => sentence.start < range.end && sentence.start + sentence.text.length > range.start,
  );
  const from = touched[0]?.start ?? range.start;
  const last = touched.at(-1);
  const to = last ? last.start + last.text.length : range.end;
  return { passage: text.slice(from, to), range: { start: range.start - from, end: range.end - from } };
}

function clozeItemOf(
  base: Pick<OwnClozeItem, 'id' | 'cardId' | 'kind' | 'annotationId'>,
  text: string,
  selected: TextRange,
  now: string,
): OwnClozeItem {
  const range = wholeWords(text, selected);
  const phrase = text.slice(range.start, range.end);
  if (!phrase) refuse('The selection has no words to learn; select a phrase and choose Study this again.');
  const { passage, range: inPassage } = passageAround(text, range);
  const cloze = clozeAt(passage, [inPassage]);
  if (!cloze || !clozeOf(passage, cloze.answer)) {
    refuse(
      `There are too few other words around ${quoted(phrase)} to ask about it; select a shorter phrase of the sentence.`,
    );
  }
  return ownClozeItemSchema.parse({
    ...base,
    format: 'cloze',
    sentence: passage,
    answer: cloze.answer,
    createdAt: now,
    updatedAt: now,
  });
}

export interface FromHighlightInput {
  card: Fact;
  highlight: Highlight;
  /** The new item's id, from the store's id source. */
  id: string;
  now: string;
}

/** A cloze of the highlighted phrase inside its sentence, found again in the card's current text. */
export function studyItemFromHighlight({ card, highlight, id, now }: FromHighlightInput): OwnClozeItem {
  if (highlight.factId !== card.id) {
    refuse(`The highlight belongs to card "${highlight.factId}", not to "${card.id}".`);
  }
  const found = anchor(card.body, highlight.target);
  if (!found) {
    throw new BriefingError({
      code: 'not-found',
      message: `The highlighted phrase ${quoted(highlight.target.quote.exact)} is no longer in the card's text, so it cannot become a study item.`,
    });
  }
  const base = { id, cardId: card.id, kind: 'highlight' as const, annotationId: highlight.id };
  return clozeItemOf(base, card.body, found, now);
}

export interface FromNoteInput {
  card: Fact;
  note: Note;
  id: string;
  now: string;
  /** A selection in the note's Markdown; without one the whole note becomes the answer. */
  selection?: TextRange;
}

export function studyItemFromNote({ card, note, id, now, selection }: FromNoteInput): OwnStudyItem {
  if (note.factId !== card.id) refuse(`The note belongs to card "${note.factId}", not to "${card.id}".`);
  const lines = plainLines(note.markdown);
  const base = { id, cardId: card.id, kind: 'note' as const, annotationId: note.id };
  if (selection) {
    const line = lines.find((candidate) => candidate.start <= selection.start && selection.end <= candidate.end);
    const range = line && plainRange(line, selection.start, selection.end);
    if (!line || !range) refuse('The selection is not inside one line of the note; select a phrase within a line.');
    return clozeItemOf(base, line.text, range, now);
  }
  const answer = lines.map((line) => line.text.trim()).join('\n');
  if (!answer) refuse('The note is empty, so there is nothing to learn from it.');
  if (answer.length > ownAnswerMaxLength) {
    refuse(
      `The note is too long to learn by heart as one item (more than ${ownAnswerMaxLength.toLocaleString('en-US')} characters); select a phrase of it and choose Study this.`,
    );
  }
  return ownBasicItemSchema.parse({
    ...base,
    format: 'basic',
    front: card.title,
    answer,
    createdAt: now,
    updatedAt: now,
  });
}

/** The user's edit of their own item; refused whole, with the reasons, when the result is not a valid item. */
export function editOwnStudyItem(item: OwnStudyItem, edit: unknown, now: string): OwnStudyItem {
  const parsedEdit = ownItemEditSchema.safeParse(edit);
  if (!parsedEdit.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'That edit is not one an item accepts.',
      details: describeIssues(parsedEdit.error),
    });
  }
  const { sentence, front, answer } = parsedEdit.data;
  if (item.format === 'cloze' && front !== undefined) refuse('A cloze item has a sentence, not a question, to edit.');
  if (item.format === 'basic' && sentence !== undefined) refuse('A question item has a question, not a sentence.');
  const next = {
    ...item,
    ...(sentence !== undefined ? { sentence } : {}),
    ...(front !== undefined ? { front } : {}),
    ...(answer !== undefined ? { answer } : {}),
    updatedAt: now,
  };
  const parsed = (item.format === 'cloze' ? ownClozeItemSchema : ownBasicItemSchema).safeParse(next);
  if (!parsed.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'The item was not changed: it would no longer ask a question with an answer.',
      details: describeIssues(parsed.error),
    });
  }
  return parsed.data;
}

/** The user's item in the shape a session and a quiz use; `card` gives the paragraphs to show after answering. */
export function ownItemToStudyItem(item: OwnStudyItem, card?: Fact): StudyItem {
  const base = {
    id: item.id,
    kind: item.kind,
    origin: 'own' as const,
    cardId: item.cardId,
    paragraphs: [...(card?.paragraphs ?? [])],
    answer: item.answer,
    subject: `own:${item.id}`,
  };
  if (item.format === 'basic') return { ...base, prompt: { type: 'basic', front: item.front } };
  // The schema only admits sentences where this cloze exists.
  const cloze = clozeOf(item.sentence, item.answer);
  if (!cloze) throw new BriefingError({ code: 'internal', message: `Study item "${item.id}" has no blank to ask.` });
  return { ...base, answer: cloze.answer, prompt: { type: 'cloze', parts: cloze.parts, field: item.kind } };
}
