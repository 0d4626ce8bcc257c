import { factsAsOf } from '../citation';
import { asOfText, paragraphsPhraseText } from '../i18n/citationText';
import { formatDay, formatFactDate } from '../i18n/formats';
import type { Language } from '../i18n/languages';
import { topicDescriptionKey, topicKey } from '../i18n/topicKeys';
import { createTranslator, type Translator } from '../i18n/translator';
import type { Settings, UserData } from '../schema/database';
import { cardsInScope, collectionScopeOf } from '../sources/collectionScope';
import type { Fact } from '../schema/fact';
import type { Source } from '../schema/source';
import { topics, type TopicId } from '../topics';
import { defaultPackSubtitle, defaultPackTitle, type ExportOptions, type ExportSelection } from './exportSchemas';
import type { PackCard, PackKeyFigure, PackModel, PackSection } from './packModel';
import { packSourceOf } from '../sources/packSources';

/** What composing a pack reads: the library as the renderer has it, or the database as the main process does. */
export interface PackLibrary {
  sources: readonly Source[];
  facts: readonly Fact[];
  user: UserData;
  /** sources (issue 17): with a collection scope, a pack holds only the cards in that collection. */
  settings?: Pick<Settings, 'collectionScope'>;
}

/** "27 November 2026" ("2026년 11월 27일"…), in UTC so the same export reads the same everywhere. */
export function formatPackDate(iso: string, language: Language = 'en'): string {
  return formatDay(iso, language);
}

/** Seed cards in seed order, then the user's own cards in the order they were made. */
export function selectFacts(library: PackLibrary, selection: ExportSelection): Fact[] {
  const facts = cardsInScope(
    [...library.facts, ...library.user.ownFacts],
    collectionScopeOf({ ...library, settings: library.settings ?? {} }),
  );
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

export function describeSelection(
  selection: ExportSelection,
  cardCount: number,
  translator: Translator = createTranslator('en'),
): string {
  const { t } = translator;
  switch (selection.kind) {
    case 'all':
      return t('pack.selection.all');
    case 'starred':
      return t('pack.selection.starred');
    case 'topics':
      return topics
        .filter((topic) => selection.topics.includes(topic.id))
        .map((topic) => t(topicKey(topic.id)))
        .join(', ');
    case 'cards':
      return t('pack.selection.cards', { count: cardCount });
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

function sourceLine(fact: Fact, translator: Translator): string | undefined {
  const parts: string[] = [];
  if (fact.paragraphs?.length) parts.push(paragraphsPhraseText(fact.paragraphs, translator));
  for (const attribution of fact.attributions ?? []) parts.push(attribution.label);
  return parts.length > 0 ? translator.t('pack.sourceLine', { parts: parts.join(' · ') }) : undefined;
}

function packCard(fact: Fact, user: UserData, options: ExportOptions, translator: Translator): PackCard {
  const source = options.includeSources ? sourceLine(fact, translator) : undefined;
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
    ...(fact.date ? { dateLabel: formatFactDate(fact.date, translator.locale) } : {}),
    ...(fact.quote ? { quote: fact.quote } : {}),
    ...(fact.paragraphs ? { paragraphs: fact.paragraphs } : {}),
    ...(source ? { sourceLine: source } : {}),
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
  const language = options.language ?? 'en';
  const translator = createTranslator(language);
  const { t } = translator;
  // Only a pack holding cards from the article is dated by it; a pack of the user's own cards is not.
  const englishAsOf = facts.some((fact) => fact.origin === 'seed') ? factsAsOf(library.sources) : undefined;
  const asOf = englishAsOf ? asOfText(englishAsOf, translator) : undefined;
  // The shipped title and subtitle are the pack's own words, so they follow its language; the user's stay as typed.
  const title = options.title.trim() === defaultPackTitle ? '' : options.title.trim();
  const subtitle = options.subtitle.trim() === defaultPackSubtitle ? '' : options.subtitle.trim();
  const sections: PackSection[] = [];
  for (const topic of topics) {
    const chosen = facts.filter((fact) => fact.topic === topic.id);
    if (chosen.length === 0) continue;
    sections.push({
      anchor: `section-${topic.id}`,
      topic: topic.id,
      label: t(topicKey(topic.id)),
      ...(blurbFits(topic.id, chosen, library) ? { description: t(topicDescriptionKey(topic.id)) } : {}),
      cards: chosen.map((fact) => packCard(fact, library.user, options, translator)),
    });
  }
  const citedSourceIds = new Set<string>();
  for (const fact of facts) {
    if (fact.sourceId) citedSourceIds.add(fact.sourceId);
    for (const attribution of fact.attributions ?? []) citedSourceIds.add(attribution.sourceId);
  }
  return {
    paper: options.paper,
    language,
    cover: {
      title: title || t('pack.defaultTitle'),
      subtitle: subtitle || (title ? '' : t('pack.defaultSubtitle')),
      author: options.author.trim(),
      exportedAt,
      dateLabel: formatPackDate(exportedAt, language),
      selectionLabel: describeSelection(selection, facts.length, translator),
      ...(asOf ? { asOf } : {}),
    },
    options: {
      includeNotes: options.includeNotes,
      includeHighlights: options.includeHighlights,
      includeSources: options.includeSources,
    },
    keyFigures: pickKeyFigures(facts, 8),
    sections,
    sources: options.includeSources
      ? [
          ...library.sources.filter((source) => citedSourceIds.has(source.id)),
          // sources: the imported articles the chosen cards cite, after the shipped ones.
          ...(library.user.sources ?? []).filter((source) => citedSourceIds.has(source.id)).map(packSourceOf),
        ]
      : [],
    cardCount: facts.length,
  };
}
