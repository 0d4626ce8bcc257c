import type { CollectionScope } from '../../../../shared/sources/collectionScope';
import { shippedCollectionId } from '../../../../shared/sources/collections';
import { useT } from '../../i18n';
import type { CardDraft, FieldAria } from './cardFormModel';

interface CardCollectionFieldProps {
  draft: CardDraft;
  collections: CollectionScope;
  aria: FieldAria;
  onChange: (collectionId: string) => void;
}

/**
 * sources (issue 17): which collection the card is in. Offered only when there is more than one; a card from a
 * source is in its source's collection, said and not chosen.
 */
export function CardCollectionField({ draft, collections, aria, onChange }: CardCollectionFieldProps) {
  const t = useT();
  if (collections.collections.length < 2) return null;
  const sourceId = draft.source?.sourceId;
  if (sourceId) {
    const id = collections.collectionOf({ sourceId });
    const name = collections.collections.find((item) => item.id === id)?.name ?? id;
    return (
      <div className="form-field">
        <span className="form-label">{t('cardForm.collection')}</span>
        <p className="form-hint own-card-collection-fixed">{t('cardForm.collection.fromSource', { name })}</p>
      </div>
    );
  }
  const field = aria('collectionId');
  return (
    <div className="form-field">
      <label htmlFor={field.id}>{t('cardForm.collection')}</label>
      <select
        {...field}
        value={draft.collectionId ?? shippedCollectionId}
        onChange={(event) => onChange(event.target.value)}
      >
        {collections.collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
    </div>
  );
}
