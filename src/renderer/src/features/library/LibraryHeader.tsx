import type { ReactNode } from 'react';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import type { SaveStatus } from '../../store/libraryStore';
import { useT } from '../../i18n';
import { localReason } from '../../i18n/errorText';

interface LibraryHeaderProps {
  search: ReactNode;
  /** The language menu: the window switches at once. */
  language: ReactNode;
  save: SaveStatus;
  /** Set when nothing can be changed: "New card" says why instead of opening a form that cannot be saved. */
  readOnlyReason?: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onNewCard: () => void;
  onExport: () => void;
}

/** The window's header: the brand, the search box, how saving is going, undo and redo, and the main actions. */
export function LibraryHeader({
  search,
  language,
  save,
  readOnlyReason,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onNewCard,
  onExport,
}: LibraryHeaderProps) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="30" height="30" rx="7" />
          <path d="M10 9h12M10 14h12M10 19h7" />
        </svg>
        <div>
          <p className="brand-name">{t('app.name')}</p>
          <p className="brand-context">{t('app.context')}</p>
        </div>
      </div>
      {search}
      <div className="header-actions">
        <SaveStatusIndicator status={save} />
        {language}
        <button
          type="button"
          className="button button-quiet"
          onClick={onUndo}
          aria-disabled={!canUndo}
          title={t('header.undo.title')}
        >
          {t('header.undo')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={onRedo}
          aria-disabled={!canRedo}
          title={t('header.redo.title')}
        >
          {t('header.redo')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={readOnlyReason ? undefined : onNewCard}
          aria-disabled={readOnlyReason ? true : undefined}
          title={readOnlyReason ? t('header.readOnly', { reason: localReason(readOnlyReason, t) }) : undefined}
        >
          {t('header.newCard')}
        </button>
        <button type="button" className="button" onClick={onExport}>
          {t('header.export')}
        </button>
      </div>
    </header>
  );
}
