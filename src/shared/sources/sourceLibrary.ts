import { z } from 'zod';
import { BriefingError } from '../errors';
import { idSchema } from '../schema/fact';
import { collectionNameSchema, collectionSchema, shippedCollectionId, type Collection } from './collections';
import { sourceRecordSchema, type SourceRecord } from './sourceRecord';

/**
 * Everything the store may do to sources and collections. There is deliberately no "update source": a source's
 * text, paragraphs and details are what was confirmed at import, and a corrected article is imported as a new
 * source that `supersedes` the old one.
 */
export const sourceCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('import-source'), source: sourceRecordSchema }).strict(),
  z.object({ kind: z.literal('remove-source'), sourceId: idSchema }).strict(),
  z.object({ kind: z.literal('create-collection'), collection: collectionSchema }).strict(),
  z.object({ kind: z.literal('rename-collection'), collectionId: idSchema, name: collectionNameSchema }).strict(),
  z.object({ kind: z.literal('remove-collection'), collectionId: idSchema }).strict(),
]);

export type SourceCommand = z.infer<typeof sourceCommandSchema>;

export interface SourceLibrary {
  readonly collections: readonly Collection[];
  readonly sources: readonly SourceRecord[];
}

/** What the rest of the database says about sources and collections; the store supplies it. */
export interface SourceLibraryContext {
  /** Ids of every other record (cards, notes, tags…): ids are unique across kinds. */
  otherIds: ReadonlySet<string>;
  /** Sources some card cites or quotes. */
  citedSourceIds: ReadonlySet<string>;
  /** Collections some card belongs to. */
  usedCollectionIds: ReadonlySet<string>;
}

function refused(message: string, code: 'invalid-request' | 'not-found' = 'invalid-request'): BriefingError {
  return new BriefingError({ code, message: `${message} Nothing was changed.` });
}

/** Two collection names are the same whatever their case ("Astana" and "ASTANA"); accents still tell them apart. */
export function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** The source that no other supersedes, following the versions from `source` on. */
export function newestVersion(sources: readonly SourceRecord[], source: SourceRecord): SourceRecord {
  let newest = source;
  const seen = new Set([source.id]);
  for (;;) {
    const newer = sources.find((item) => item.supersedes === newest.id);
    if (!newer || seen.has(newer.id)) return newest;
    seen.add(newer.id);
    newest = newer;
  }
}

/**
 * The library after one command, as a new object (the old one is untouched, so undo can keep it whole).
 *
 * @throws BriefingError `invalid-request` or `not-found` with the reason; the library is then unchanged.
 */
export function applySourceCommand(
  library: SourceLibrary,
  command: SourceCommand,
  context: SourceLibraryContext,
): SourceLibrary {
  const idTaken = (id: string) =>
    context.otherIds.has(id) ||
    library.sources.some((source) => source.id === id) ||
    library.collections.some((collection) => collection.id === id);
  const collection = (id: string) => {
    const found = library.collections.find((item) => item.id === id);
    if (!found) throw refused('That collection no longer exists.', 'not-found');
    return found;
  };
  const nameTaken = (name: string, except?: string) =>
    library.collections.some((item) => item.id !== except && sameName(item.name, name));

  switch (command.kind) {
    case 'import-source': {
      const { source } = command;
      if (idTaken(source.id)) throw refused(`The id "${source.id}" is already in use.`);
      collection(source.collectionId);
      const twin = library.sources.find(
        (item) => item.collectionId === source.collectionId && item.checksum === source.checksum,
      );
      if (twin) throw refused(`This collection already holds this exact text, as “${twin.title}”.`);
      if (source.supersedes) {
        const replaced = library.sources.find((item) => item.id === source.supersedes);
        if (!replaced) throw refused('The source this one is a new version of no longer exists.', 'not-found');
        if (replaced.collectionId !== source.collectionId) {
          throw refused(`A new version belongs in the collection of the article it replaces, “${replaced.title}”.`);
        }
        const newest = newestVersion(library.sources, replaced);
        if (newest !== replaced) {
          throw refused(
            `“${replaced.title}” already has a newer version, “${newest.title}”; import this one as a new version of that.`,
          );
        }
      }
      return { ...library, sources: [...library.sources, source] };
    }
    case 'remove-source': {
      const source = library.sources.find((item) => item.id === command.sourceId);
      if (!source) throw refused('That source no longer exists.', 'not-found');
      if (source.origin.kind === 'shipped') throw refused('The article shipped with the app cannot be removed.');
      if (context.citedSourceIds.has(source.id)) {
        throw refused(`Cards cite “${source.title}”; delete or change them first.`);
      }
      const newer = library.sources.find((item) => item.supersedes === source.id);
      if (newer) throw refused(`“${newer.title}” is a newer version of “${source.title}” and points at it.`);
      return { ...library, sources: library.sources.filter((item) => item !== source) };
    }
    case 'create-collection': {
      const created = command.collection;
      if (idTaken(created.id)) throw refused(`The id "${created.id}" is already in use.`);
      if (nameTaken(created.name)) throw refused(`There is already a collection called “${created.name}”.`);
      return { ...library, collections: [...library.collections, created] };
    }
    case 'rename-collection': {
      const renamed = collection(command.collectionId);
      if (nameTaken(command.name, renamed.id)) throw refused(`There is already a collection called “${command.name}”.`);
      const next = collectionSchema.parse({ ...renamed, name: command.name });
      return { ...library, collections: library.collections.map((item) => (item === renamed ? next : item)) };
    }
    case 'remove-collection': {
      const removed = collection(command.collectionId);
      if (removed.id === shippedCollectionId) throw refused('The shipped summit’s collection cannot be removed.');
      if (
        library.sources.some((source) => source.collectionId === removed.id) ||
        context.usedCollectionIds.has(removed.id)
      ) {
        throw refused(`“${removed.name}” still holds sources or cards; move or delete them first.`);
      }
      return { ...library, collections: library.collections.filter((item) => item !== removed) };
    }
  }
}
