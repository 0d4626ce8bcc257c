import { useId } from 'react';
import type { Collection } from '../../../../shared/sources';
import { useT } from '../../i18n';
import type { MessageKey } from '../../../../shared/i18n/catalogues';

export interface SourceFieldValues {
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
  collectionId: string;
}

type TextField = Exclude<keyof SourceFieldValues, 'collectionId'>;

const textFields: ReadonlyArray<{ field: TextField; label: MessageKey; hint?: MessageKey; type?: string }> = [
  { field: 'title', label: 'sources.import.field.title' },
  { field: 'outlet', label: 'sources.import.field.outlet' },
  { field: 'author', label: 'sources.import.field.author' },
  { field: 'date', label: 'sources.import.field.date', hint: 'sources.import.field.dateHint' },
  { field: 'url', label: 'sources.import.field.url', hint: 'sources.import.field.urlHint', type: 'url' },
];

interface SourceFieldsProps {
  values: SourceFieldValues;
  collections: readonly Collection[];
  onChange: (values: SourceFieldValues) => void;
}

/** The details a source is saved with, suggested by the article and confirmed by the user. */
export function SourceFields({ values, collections, onChange }: SourceFieldsProps) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="source-fields">
      <legend>{t('sources.import.details')}</legend>
      <p className="form-hint">{t('sources.import.detailsHint')}</p>
      <div className="source-fields-grid">
        {textFields.map(({ field, label, hint, type }) => (
          <div key={field} className={`form-field source-field-${field}`}>
            <label htmlFor={`${id}-${field}`}>{t(label)}</label>
            {hint && (
              <p className="form-hint" id={`${id}-${field}-hint`}>
                {t(hint)}
              </p>
            )}
            <input
              id={`${id}-${field}`}
              type={type ?? 'text'}
              autoComplete="off"
              aria-describedby={hint ? `${id}-${field}-hint` : undefined}
              value={values[field]}
              onChange={(event) => onChange({ ...values, [field]: event.target.value })}
            />
          </div>
        ))}
        <div className="form-field source-field-collection">
          <label htmlFor={`${id}-collection`}>{t('sources.import.field.collection')}</label>
          <select
            id={`${id}-collection`}
            value={values.collectionId}
            onChange={(event) => onChange({ ...values, collectionId: event.target.value })}
          >
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
