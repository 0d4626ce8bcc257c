import type { Tag } from '../../../../shared/schema/annotations';
import './tags.css';
import { useT } from '../../i18n';

interface TagChipProps {
  tag: Pick<Tag, 'name' | 'color'>;
  /** When given, the chip carries a small button that takes the tag off. */
  onRemove?: () => void;
}

/** A tag as a small coloured label: on cards as a badge, in the tag picker with a remove button. */
export function TagChip({ tag, onRemove }: TagChipProps) {
  const t = useT();
  return (
    <span className={`tag-chip${onRemove ? ' is-removable' : ''}`} data-tag-color={tag.color}>
      <span className="tag-chip-dot" aria-hidden="true" />
      <span className="tag-chip-name">{tag.name}</span>
      {onRemove && (
        <button
          type="button"
          className="tag-chip-remove"
          aria-label={t('tags.removeOne', { name: tag.name })}
          title={t('tags.removeOne.title', { name: tag.name })}
          onClick={onRemove}
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      )}
    </span>
  );
}
