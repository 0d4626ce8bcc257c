import type { Source } from '../schema/source';
import type { UserData } from '../schema/database';
import { shippedCollection, shippedCollectionId, type Collection } from './collections';
import { shippedSourceRecord } from './shippedSource';
import type { SourceLibrary } from './sourceLibrary';
import type { SourceRecord } from './sourceRecord';

/** The summit's collection is named as the seed's article names it, without the "(source article)" note. */
function shippedCollectionName(article: Source): string {
  return article.title.replace(/\s*\(source article\)\s*$/i, '') || article.title;
}

/** The article's own date stands for when it was "imported": it ships with the app, nobody imported it. */
function shippedAt(article: Source): string {
  const [year = '2021', month = '01', day = '01'] = (article.asOf?.iso ?? '2021').split('-');
  return `${year}-${month}-${day}T00:00:00.000Z`;
}

interface ShippedSources {
  collection: Collection;
  source: SourceRecord;
}

// The seed's sources never change while the app runs: the records are derived once per seed list.
const shippedCache = new WeakMap<readonly Source[], ShippedSources | null>();

/**
 * The shipped summit's collection and article as records, derived from the seed (never stored as user data), or
 * undefined when the seed carries no article with paragraph texts.
 */
export function shippedSources(seedSources: readonly Source[]): ShippedSources | undefined {
  const cached = shippedCache.get(seedSources);
  if (cached !== undefined) return cached ?? undefined;
  const article = seedSources.find((source) => source.kind === 'article' && source.paragraphs);
  const derived = article
    ? {
        collection: shippedCollectionOf(seedSources)!.collection,
        source: shippedSourceRecord(article, shippedAt(article)),
      }
    : null;
  shippedCache.set(seedSources, derived);
  return derived ?? undefined;
}

const shippedCollectionCache = new WeakMap<readonly Source[], { collection: Collection; sourceId: string } | null>();

/**
 * The shipped summit's collection and its article's id, without making the article's record: that means checking the
 * article's checksum (sha256 of 10 KB, about 10 ms of the window's first render), and a collection scope needs none
 * of it. The record is made when a source is opened (`shippedSources`).
 */
export function shippedCollectionOf(
  seedSources: readonly Source[],
): { collection: Collection; sourceId: string } | undefined {
  const cached = shippedCollectionCache.get(seedSources);
  if (cached !== undefined) return cached ?? undefined;
  const article = seedSources.find((source) => source.kind === 'article' && source.paragraphs);
  const derived = article
    ? { collection: shippedCollection(shippedCollectionName(article), shippedAt(article)), sourceId: article.id }
    : null;
  shippedCollectionCache.set(seedSources, derived);
  return derived ?? undefined;
}

/** Every source and collection the user can open: the shipped ones first, then those they imported and made. */
export function sourceLibraryOf(
  seedSources: readonly Source[],
  user: Pick<UserData, 'sources' | 'collections'>,
): SourceLibrary {
  const shipped = shippedSources(seedSources);
  return {
    collections: shipped ? [shipped.collection, ...user.collections] : user.collections,
    sources: shipped ? [shipped.source, ...user.sources] : user.sources,
  };
}

/** The user's part of a library the core changed: what is stored, without the shipped records. */
export function storedPartOf(library: SourceLibrary): Pick<UserData, 'sources' | 'collections'> {
  return {
    sources: library.sources.filter((source) => source.origin.kind !== 'shipped'),
    collections: library.collections.filter((collection) => collection.id !== shippedCollectionId),
  };
}
