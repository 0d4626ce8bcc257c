import { factsAsOf, paragraphsPhrase } from '../citation';
import type { UserData } from '../schema/database';
import type { Fact } from '../schema/fact';
import type { Source } from '../schema/source';
import { topics, type TopicId } from '../topics';
import { defaultPackSubtitle, defaultPackTitle, type ExportOptions, type ExportSelection } from './exportSchemas';
import type { PackCard, PackKeyFigure, PackModel, PackSection } from './packModel';

/** What composing a pack reads: the library as the renderer has it, or the database as the main process does. */
export interface PackLibrary {
  sources: readonly Source[];
  facts: readonly Fact[];
  user: UserData;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "27 November 2026", in UTC so the same export reads the same everywhere. */
export function formatPackDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Seed cards in seed order, then the user's own cards in the order they were made. */
export function selectFacts(library: PackLibrary, selection: ExportSelection): Fact[] {
  const facts = [...library.facts, ...library.user.ownFacts];
  switch (selection.kind) {
    case 'all':
      return facts;
    case 'starred': {
      const starred = new Set(library.user.starred);
      return facts.filter((fact) => starred.has(fact.id));
    }
    case 'topics': {
      const chosen = new Set<TopicId>(selection.topics);
      return facts.filter((fact) => chosen.has(fact.topic));
    }
    case 'cards': {
      const chosen = new Set(selection.factIds);
      return facts.filter((fact) => chosen.has(fact.id));
    }
  }
}

export function describeSelection(selection: ExportSelection, cardCount: number): string {
  switch (selection.kind) {
    case 'all':
      return 'All cards';
    case 'starred':
      return 'Starred cards';
    case 'topics':
      return topics
        .filter((topic) => selection.topics.includes(topic.id))
        .map((topic) => topic.label)
        .join(', ');
    case 'cards':
      return `${cardCount} hand-picked ${cardCount === 1 ? 'card' : 'cards'}`;
  }
}

/** The figures for the key-figures page: each card's first figure, then the rest, without repeats. */
function pickKeyFigures(facts: readonly Fact[], limit: number): PackKeyFigure[] {
  const seen = new Set<string>();
  const picked: PackKeyFigure[] = [];
  for (const round of [0, 1]) {
    for (const fact of facts) {
      const figures = round === 0 ? fact.figures.slice(0, 1) : fact.figures.slice(1);
      for (const figure of figures) {
        const key = `${figure.display}|${figure.measures}`;
        if (seen.has(key) || picked.length >= limit) continue;
        seen.add(key);
        picked.push({ factId: fact.id, cardTitle: fact.title, figure });
      }
    }
  }
  return picked;
}

function sourceLine(fact: Fact): string | undefined {
  const parts: string[] = [];
  if (fact.paragraphs?.length) parts.push(paragraphsPhrase(fact.paragraphs));
  for (const attribution of fact.attributions ?? []) parts.push(attribution.label);
  return parts.length > 0 ? `Source: ${parts.join(' · ')}` : undefined;
}

function packCard(fact: Fact, user: UserData, options: ExportOptions): PackCard {
  return {
    id: fact.id,
    title: fact.title,
    summary: fact.summary,
    body: fact.body,
    origin: fact.origin,
    figures: fact.figures,
    people: fact.people,
    organisations: fact.organisations,
    places: fact.places,
    ...(fact.date ? { dateLabel: fact.date.label } : {}),
    ...(fact.quote ? { quote: fact.quote } : {}),
    ...(fact.paragraphs ? { paragraphs: fact.paragraphs } : {}),
    ...(options.includeSources && sourceLine(fact) ? { sourceLine: sourceLine(fact) } : {}),
    caveats: options.includeSources ? fact.caveats : [],
    notes: options.includeNotes
      ? user.notes
          .filter((note) => note.factId === fact.id && note.markdown.trim().length > 0)
          .map((note) => ({ markdown: note.markdown, updatedAt: note.updatedAt }))
      : [],
    highlights: options.includeHighlights
      ? user.highlights
          .filter((highlight) => highlight.factId === fact.id)
          .map((highlight) => ({
            quote: highlight.target.quote.exact,
            color: highlight.color,
            ...(highlight.comment?.trim() ? { comment: highlight.comment.trim() } : {}),
          }))
      : [],
  };
}

/**
 * A topic's blurb sums up all of the article's cards on it ("the trade figure, the deal reported,
 * Korean enterprises…"), so it prints only over a section that holds every one of them; over a
 * hand-picked few, or the user's own cards alone, it would promise what the section does not show.
 */
export function blurbFits(topic: TopicId, chosen: readonly Fact[], library: PackLibrary): boolean {
  const chosenIds = new Set(chosen.map((fact) => fact.id));
  const seedCards = library.facts.filter((fact) => fact.topic === topic);
  return seedCards.length > 0 && seedCards.every((fact) => chosenIds.has(fact.id));
}

/**
 * Chooses and orders everything a briefing pack shows. Pure: the renderer's preview and the main
 * process's export call it with the same inputs and get the same pack.
 */
export function composePack(
  library: PackLibrary,
  selection: ExportSelection,
  options: ExportOptions,
  exportedAt: string,
): PackModel {
  const facts = selectFacts(library, selection);
  // Only a pack holding cards from the article is dated by it; a pack of the user's own cards is not.
  const asOf = facts.some((fact) => fact.origin === 'seed') ? factsAsOf(library.sources) : undefined;
  const sections: PackSection[] = [];
  for (const topic of topics) {
    const chosen = facts.filter((fact) => fact.topic === topic.id);
    if (chosen.length === 0) continue;
    sections.push({
      anchor: `section-${topic.id}`,
      topic: topic.id,
      label: topic.label,
      ...(blurbFits(topic.id, chosen, library) ? { description: topic.description } : {}),
      cards: chosen.map((fact) => packCard(fact, library.user, options)),
    });
  }
  const citedSourceIds = new Set<string>();
  for (const fact of facts) {
    if (fact.sourceId) citedSourceIds.add(fact.sourceId);
    for (const attribution of fact.attributions ?? []) citedSourceIds.add(attribution.sourceId);
  }
  return {
    paper: options.paper,
    cover: {
      title: options.title.trim() || defaultPackTitle,
      subtitle: options.subtitle.trim() || (options.title.trim() ? '' : defaultPackSubtitle),
      author: options.author.trim(),
      exportedAt,
      dateLabel: formatPackDate(exportedAt),
      selectionLabel: describeSelection(selection, facts.length),
      ...(asOf ? { asOf } : {}),
    },
    options: {
      includeNotes: options.includeNotes,
      includeHighlights: options.includeHighlights,
      includeSources: options.includeSources,
    },
    keyFigures: pickKeyFigures(facts, 8),
    sections,
    sources: options.includeSources ? library.sources.filter((source) => citedSourceIds.has(source.id)) : [],
    cardCount: facts.length,
  };
}
