import { useId } from 'react';
import type { Collection, SourceRecord } from '../../../../shared/sources';
import { useT } from '../../i18n';
import type { MessageKey } from '../../../../shared/i18n/catalogues';

export interface SourceFieldValues {
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
  collectionId: string;
  /** The source this is a new version of, or '' for none. */
  supersedes: string;
}

type TextField = Exclude<keyof SourceFieldValues, 'collectionId' | 'supersedes'>;

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
  /** Every source in the library: the collection's that no other supersedes are offered as the one replaced. */
  sources: readonly SourceRecord[];
  onChange: (values: SourceFieldValues) => void;
}

/** The sources a new one may replace: in its collection, each the newest of its versions. */
export function replaceableSources(sources: readonly SourceRecord[], collectionId: string): SourceRecord[] {
  return sources.filter(
    (source) => source.collectionId === collectionId && !sources.some((other) => other.supersedes === source.id),
  );
}

/** The details a source is saved with, suggested by the article and confirmed by the user. */
export function SourceFields({ values, collections, sources, onChange }: SourceFieldsProps) {
  const t = useT();
  const id = useId();
  const replaceable = replaceableSources(sources, values.collectionId);
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
            onChange={(event) => {
              const collectionId = event.target.value;
              // A new version is in the collection of the article it replaces: another collection offers others.
              const kept = replaceableSources(sources, collectionId).some((source) => source.id === values.supersedes);
              onChange({ ...values, collectionId, supersedes: kept ? values.supersedes : '' });
            }}
          >
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field source-field-supersedes">
          <label htmlFor={`${id}-supersedes`}>{t('versions.import.field')}</label>
          <p className="form-hint" id={`${id}-supersedes-hint`}>
            {t('versions.import.hint')}
          </p>
          <select
            id={`${id}-supersedes`}
            aria-describedby={`${id}-supersedes-hint`}
            value={values.supersedes}
            onChange={(event) => onChange({ ...values, supersedes: event.target.value })}
          >
            <option value="">{t('versions.import.none')}</option>
            {replaceable.map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
