import type { Ref } from 'react';
import type { HighlightColor } from '../../../../shared/schema/annotations';
import { colorLabel, highlightColors } from './highlightColors';
import type { FloatPosition } from './useTextSelection';
import { useT } from '../../i18n';

interface SelectionToolbarProps {
  toolbarRef: Ref<HTMLDivElement>;
  position: FloatPosition;
  busy: boolean;
  onHighlight: (color: HighlightColor) => void;
  onComment: () => void;
}

/** The small bar that floats under a selection in the card text. */
export function SelectionToolbar({ toolbarRef, position, busy, onHighlight, onComment }: SelectionToolbarProps) {
  const t = useT();
  return (
    <div
      ref={toolbarRef}
      className="highlight-toolbar"
      role="toolbar"
      aria-label={t('highlights.toolbar')}
      style={{ top: position.top, left: position.left }}
      // Keeps the selection alive while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {highlightColors.map((color) => (
        <button
          key={color}
          type="button"
          className="highlight-swatch"
          data-highlight-color={color}
          aria-label={t('highlights.inColour', { colour: colorLabel(color, t) })}
          title={t('highlights.inColour', { colour: colorLabel(color, t) })}
          disabled={busy}
          onClick={() => onHighlight(color)}
        />
      ))}
      <span className="highlight-toolbar-rule" aria-hidden="true" />
      <button type="button" className="highlight-toolbar-text" disabled={busy} onClick={onComment}>
        {t('highlights.commentButton')}
      </button>
    </div>
  );
}
