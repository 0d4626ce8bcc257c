import { describe, expect, it } from 'vitest';
import { describeRange } from '../annotation/textSelectors';
import { BriefingError } from '../errors';
import type { Highlight, Note } from '../schema/annotations';
import type { Fact } from '../schema/fact';
import { containsLoosely } from './clozeText';
import type { OwnStudyItem } from './ownItemSchemas';
import { editOwnStudyItem, ownItemToStudyItem, studyItemFromHighlight, studyItemFromNote } from './ownItems';
import { blankMark, promptText } from './studyItemSchemas';
import { seedCards } from './testing/seedCards';

const now = '2026-03-14T09:00:00.000Z';
const later = '2026-03-15T09:00:00.000Z';
const card = seedCards().find((candidate) => candidate.id === 'deal-usd-1-7-billion') as Fact;

function highlightOf(text: string, phrase: string, factId = card.id): Highlight {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return {
    id: 'highlight-1',
    factId,
    color: 'yellow',
    target: describeRange(text, start, start + phrase.length),
    createdAt: now,
    updatedAt: now,
  };
}

function noteOf(markdown: string): Note {
  return { id: 'note-1', factId: card.id, markdown, createdAt: now, updatedAt: now };
}

function refusal(action: () => unknown): BriefingError {
  try {
    action();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Study this on a highlight', () => {
  it("makes a cloze of the highlighted phrase inside its sentence of the card's text", () => {
    const highlight = highlightOf(card.body, 'USD 1.7 billion');
    const item = studyItemFromHighlight({ card, highlight, id: 'study-own-1', now });
    expect(item).toMatchObject({
      kind: 'highlight',
      format: 'cloze',
      cardId: card.id,
      annotationId: 'highlight-1',
      answer: 'USD 1.7 billion',
      createdAt: now,
    });
    expect(card.body).toContain(item.format === 'cloze' ? item.sentence : '');
    const studied = ownItemToStudyItem(item, card);
    expect(promptText(studied.prompt)).toBe(
      `The article credits The Astana Times with reporting a deal worth ${blankMark}, signed by Kazakhstan and South Korea during the two-day visit.`,
    );
    expect(studied).toMatchObject({ origin: 'own', paragraphs: [3], subject: 'own:study-own-1' });
  });

  it('widens a selection that cuts a word, and drops punctuation at its edges', () => {
    const start = card.body.indexOf('1.7 bill');
    const highlight = { ...highlightOf(card.body, '1.7 bill'), target: describeRange(card.body, start, start + 8) };
    expect(studyItemFromHighlight({ card, highlight, id: 'study-own-1', now }).answer).toBe('1.7 billion');
    const withComma = highlightOf(card.body, 'USD 1.7 billion,');
    expect(studyItemFromHighlight({ card, highlight: withComma, id: 'study-own-2', now }).answer).toBe(
      'USD 1.7 billion',
    );
  });

  it("finds the phrase again after the card's text changed", () => {
    const highlight = highlightOf(card.body, 'The Astana Times');
    const edited = { ...card, body: `Revised text. ${card.body}` };
    const item = studyItemFromHighlight({ card: edited, highlight, id: 'study-own-1', now });
    expect(item.answer).toBe('The Astana Times');
  });

  it('refuses a highlight whose phrase is gone, saying so, and one from another card', () => {
    const highlight = highlightOf(card.body, 'The Astana Times');
    const gone = refusal(() =>
      studyItemFromHighlight({
        card: { ...card, body: 'Nothing of it is left here at all.' },
        highlight,
        id: 'x',
        now,
      }),
    );
    expect(gone.code).toBe('not-found');
    expect(gone.message).toMatch(/“The Astana Times” is no longer in the card's text/);
    const elsewhere = refusal(() =>
      studyItemFromHighlight({ card, highlight: { ...highlight, factId: 'other-card' }, id: 'x', now }),
    );
    expect(elsewhere.code).toBe('invalid-request');
  });

  it('refuses a highlight of a whole sentence: nothing would be left to ask', () => {
    const sentence = 'It does not say what the deal covers or who signed it for each side.';
    const error = refusal(() =>
      studyItemFromHighlight({ card, highlight: highlightOf(card.body, sentence), id: 'x', now }),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/too few other words/);
  });
});

describe('Study this on a note', () => {
  const markdown = '## My reading\n- The **USD 4 billion** figure came at a [press conference](https://example.org).';

  it('makes a cloze of a phrase selected in the note, without the Markdown marks', () => {
    const start = markdown.indexOf('USD 4 billion');
    const item = studyItemFromNote({
      card,
      note: noteOf(markdown),
      id: 'study-own-2',
      now,
      selection: { start, end: start + 'USD 4 billion'.length },
    });
    expect(item).toMatchObject({ kind: 'note', format: 'cloze', answer: 'USD 4 billion' });
    expect(promptText(ownItemToStudyItem(item, card).prompt)).toBe(
      `The ${blankMark} figure came at a press conference.`,
    );
  });

  it('makes a question of a whole note: the card title asks, the note answers', () => {
    const item = studyItemFromNote({ card, note: noteOf(markdown), id: 'study-own-3', now });
    expect(item).toMatchObject({
      format: 'basic',
      front: card.title,
      answer: 'My reading\nThe USD 4 billion figure came at a press conference.',
    });
  });

  it('refuses an empty note, a note too long to learn as one item, and a selection across lines', () => {
    expect(refusal(() => studyItemFromNote({ card, note: noteOf('  \n  '), id: 'x', now })).message).toMatch(/empty/);
    const long = noteOf('word '.repeat(500));
    expect(refusal(() => studyItemFromNote({ card, note: long, id: 'x', now })).message).toMatch(/too long/);
    const across = refusal(() =>
      studyItemFromNote({ card, note: noteOf(markdown), id: 'x', now, selection: { start: 3, end: 30 } }),
    );
    expect(across.code).toBe('invalid-request');
    expect(across.message).toMatch(/within a line/);
  });
});

describe('editing an own item', () => {
  const item = studyItemFromHighlight({
    card,
    highlight: highlightOf(card.body, 'USD 1.7 billion'),
    id: 'study-own-1',
    now,
  });

  it('changes what the user changes and stamps the time', () => {
    const edited = editOwnStudyItem(item, { answer: 'The Astana Times' }, later);
    expect(edited).toMatchObject({ answer: 'The Astana Times', updatedAt: later, createdAt: now });
    expect(containsLoosely(promptText(ownItemToStudyItem(edited, card).prompt), 'The Astana Times')).toBe(false);
  });

  it('refuses an edit that would leave no question, and leaves the item as it was', () => {
    const before: OwnStudyItem = structuredClone(item);
    const error = refusal(() => editOwnStudyItem(item, { answer: 'not in the sentence' }, later));
    expect(error.message).toMatch(/was not changed/);
    expect(error.details.join(' ')).toMatch(/must appear in the sentence/);
    expect(item).toEqual(before);
    expect(refusal(() => editOwnStudyItem(item, { front: 'A question?' }, later)).code).toBe('invalid-request');
    expect(refusal(() => editOwnStudyItem(item, { colour: 'red' }, later)).code).toBe('invalid-request');
  });

  it('refuses a question that gives its answer away', () => {
    const basic = studyItemFromNote({ card, note: noteOf('Signed in Seoul'), id: 'study-own-4', now });
    const error = refusal(() => editOwnStudyItem(basic, { front: 'Where? Signed in Seoul' }, later));
    expect(error.details.join(' ')).toMatch(/gives the answer away/);
  });
});
