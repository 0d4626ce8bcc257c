import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../schema/fact';
import { clozeOf, containsLoosely, findPhrase, foldForComparison } from './clozeText';
import { generateFactItems, nameForms } from './factItems';
import { programmeNames } from './programmeNames';
import { blankMark, promptText, studyItemSchema, type StudyItem } from './studyItemSchemas';
import { seedCards } from './testing/seedCards';

const cards = seedCards();
const items = generateFactItems(cards);
const cardById = new Map(cards.map((card) => [card.id, card]));

function cardOf(item: StudyItem): Fact {
  const card = cardById.get(item.cardId);
  if (!card) throw new Error(`no card ${item.cardId}`);
  return card;
}

/** Every text a card shows: what an answer must be a verbatim part of. */
function shownTexts(card: Fact): string[] {
  return [
    card.title,
    card.summary,
    card.body,
    ...card.figures.map((figure) => figure.display),
    ...card.people.map((person) => person.name),
    ...card.organisations.map((organisation) => organisation.name),
    ...(card.date ? [card.date.label] : []),
  ];
}

function byId(id: string): StudyItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

describe('items from the seed facts', () => {
  it('makes items from every card kind of fact, each a valid item with a unique id', () => {
    expect(items.length).toBeGreaterThanOrEqual(35);
    for (const item of items) expect(studyItemSchema.parse(item)).toEqual(item);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['figure', 'person', 'organisation', 'programme', 'date']),
    );
  });

  it("every item's answer appears verbatim in its card, in the very text its prompt was cut from", () => {
    for (const item of items) {
      const card = cardOf(item);
      expect(shownTexts(card).some((text) => text.includes(item.answer))).toBe(true);
      if (item.prompt.type === 'cloze') {
        const field = item.prompt.field === 'summary' ? card.summary : card.body;
        expect(field).toContain(item.answer);
      }
    }
  });

  it('no prompt contains its answer, nor any part of a name it asks for', () => {
    for (const item of items) {
      const text = promptText(item.prompt);
      expect(containsLoosely(text, item.answer), `${item.id}: ${text}`).toBe(false);
      if (item.kind === 'person') {
        const name = item.subject.slice('person:'.length);
        for (const form of nameForms(name)) expect(containsLoosely(text, form), `${item.id}: ${form}`).toBe(false);
      }
    }
  });

  it('says no more than the card: a cloze is a sentence of the card, a question is a field of the card', () => {
    for (const item of items) {
      const card = cardOf(item);
      const { prompt } = item;
      if (prompt.type === 'cloze') {
        const sentence = prompt.parts.join(item.answer);
        expect(prompt.field === 'summary' ? card.summary : card.body).toContain(sentence);
      } else if (prompt.type === 'figure') {
        expect(card.figures.some((f) => f.measures === prompt.measures && f.qualifier === prompt.qualifier)).toBe(true);
      } else if (prompt.type === 'role') {
        expect(card.people.some((person) => person.role === prompt.role && person.name === item.answer)).toBe(true);
      } else if (prompt.type === 'card-date') {
        expect(prompt.cardTitle).toBe(card.title);
      } else {
        throw new Error(`a fact item has a ${prompt.type} prompt`);
      }
    }
  });

  it('records its card and the source paragraphs the card cites', () => {
    for (const item of items) {
      expect(item.origin).toBe('fact');
      expect(item.paragraphs).toEqual(cardOf(item).paragraphs);
      expect(item.id.startsWith(`${item.cardId}--${item.kind}--`)).toBe(true);
    }
  });

  it('asks the issue\'s own example: the deal "worth USD ▢" is 1.7 billion, shown with paragraph 3', () => {
    const deal = byId('deal-usd-1-7-billion--figure--usd-1-7-billion');
    expect(promptText(deal.prompt)).toBe(
      `According to The Astana Times, as the article cites it, the two countries signed a ${blankMark} deal during the two-day visit.`,
    );
    expect(deal.answer).toBe('USD 1.7 billion');
    expect(deal.paragraphs).toEqual([3]);
  });

  it('covers every figure, person and organisation of every card, and every card date', () => {
    const subjectsOnCard = new Map<string, Set<string>>();
    for (const item of items) {
      for (const cardId of [item.cardId, ...(item.alsoOnCards ?? [])]) {
        subjectsOnCard.set(cardId, (subjectsOnCard.get(cardId) ?? new Set()).add(item.subject));
      }
    }
    for (const card of cards) {
      const subjects = subjectsOnCard.get(card.id) ?? new Set();
      for (const figure of card.figures) expect(subjects).toContain(`figure:${figure.value}|${figure.unit}`);
      for (const person of card.people) expect(subjects).toContain(`person:${person.name}`);
      for (const organisation of card.organisations) expect(subjects).toContain(`organisation:${organisation.name}`);
      if (card.date) {
        // A year also shown as a figure in the same sentence is asked once, as the figure.
        const asked = [...subjects].some((subject) => subject === `date:${card.date?.iso}`);
        const asFigure = card.figures.some((figure) => figure.display === card.date?.label);
        expect(asked || asFigure, card.id).toBe(true);
      }
    }
  });

  it('reads the programme names the cards write: Fresh Wind and the New Deal', () => {
    expect(programmeNames(cards)).toEqual(['Fresh Wind', 'New Deal']);
    const programmeItems = items.filter((item) => item.kind === 'programme');
    expect(programmeItems.map((item) => item.answer)).toEqual(['New Deal', 'Fresh Wind', 'Fresh Wind', 'New Deal']);
  });

  it('asks "who was President of Kazakhstan?" where a card names him only in its list of people', () => {
    const item = byId('state-visit-to-seoul--person--kassym-jomart-tokayev');
    expect(item.prompt).toEqual({ type: 'role', role: 'President of Kazakhstan', country: 'Kazakhstan' });
    expect(item.answer).toBe('Kassym-Jomart Tokayev');
  });

  it('asks a figure the sentences do not spell out by what it measures, once for the two cards that share it', () => {
    const item = byId('deal-usd-1-7-billion--figure--2-days');
    expect(item.prompt).toEqual({
      type: 'figure',
      measures: 'Length of the visit, as reported by The Astana Times',
      qualifier: 'reported',
    });
    expect(item.answer).toBe('2 days');
    expect(item.alsoOnCards).toEqual(['state-visit-to-seoul']);
    expect(items.some((candidate) => candidate.id === 'state-visit-to-seoul--figure--2-days')).toBe(false);
  });
});

describe('stable ids', () => {
  const idsWithContent = (list: StudyItem[]) =>
    new Map(list.map((item) => [item.id, `${promptText(item.prompt)}=${item.answer}`]));

  it('are the same when the cards come in another order', () => {
    expect(idsWithContent(generateFactItems([...cards].reverse()))).toEqual(idsWithContent(items));
  });

  it("survive a seed update that reorders a card's lists or adds a figure to it", () => {
    const updated = cards.map((card) =>
      card.id === 'korean-enterprises-in-kazakhstan'
        ? {
            ...card,
            summary: `${card.summary} The article counts 12 more in preparation.`,
            figures: [
              { value: 12, unit: 'projects', display: '12', measures: 'Invented for this test' },
              ...card.figures,
            ],
            organisations: [...card.organisations].reverse(),
          }
        : card,
    );
    const before = idsWithContent(items);
    const after = idsWithContent(generateFactItems(updated));
    for (const [id, content] of before) expect(after.get(id), id).toBe(content);
    expect(after.has('korean-enterprises-in-kazakhstan--figure--12')).toBe(true);
  });

  it('tell apart two facts of one card whose keys read the same', () => {
    const card = cards.find((candidate) => candidate.id === 'kazakh-delegation') as Fact;
    const doubled: Fact = {
      ...card,
      summary: 'The delegation had 22 officials and many ministers. Over 22+ business people came as well.',
      figures: [
        { value: 22, unit: 'government officials', display: '22', measures: 'Officials' },
        { value: 22, unit: 'business people', display: '22+', measures: 'Business people' },
      ],
    };
    const ids = generateFactItems([doubled])
      .filter((item) => item.kind === 'figure')
      .map((item) => item.id);
    expect(ids).toEqual(['kazakh-delegation--figure--22', 'kazakh-delegation--figure--22--business-people']);
  });
});

describe('items from a card the user wrote', () => {
  it('work in any script, and never leak the answer', () => {
    const own: Fact = {
      id: 'user-own-1',
      topic: 'culture-education',
      title: 'Мой конспект',
      summary: 'Делегация Казахстана насчитывала 22 чиновника. 한국 대표단도 22명이었다.',
      body: 'Встречу провёл Касым-Жомарт Токаев в Сеуле.',
      figures: [{ value: 22, unit: 'officials', display: '22', measures: 'Officials in the delegation' }],
      people: [{ name: 'Касым-Жомарт Токаев', role: 'Президент Казахстана' }],
      organisations: [],
      places: [],
      caveats: [],
      origin: 'user',
    };
    const ownItems = generateFactItems([own]);
    expect(ownItems.map((item) => [item.kind, item.answer])).toEqual([
      ['figure', '22'],
      ['person', 'Касым-Жомарт Токаев'],
    ]);
    for (const item of ownItems) {
      expect(containsLoosely(promptText(item.prompt), item.answer)).toBe(false);
      expect(item.paragraphs).toEqual([]);
    }
  });
});

describe('clozeOf', () => {
  it('finds whole words only', () => {
    const text = 'Moonlight over Seoul; 550 firms, 550.5 tonnes, 1,550 staff, and Moon.';
    expect(findPhrase(text, '550').map((match) => match.start)).toEqual([text.indexOf('550 firms')]);
    expect(findPhrase(text, 'moon').map((match) => match.text)).toEqual(['Moon']);
  });

  it('blanks every occurrence', () => {
    expect(clozeOf('More than 550 firms, 550 of them Korean, came.', '550')?.parts).toEqual([
      'More than ',
      ' firms, ',
      ' of them Korean, came.',
    ]);
  });

  it('refuses a blank with nothing around it to ask, or an answer still showing inside a word', () => {
    expect(clozeOf('Samsung.', 'Samsung')).toBeNull();
    expect(clozeOf('The Lotte group and Lotteria both sell here.', 'Lotte')).toBeNull();
    expect(clozeOf('More than 550 firms and 1,550 staff came.', '550')).toBeNull();
  });

  it('never leaves the answer in the prompt, and fills back to the sentence (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        (words, phraseWords) => {
          const phrase = phraseWords.join(' ');
          const sentence = [...words.slice(0, 3), phrase, ...words.slice(3)].join(' ');
          const cloze = clozeOf(sentence, phrase);
          if (!cloze) return;
          expect(containsLoosely(cloze.parts.join(' '), cloze.answer)).toBe(false);
          expect(foldForComparison(cloze.parts.join(cloze.answer))).toBe(foldForComparison(sentence));
        },
      ),
    );
  });
});
