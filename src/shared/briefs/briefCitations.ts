import { paragraphsShort } from '../citation';
import type { Fact } from '../schema/fact';
import type { Source } from '../schema/source';
import { notFound, refused } from './briefErrors';
import type { BriefItem } from './briefSchema';

export type BriefCitation = BriefItem['cites'][number];

/** Finds a card, seed or own, by id: the store's lookup, or a map over the seed in tests. */
export type CardLookup = (factId: string) => Fact | undefined;

/** A citation of the whole card: every paragraph it cites, main claim first. */
export function citeCard(fact: Fact): BriefCitation {
  return { factId: fact.id, paragraphs: [...(fact.paragraphs ?? [])] };
}

/**
 * Refuses a citation of a card that does not exist, or of a paragraph the card does not cite: an
 * item may say no more than the cards it points at, so it cannot point past them either.
 */
export function checkCitations(cites: readonly BriefCitation[], card: CardLookup): void {
  for (const cite of cites) {
    const fact = card(cite.factId);
    if (!fact) throw notFound('card', cite.factId);
    const cited = new Set(fact.paragraphs ?? []);
    const outside = cite.paragraphs.filter((paragraph) => !cited.has(paragraph));
    if (outside.length > 0) {
      throw refused(
        `The card "${fact.title}" does not cite ${paragraphsShort(outside)}` +
          (cited.size > 0
            ? ` (it cites ${paragraphsShort(fact.paragraphs ?? [])})`
            : ' (it is your own card and cites no paragraph)'),
      );
    }
  }
}

/**
 * The outlets or events the article credits for the cited paragraphs: "The Astana Times" for ¶3 of
 * the deal card. A credit whose paragraph is not cited belongs to another part of the card.
 */
export function citedCredits(cite: BriefCitation, fact: Fact, sources: readonly Source[]): string[] {
  const paragraphs = new Set(cite.paragraphs);
  const credits: string[] = [];
  for (const attribution of fact.attributions ?? []) {
    if (!paragraphs.has(attribution.paragraph)) continue;
    const title = sources.find((source) => source.id === attribution.sourceId)?.title ?? attribution.label;
    if (!credits.includes(title)) credits.push(title);
  }
  return credits;
}

/**
 * The short form shown next to an item and linked to the card: "¶3 · The Astana Times", "¶4".
 * A citation of the user's own card, which has no paragraphs, reads as the card's title.
 */
export function citationLabel(cite: BriefCitation, fact: Fact, sources: readonly Source[]): string {
  const parts = [paragraphsShort(cite.paragraphs), ...citedCredits(cite, fact, sources)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : fact.title;
}
