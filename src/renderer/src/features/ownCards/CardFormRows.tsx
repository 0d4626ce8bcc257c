import type { ReactNode } from 'react';
import type { FieldAria, FigureRow, PersonRow } from './cardFormModel';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { useT } from '../../i18n';

interface RowField<Row> {
  part: keyof Row & string;
  label: MessageKey;
  /** An example in the card's language (English): the cards are written in it. */
  placeholder: string;
  wide?: boolean;
}

interface RowsProps<Row extends { key: string }> {
  rows: Row[];
  aria: FieldAria;
  idOf: (field: string) => string;
  errorText: (field: string) => ReactNode;
  onChange: (rows: Row[]) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
  addButtonId: string;
}

interface RepeatableRowsProps<Row extends { key: string }> extends RowsProps<Row> {
  group: 'figures' | 'people';
  legend: MessageKey;
  hint: MessageKey;
  /** Names the add and remove buttons, and says the limit. */
  texts: { remove: MessageKey; removeTitle: MessageKey; add: MessageKey; limit: MessageKey; item: MessageKey };
  fields: RowField<Row>[];
  max: number;
}

/** A list of small records the user can add to and remove from, each field checked on its own. */
function RepeatableRows<Row extends { key: string }>(props: RepeatableRowsProps<Row>) {
  const { rows, group, legend, hint, texts, fields, max, aria, idOf, errorText } = props;
  const t = useT();
  const hintId = `${idOf(group)}-hint`;
  return (
    <fieldset className="form-rows" id={idOf(group)} aria-describedby={hintId}>
      <legend>
        {t(legend)} <span className="form-optional">{t('cardForm.optional')}</span>
      </legend>
      <p className="form-hint" id={hintId}>
        {t(hint)}
      </p>
      {rows.length > 0 && (
        <ol className="form-row-list">
          {rows.map((row, index) => (
            <li key={row.key} className="form-row" role="group" aria-label={t(texts.item, { number: index + 1 })}>
              {fields.map((field) => {
                const path = `${group}.${index}.${field.part}`;
                return (
                  <div key={field.part} className={`form-field${field.wide ? ' is-wide' : ''}`}>
                    <label htmlFor={idOf(path)}>{t(field.label)}</label>
                    <input
                      {...aria(path)}
                      type="text"
                      autoComplete="off"
                      placeholder={field.placeholder}
                      value={String(row[field.part])}
                      onChange={(event) =>
                        props.onChange(
                          rows.map((candidate) =>
                            candidate.key === row.key ? { ...candidate, [field.part]: event.target.value } : candidate,
                          ),
                        )
                      }
                    />
                    {errorText(path)}
                  </div>
                );
              })}
              <button
                type="button"
                className="button button-quiet form-row-remove"
                aria-label={t(texts.remove)}
                title={t(texts.removeTitle)}
                onClick={() => props.onRemove(row.key)}
              >
                {t('cardForm.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {errorText(group)}
      {rows.length < max ? (
        <button type="button" className="button form-row-add" id={props.addButtonId} onClick={props.onAdd}>
          {t(texts.add)}
        </button>
      ) : (
        <p className="form-hint" id={props.addButtonId} tabIndex={-1}>
          {t(texts.limit, { max })}
        </p>
      )}
    </fieldset>
  );
}

const figureFields: RowField<FigureRow>[] = [
  { part: 'display', label: 'cardForm.figure.value', placeholder: 'USD 4 billion' },
  { part: 'measures', label: 'cardForm.figure.measures', placeholder: 'Projected bilateral trade volume', wide: true },
];

const personFields: RowField<PersonRow>[] = [
  { part: 'name', label: 'cardForm.person.name', placeholder: 'Kassym-Jomart Tokayev' },
  { part: 'role', label: 'cardForm.person.role', placeholder: 'President of Kazakhstan', wide: true },
];

export function FigureRows(props: RowsProps<FigureRow>) {
  return (
    <RepeatableRows
      {...props}
      group="figures"
      legend="cardForm.figures"
      hint="cardForm.figures.hint"
      texts={{
        remove: 'cardForm.figure.remove',
        removeTitle: 'cardForm.figure.removeTitle',
        add: 'cardForm.figure.add',
        limit: 'cardForm.figures.limit',
        item: 'cardForm.figure.item',
      }}
      fields={figureFields}
      max={12}
    />
  );
}

export function PeopleRows(props: RowsProps<PersonRow>) {
  return (
    <RepeatableRows
      {...props}
      group="people"
      legend="cardForm.people"
      hint="cardForm.people.hint"
      texts={{
        remove: 'cardForm.person.remove',
        removeTitle: 'cardForm.person.removeTitle',
        add: 'cardForm.person.add',
        limit: 'cardForm.people.limit',
        item: 'cardForm.person.item',
      }}
      fields={personFields}
      max={20}
    />
  );
}
