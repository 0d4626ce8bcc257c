import { useId } from 'react';
import type { CollectionScope } from '../../../../shared/sources/collectionScope';
import { useT } from '../../i18n';
import './collectionScope.css';

interface CollectionScopeSelectProps {
  collections: CollectionScope;
  /** undefined: every collection. */
  onChoose: (collectionId: string | undefined) => void;
}

const all = '';

/**
 * sources (issue 17): limits the library, search, export, briefs and study to one collection. Shown only when the
 * user has a collection besides the shipped summit's.
 */
export function CollectionScopeSelect({ collections, onChoose }: CollectionScopeSelectProps) {
  const t = useT();
  const id = useId();
  if (collections.collections.length < 2) return null;
  return (
    <div className="collection-scope">
      <label className="collection-scope-label" htmlFor={id}>
        {t('collections.scope.label')}
      </label>
      <select
        id={id}
        className="collection-scope-select"
        value={collections.scope?.id ?? all}
        onChange={(event) => onChoose(event.target.value === all ? undefined : event.target.value)}
      >
        <option value={all}>{t('collections.scope.all')}</option>
        {collections.collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Under the view's title while a scope is set, so nobody mistakes a limited view for the whole library. */
export function CollectionScopeNote({ collections, onChoose }: CollectionScopeSelectProps) {
  const t = useT();
  if (!collections.scope) return null;
  return (
    <p className="collection-scope-note">
      <span className="collection-scope-badge">{t('collections.scope.limited', { name: collections.scope.name })}</span>
      <button type="button" className="link-button" onClick={() => onChoose(undefined)}>
        {t('collections.scope.showAll')}
      </button>
    </p>
  );
}
