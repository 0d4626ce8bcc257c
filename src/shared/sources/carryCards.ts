import { z } from 'zod';
import { anchor } from '../annotation/anchorHighlight';
import { describeRange, type HighlightTarget } from '../annotation/textSelectors';
import { idSchema, paragraphListSchema, type Fact } from '../schema/fact';
import { paragraphsOfRange, readingView, type ReadingView } from './readingView';
import { reanchorQuote, type QuotableSource } from './sourceQuote';

/**
 * Carrying the user's cards from an article to its new version (a source that `supersedes` it). Only what can be
 * shown to be the same words moves: a quote found word for word, and every other cited paragraph by an identical
 * paragraph text. Anything less stays on the old version, which is never removed while a newer one points at it,
 * so a card never cites words its source does not have.
 */

/** Why a card stays on the earlier version; the window phrases it in the user's language. */
export const carryStayReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quote-differs') }).strict(),
  z.object({ kind: z.literal('quote-missing') }).strict(),
  z.object({ kind: z.literal('paragraph-missing'), paragraph: z.number().int().positive() }).strict(),
]);

export type CarryStayReason = z.infer<typeof carryStayReasonSchema>;

export interface CarryMove {
  /** The card as it is, on the old version. */
  card: Fact;
  /** The same card citing the new version: only its source, paragraphs, quote anchor and credits' paragraphs differ. */
  carried: Fact;
}

export interface CarryStay {
  card: Fact;
  reason: CarryStayReason;
}

export interface CarryPlan {
  oldSourceId: string;
  newSourceId: string;
  moves: CarryMove[];
  stays: CarryStay[];
}

/** The plan as the window shows it before the user confirms (the main process works it out again to apply it). */
export const carryPlanSummarySchema = z
  .object({
    oldSourceId: idSchema,
    newSourceId: idSchema,
    moves: z.array(z.object({ cardId: idSchema, title: z.string(), paragraphs: paragraphListSchema }).strict()),
    stays: z.array(z.object({ cardId: idSchema, title: z.string(), reason: carryStayReasonSchema }).strict()),
  })
  .strict();

export type CarryPlanSummary = z.infer<typeof carryPlanSummarySchema>;

export function carryPlanSummary(plan: CarryPlan): CarryPlanSummary {
  return {
    oldSourceId: plan.oldSourceId,
    newSourceId: plan.newSourceId,
    moves: plan.moves.map(({ carried }) => ({
      cardId: carried.id,
      title: carried.title,
      paragraphs: [...(carried.paragraphs ?? [])],
    })),
    stays: plan.stays.map(({ card, reason }) => ({ cardId: card.id, title: card.title, reason })),
  };
}

/** The user's own cards that cite `sourceId`: the shipped cards are the app's and stay with the shipped article. */
export function ownCardsCiting(cards: readonly Fact[], sourceId: string): Fact[] {
  return cards.filter((card) => card.origin === 'user' && card.sourceId === sourceId);
}

/** An old paragraph's number in the new version: a paragraph of identical text, the nearest one if there are more. */
function paragraphMapper(oldView: ReadingView, newView: ReadingView): (oldNumber: number) => number | undefined {
  const byText = new Map<string, number[]>();
  for (const paragraph of newView.paragraphs) {
    byText.set(paragraph.text, [...(byText.get(paragraph.text) ?? []), paragraph.number]);
  }
  return (oldNumber) => {
    const old = oldView.paragraphs[oldNumber - 1];
    const candidates = old ? (byText.get(old.text) ?? []) : [];
    return [...candidates].sort((a, b) => Math.abs(a - oldNumber) - Math.abs(b - oldNumber))[0];
  };
}

/** A quote stored without selectors (from before them): its words in the paragraph it names, whitespace aside. */
function targetOfBareQuote(view: ReadingView, quote: NonNullable<Fact['quote']>): HighlightTarget | undefined {
  const paragraph = view.paragraphs[quote.paragraph - 1];
  const words = quote.text.trim().split(/\s+/).filter(Boolean);
  if (!paragraph || words.length === 0) return undefined;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const match = pattern.exec(paragraph.text);
  if (!match) return undefined;
  const start = paragraph.start + match.index;
  return describeRange(view.text, start, start + match[0].length);
}

type Carried = { carried: Fact } | { reason: CarryStayReason };

function carryCard(
  card: Fact,
  oldSource: QuotableSource,
  newSource: QuotableSource,
  mapParagraph: (oldNumber: number) => number | undefined,
): Carried {
  const oldView = readingView(oldSource);
  let oldQuoted: number[] = [];
  let newQuoted: number[] = [];
  let quoteFields: Pick<Fact, 'quote' | 'quoteTarget'> = {};
  if (card.quote) {
    const target = card.quoteTarget ?? targetOfBareQuote(oldView, card.quote);
    if (!target) return { reason: { kind: 'quote-missing' } };
    const inOld = anchor(oldView.text, target);
    oldQuoted = inOld ? paragraphsOfRange(oldView, inOld.start, inOld.end) : [card.quote.paragraph];
    const again = reanchorQuote(newSource, {
      sourceId: oldSource.id,
      target,
      paragraphs: oldQuoted,
      text: card.quote.text,
    });
    if (!again.found) return { reason: { kind: 'quote-missing' } };
    if (again.changed) return { reason: { kind: 'quote-differs' } };
    newQuoted = again.quote.paragraphs;
    quoteFields = {
      quote: { text: card.quote.text, paragraph: newQuoted[0]! },
      quoteTarget: again.quote.target,
    };
  }

  // The card's paragraphs in their order (main claim first); the quote's stand where the first of them stood.
  const paragraphs: number[] = [];
  const cite = (number: number) => {
    if (!paragraphs.includes(number)) paragraphs.push(number);
  };
  const mapped = new Map<number, number>();
  let quotePlaced = false;
  for (const number of card.paragraphs ?? []) {
    const quoteIndex = oldQuoted.indexOf(number);
    if (quoteIndex !== -1) {
      if (!quotePlaced) newQuoted.forEach(cite);
      quotePlaced = true;
      mapped.set(number, newQuoted[Math.min(quoteIndex, newQuoted.length - 1)]!);
      continue;
    }
    const next = mapParagraph(number);
    if (next === undefined) return { reason: { kind: 'paragraph-missing', paragraph: number } };
    cite(next);
    mapped.set(number, next);
  }
  if (!quotePlaced) newQuoted.forEach(cite);

  const attributions = card.attributions?.map((attribution) => ({
    ...attribution,
    sourceId: attribution.sourceId === oldSource.id ? newSource.id : attribution.sourceId,
    paragraph: mapped.get(attribution.paragraph) ?? paragraphs[0] ?? attribution.paragraph,
  }));
  return {
    carried: {
      ...card,
      sourceId: newSource.id,
      ...(card.paragraphs ? { paragraphs } : {}),
      ...quoteFields,
      ...(attributions ? { attributions } : {}),
    },
  };
}

/**
 * Which of the user's cards citing `oldSource` can cite `newSource` instead, and why each other one stays. Pure:
 * the cards are not changed; the store applies the moves as one change, so one undo takes them all back.
 */
export function planCarry(oldSource: QuotableSource, newSource: QuotableSource, cards: readonly Fact[]): CarryPlan {
  const mapParagraph = paragraphMapper(readingView(oldSource), readingView(newSource));
  const plan: CarryPlan = { oldSourceId: oldSource.id, newSourceId: newSource.id, moves: [], stays: [] };
  for (const card of ownCardsCiting(cards, oldSource.id)) {
    const outcome = carryCard(card, oldSource, newSource, mapParagraph);
    if ('carried' in outcome) plan.moves.push({ card, carried: outcome.carried });
    else plan.stays.push({ card, reason: outcome.reason });
  }
  return plan;
}
