import { describe, expect, it } from 'vitest';
import { factSchema, type Fact } from '../schema/fact';
import { planCarry } from './carryCards';
import { readingView } from './readingView';
import { createSourceRecord, draftFromText } from './sourceDraft';
import { quoteFromSelection } from './sourceQuote';
import { seed, shippedRecord } from './testing/shippedArticle';

function source(id: string, paragraphs: string[], supersedes?: string) {
  const draft = draftFromText(paragraphs.join('\n\n'), { kind: 'pasted' });
  return createSourceRecord(
    draft,
    { title: `Forum in Almaty (${id})` },
    {
      id,
      collectionId: 'summit-2021',
      importedAt: '2024-03-04T10:00:00.000Z',
      ...(supersedes ? { supersedes } : {}),
    },
  );
}

const oldParagraphs = [
  'Forum in Almaty',
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
  'A second meeting is planned for the autumn in Seoul.',
];
const oldSource = source('source-old', oldParagraphs);

/** A card of the user's quoting `words` of the old source and citing `paragraphs` (the quote's added first). */
function quotingCard(id: string, words: string, paragraphs: number[] = []): Fact {
  const view = readingView(oldSource);
  const start = view.text.indexOf(words);
  const quote = quoteFromSelection(oldSource, start, start + words.length);
  return factSchema.parse({
    id,
    topic: 'trade-investment',
    title: `Card ${id}`,
    summary: 'A card of the user’s.',
    body: 'A card of the user’s, in their own words.',
    figures: [],
    people: [],
    organisations: [],
    places: [],
    caveats: [],
    origin: 'user',
    sourceId: oldSource.id,
    paragraphs: [...new Set([...quote.paragraphs, ...paragraphs])],
    quote: { text: quote.text, paragraph: quote.paragraphs[0] },
    quoteTarget: quote.target,
    attributions: [{ sourceId: oldSource.id, label: 'Reported by The Steppe Courier', paragraph: quote.paragraphs[0] }],
  });
}

function plainCard(id: string, paragraphs: number[]): Fact {
  const { quote: _quote, quoteTarget: _target, attributions: _credit, ...card } = quotingCard(id, 'Forum in Almaty');
  return { ...card, paragraphs };
}

const quoteWords = 'carry 2 million tonnes of freight a year by 2030';

describe('planCarry', () => {
  it('moves a card whose quote is word for word in the new version, with the paragraph numbers it has there', () => {
    const corrected = source(
      'source-new',
      [oldParagraphs[0]!, 'Correction: an earlier version misdated the meeting.', ...oldParagraphs.slice(1)],
      oldSource.id,
    );
    const card = quotingCard('user-freight', quoteWords, [2]);
    expect(card.paragraphs).toEqual([3, 2]);
    const plan = planCarry(oldSource, corrected, [card]);
    expect(plan.stays).toEqual([]);
    expect(plan.moves).toHaveLength(1);
    const { carried } = plan.moves[0]!;
    expect(carried).toMatchObject({
      id: 'user-freight',
      sourceId: 'source-new',
      paragraphs: [4, 3],
      quote: { text: quoteWords, paragraph: 4 },
      attributions: [{ sourceId: 'source-new', paragraph: 4 }],
    });
    const view = readingView(corrected);
    const { start, end } = carried.quoteTarget!.position;
    expect(view.text.slice(start, end)).toBe(quoteWords);
    expect(factSchema.safeParse(carried).success).toBe(true);
    // Everything else of the user's is as it was.
    const { sourceId, paragraphs, quote, quoteTarget, attributions, ...rest } = carried;
    void [sourceId, paragraphs, quote, quoteTarget, attributions];
    const { sourceId: a, paragraphs: b, quote: c, quoteTarget: d, attributions: e, ...before } = card;
    void [a, b, c, d, e];
    expect(rest).toEqual(before);
    expect(plan.moves[0]!.card).toBe(card);
  });

  it('keeps a card whose quoted words were reworded (a fuzzy match) on the earlier version', () => {
    const reworded = source('source-new', [
      ...oldParagraphs.slice(0, 2),
      'The corridor would carry 2.5 million tonnes of freight a year by 2030, the transport ministry said.',
      oldParagraphs[3]!,
    ]);
    const plan = planCarry(oldSource, reworded, [quotingCard('user-freight', quoteWords)]);
    expect(plan.moves).toEqual([]);
    expect(plan.stays.map(({ card, reason }) => [card.id, reason])).toEqual([
      ['user-freight', { kind: 'quote-differs' }],
    ]);
  });

  it('keeps a card whose quote was deleted from the new version', () => {
    const shortened = source('source-new', [...oldParagraphs.slice(0, 2), oldParagraphs[3]!]);
    const plan = planCarry(oldSource, shortened, [quotingCard('user-freight', quoteWords)]);
    expect(plan.stays.map(({ reason }) => reason)).toEqual([{ kind: 'quote-missing' }]);
    expect(plan.moves).toEqual([]);
  });

  it('keeps a card that cites a paragraph the new version changed or removed, naming it', () => {
    const changed = source('source-new', [
      ...oldParagraphs.slice(0, 3),
      'A second meeting is planned for the spring in Busan.',
    ]);
    const plan = planCarry(oldSource, changed, [
      quotingCard('user-freight', quoteWords, [4]),
      plainCard('user-meeting', [2, 4]),
      quotingCard('user-fine', quoteWords, [2]),
    ]);
    expect(plan.stays.map(({ card, reason }) => [card.id, reason])).toEqual([
      ['user-freight', { kind: 'paragraph-missing', paragraph: 4 }],
      ['user-meeting', { kind: 'paragraph-missing', paragraph: 4 }],
    ]);
    expect(plan.moves.map(({ carried }) => [carried.id, carried.paragraphs])).toEqual([['user-fine', [3, 2]]]);
  });

  it('moves a card without a quote when each of its paragraphs is in the new version word for word', () => {
    const moved = source('source-new', [
      oldParagraphs[0]!,
      'Correction: an earlier version misdated the meeting.',
      ...oldParagraphs.slice(1),
    ]);
    const plan = planCarry(oldSource, moved, [plainCard('user-meeting', [4, 2])]);
    expect(plan.stays).toEqual([]);
    expect(plan.moves[0]!.carried).toMatchObject({ sourceId: 'source-new', paragraphs: [5, 3] });
    expect(plan.moves[0]!.carried.quote).toBeUndefined();
  });

  it('leaves the shipped cards out: they are the app’s and stay with the shipped article', () => {
    const view = readingView(shippedRecord);
    const newer = source(
      'source-new',
      view.paragraphs.map((paragraph) => paragraph.text),
    );
    const shippedCards = seed.facts.filter((fact) => fact.sourceId === shippedRecord.id);
    expect(shippedCards.length).toBeGreaterThan(5);
    const own = { ...shippedCards.find((fact) => fact.quote)!, id: 'user-copy', origin: 'user' as const };
    const plan = planCarry(shippedRecord, newer, [...shippedCards, own]);
    expect([...plan.moves.map(({ card }) => card.id), ...plan.stays.map(({ card }) => card.id)]).toEqual(['user-copy']);
  });
});
