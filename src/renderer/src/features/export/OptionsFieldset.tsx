import { useId } from 'react';
import type { ExportOptions, PaperSize } from '../../../../shared/export/exportSchemas';
import { paperSizes } from '../../../../shared/export/exportSchemas';

interface OptionsFieldsetProps {
  options: ExportOptions;
  onChange: (patch: Partial<ExportOptions>) => void;
}

const toggles: { key: 'includeNotes' | 'includeHighlights' | 'includeSources'; label: string }[] = [
  { key: 'includeNotes', label: 'Include notes' },
  { key: 'includeHighlights', label: 'Include highlights' },
  { key: 'includeSources', label: 'Include sources and caveats' },
];

const paperLabels: Record<PaperSize, string> = { A4: 'A4', Letter: 'Letter' };

export function OptionsFieldset({ options, onChange }: OptionsFieldsetProps) {
  const paperName = useId();
  const titleId = useId();
  const subtitleId = useId();
  const authorId = useId();
  return (
    <>
      <fieldset className="export-fieldset">
        <legend className="export-legend">Options</legend>
        {toggles.map(({ key, label }) => (
          <label key={key} className="export-check">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => onChange({ [key]: event.target.checked })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-fieldset export-paper">
        <legend className="export-legend">Paper size</legend>
        {paperSizes.map((paper) => (
          <label key={paper} className="export-choice">
            <input
              type="radio"
              name={paperName}
              checked={options.paper === paper}
              onChange={() => onChange({ paper })}
            />
            <span>{paperLabels[paper]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-fieldset">
        <legend className="export-legend">Cover</legend>
        <label className="export-field" htmlFor={titleId}>
          Title
        </label>
        <input
          id={titleId}
          className="export-input"
          maxLength={140}
          value={options.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <label className="export-field" htmlFor={subtitleId}>
          Subtitle
        </label>
        <input
          id={subtitleId}
          className="export-input"
          maxLength={200}
          value={options.subtitle}
          onChange={(event) => onChange({ subtitle: event.target.value })}
        />
        <label className="export-field" htmlFor={authorId}>
          Author or delegation
        </label>
        <input
          id={authorId}
          className="export-input"
          maxLength={120}
          value={options.author}
          onChange={(event) => onChange({ author: event.target.value })}
        />
      </fieldset>
    </>
  );
}
