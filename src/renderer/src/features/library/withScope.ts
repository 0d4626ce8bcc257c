import type { Library } from '../../../../shared/contract';

/** The library with the collection scope the window chose, so every view under it reads the same scope. */
export function withScope(library: Library, scopeId: string | undefined): Library {
  if (scopeId === library.settings.collectionScope) return library;
  const { collectionScope: _previous, ...rest } = library.settings;
  return { ...library, settings: scopeId === undefined ? rest : { ...rest, collectionScope: scopeId } };
}
