import { anchor, type AnchorMethod } from '../../shared/annotation/anchorHighlight';
import { describeRange, maxQuoteLength } from '../../shared/annotation/textSelectors';
import { sameContent } from './sameContent';
import type { Highlight } from '../../shared/schema/annotations';
import type { Database, UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import type { Seed, SeedAlias } from '../../shared/schema/seed';

/** What a seed merge did to the user's data, so it can be told and tested; nothing here is ever dropped. */
export interface SeedMergeReport {
  fromRevision: number;
  toRevision: number;
  /** Renamed cards the user had notes, highlights, tags or a star on, now moved to the new id. */
  renamedCards: Array<{ from: string; to: string }>;
  /** Highlights on corrected card text that were found again and now point at their place in it. */
  reanchoredHighlights: Array<{
    highlightId: string;
    factId: string;
    method: AnchorMethod;
    before: string;
    after: string;
  }>;
  /**
   * Highlights whose words are no longer in the corrected text. They keep their old selectors and
   * quote, so the card lists them under "Highlights that lost their place" until the user removes them.
   */
  lostHighlights: Array<{ highlightId: string; factId: string; quote: string }>;
}

export interface SeedMergeResult {
  database: Database;
  changed: boolean;
  report: SeedMergeReport;
}

/** The aliases a database at `revision` has not applied yet, as a lookup from old id to new. */
export function pendingAliases(aliases: readonly SeedAlias[], revision: number): Map<string, string> {
  return new Map(aliases.filter((alias) => alias.seedRevision > revision).map((alias) => [alias.from, alias.to]));
}

/**
 * Points every reference the user made at a renamed card to its new id: notes, highlights, the
 * star and the tags on it. Tags on both ids (possible only through an import) are united.
 */
export function renameCardReferences(user: UserData, renames: ReadonlyMap<string, string>): UserData {
  if (renames.size === 0) return user;
  const rename = (id: string) => renames.get(id) ?? id;
  const cardTags: UserData['cardTags'] = {};
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    const to = rename(factId);
    cardTags[to] = [...new Set([...(cardTags[to] ?? []), ...tagIds])];
  }
  return {
    ...user,
    starred: [...new Set(user.starred.map(rename))],
    notes: user.notes.map((note) => (renames.has(note.factId) ? { ...note, factId: rename(note.factId) } : note)),
    highlights: user.highlights.map((highlight) =>
      renames.has(highlight.factId) ? { ...highlight, factId: rename(highlight.factId) } : highlight,
    ),
    cardTags,
  };
}

function referencedCardIds(user: UserData): Set<string> {
  return new Set([
    ...user.starred,
    ...user.notes.map((note) => note.factId),
    ...user.highlights.map((highlight) => highlight.factId),
    ...Object.keys(user.cardTags),
  ]);
}

/**
 * Whether a highlight's words are still exactly where it says, with the same words around them:
 * then the card text it was made on did not change under it. The database file no longer holds
 * the shipped card texts it was merged with, so this is how a merge tells a highlight on changed
 * text from one on unchanged text; a file from before that still has them (`oldBodies`) is
 * compared text by text, as it always was.
 */
function stillInPlace(body: string, target: Highlight['target']): boolean {
  const { start, end } = target.position;
  if (end > body.length || body.slice(start, end) !== target.quote.exact) return false;
  try {
    return sameContent(describeRange(body, start, end), target);
  } catch {
    return false;
  }
}

/**
 * Re-anchors the highlights on seed cards whose text the new seed changed, with the same rule as
 * editing an own card: found again (exactly, or as the reworded passage) means fresh selectors on
 * the new text; not found means the old selectors stay, so the card shows the highlight as lost
 * with the words the user marked. A highlight is never left pointing at offsets into other words.
 */
function reanchorOnChangedText(
  highlights: readonly Highlight[],
  oldBodies: ReadonlyMap<string, string> | undefined,
  newFacts: ReadonlyMap<string, Fact>,
  report: SeedMergeReport,
): Highlight[] {
  return highlights.map((highlight) => {
    const fact = newFacts.get(highlight.factId);
    if (!fact) return highlight;
    if (oldBodies) {
      const oldBody = oldBodies.get(highlight.factId);
      if (oldBody === undefined || oldBody === fact.body) return highlight;
    } else if (stillInPlace(fact.body, highlight.target)) {
      return highlight;
    }
    const found = anchor(fact.body, highlight.target);
    if (!found || found.end - found.start > maxQuoteLength) {
      report.lostHighlights.push({
        highlightId: highlight.id,
        factId: highlight.factId,
        quote: highlight.target.quote.exact,
      });
      return highlight;
    }
    const target = describeRange(fact.body, found.start, found.end);
    report.reanchoredHighlights.push({
      highlightId: highlight.id,
      factId: highlight.factId,
      method: found.method,
      before: highlight.target.quote.exact,
      after: target.quote.exact,
    });
    return { ...highlight, target };
  });
}

/**
 * Brings a database up to a newer seed revision. The shipped cards themselves come from the seed
 * (the file does not hold them); the user's data is touched in two ways only, both so nothing
 * they made is lost or misplaced: references to a card the seed renamed follow its alias, and
 * highlights on text the seed corrected are re-anchored (or kept, listed as lost). Everything
 * else — own cards, note text, tags, settings, annotations on cards that are gone — stays exactly
 * as it was. `previousFacts`, the shipped cards as a file from before schema 4 held them, says
 * which card texts changed; without it, a highlight whose words are no longer in place shows it.
 */
export function mergeSeed(database: Database, seed: Seed, previousFacts?: readonly Fact[]): SeedMergeResult {
  const report: SeedMergeReport = {
    fromRevision: database.seedRevision,
    toRevision: Math.max(database.seedRevision, seed.seedRevision),
    renamedCards: [],
    reanchoredHighlights: [],
    lostHighlights: [],
  };
  if (seed.seedRevision <= database.seedRevision) return { database, changed: false, report };

  const renames = pendingAliases(seed.aliases, database.seedRevision);
  const referenced = referencedCardIds(database.user);
  for (const [from, to] of renames) if (referenced.has(from)) report.renamedCards.push({ from, to });
  const renamed = renameCardReferences(database.user, renames);

  // The old text of each card under the id it has now, so a renamed card's highlights are compared too.
  const oldBodies = previousFacts
    ? new Map(previousFacts.map((fact) => [renames.get(fact.id) ?? fact.id, fact.body]))
    : undefined;
  const newFacts = new Map(seed.facts.map((fact) => [fact.id, fact]));
  const highlights = reanchorOnChangedText(renamed.highlights, oldBodies, newFacts, report);

  return {
    changed: true,
    report,
    database: { ...database, seedRevision: seed.seedRevision, user: { ...renamed, highlights } },
  };
}
