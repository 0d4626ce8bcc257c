import { useId } from 'react';
import { tagColors, type TagColor } from '../../../../shared/schema/annotations';
import { tagColourLabels } from './tagColours';
import './tags.css';
import { useT } from '../../i18n';

interface TagColourChoiceProps {
  /** The radio group's accessible name, e.g. "Colour of tag talking point". */
  label: string;
  value: TagColor;
  onChange: (color: TagColor) => void;
}

/** Seven swatches as one native radio group: arrow keys move and choose, as in any radio group. */
export function TagColourChoice({ label, value, onChange }: TagColourChoiceProps) {
  const name = useId();
  const t = useT();
  return (
    <div className="tag-colour-choice" role="radiogroup" aria-label={label}>
      {tagColors.map((color) => (
        <label key={color} className="tag-swatch" data-tag-color={color} title={t(tagColourLabels[color])}>
          <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} />
          <span className="tag-swatch-mark" aria-hidden="true" />
          <span className="visually-hidden">{t(tagColourLabels[color])}</span>
        </label>
      ))}
    </div>
  );
}
