import { useT } from '../../i18n';

interface StarButtonProps {
  starred: boolean;
  onToggle: () => void;
  /** Shows the words beside the icon, for the detail view where there is room. */
  withText?: boolean;
}

export function StarButton({ starred, onToggle, withText = false }: StarButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className={`star-button${starred ? ' is-starred' : ''}${withText ? ' with-text' : ''}`}
      aria-pressed={starred}
      aria-label={t('star.label')}
      title={starred ? t('star.title.on') : t('star.title.off')}
      onClick={onToggle}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M12 3.2l2.63 5.5 6.02.74-4.44 4.16 1.14 5.97L12 16.66l-5.35 2.91 1.14-5.97-4.44-4.16 6.02-.74z" />
      </svg>
      {withText && <span aria-hidden="true">{starred ? t('star.on') : t('star.off')}</span>}
    </button>
  );
}
