import type { FactsAsOf } from '../../../../shared/citation';
import './asOf.css';
import { asOfText } from '../../../../shared/i18n/citationText';
import { useTranslator } from '../../i18n';

interface AsOfNoteProps {
  asOf: FactsAsOf;
  /** `header`: one quiet line under a page heading; `card`: a block in a card's detail. */
  placement: 'header' | 'card';
}

/** Says when the facts stand true, in the voice of a caveat: the reader must know later events are not covered. */
export function AsOfNote({ asOf: english, placement }: AsOfNoteProps) {
  const asOf = asOfText(english, useTranslator());
  return (
    <aside className={`as-of as-of-${placement}`} aria-label={asOf.heading}>
      <p className="as-of-label">{asOf.heading}</p>
      <p className="as-of-text">{asOf.note}</p>
    </aside>
  );
}
