import type { ReactNode } from 'react';
import type { FieldAria, FigureRow, PersonRow } from './cardFormModel';

interface RowField<Row> {
  part: keyof Row & string;
  label: string;
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
  legend: string;
  hint: string;
  /** "figure", "person": names the add and remove buttons. */
  noun: string;
  itemLabel: (number: number) => string;
  fields: RowField<Row>[];
  max: number;
}

/** A list of small records the user can add to and remove from, each field checked on its own. */
function RepeatableRows<Row extends { key: string }>(props: RepeatableRowsProps<Row>) {
  const { rows, group, legend, hint, noun, fields, max, aria, idOf, errorText } = props;
  const hintId = `${idOf(group)}-hint`;
  return (
    <fieldset className="form-rows" id={idOf(group)} aria-describedby={hintId}>
      <legend>
        {legend} <span className="form-optional">optional</span>
      </legend>
      <p className="form-hint" id={hintId}>
        {hint}
      </p>
      {rows.length > 0 && (
        <ol className="form-row-list">
          {rows.map((row, index) => (
            <li key={row.key} className="form-row" role="group" aria-label={props.itemLabel(index + 1)}>
              {fields.map((field) => {
                const path = `${group}.${index}.${field.part}`;
                return (
                  <div key={field.part} className={`form-field${field.wide ? ' is-wide' : ''}`}>
                    <label htmlFor={idOf(path)}>{field.label}</label>
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
                aria-label={`Remove ${noun}`}
                title={`Remove this ${noun}`}
                onClick={() => props.onRemove(row.key)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {errorText(group)}
      {rows.length < max ? (
        <button type="button" className="button form-row-add" id={props.addButtonId} onClick={props.onAdd}>
          Add {noun}
        </button>
      ) : (
        <p className="form-hint" id={props.addButtonId} tabIndex={-1}>
          A card holds at most {max} {legend.toLowerCase()}.
        </p>
      )}
    </fieldset>
  );
}

const figureFields: RowField<FigureRow>[] = [
  { part: 'display', label: 'Figure value', placeholder: 'USD 4 billion' },
  { part: 'measures', label: 'What it measures', placeholder: 'Projected bilateral trade volume', wide: true },
];

const personFields: RowField<PersonRow>[] = [
  { part: 'name', label: 'Name', placeholder: 'Kassym-Jomart Tokayev' },
  { part: 'role', label: 'Role', placeholder: 'President of Kazakhstan', wide: true },
];

export function FigureRows(props: RowsProps<FigureRow>) {
  return (
    <RepeatableRows
      {...props}
      group="figures"
      legend="Figures"
      hint="Numbers to set large on the card, each with what it measures."
      noun="figure"
      itemLabel={(number) => `Figure ${number}`}
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
      legend="People"
      hint="Who the card is about, and who they are."
      noun="person"
      itemLabel={(number) => `Person ${number}`}
      fields={personFields}
      max={20}
    />
  );
}
