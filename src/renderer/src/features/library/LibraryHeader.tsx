import type { ReactNode } from 'react';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import type { SaveStatus } from '../../store/libraryStore';

interface LibraryHeaderProps {
  search: ReactNode;
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
  save,
  readOnlyReason,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onNewCard,
  onExport,
}: LibraryHeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="30" height="30" rx="7" />
          <path d="M10 9h12M10 14h12M10 19h7" />
        </svg>
        <div>
          <p className="brand-name">Summit Briefing</p>
          <p className="brand-context">Kazakhstan – Republic of Korea · Seoul, August 2021</p>
        </div>
      </div>
      {search}
      <div className="header-actions">
        <SaveStatusIndicator status={save} />
        <button
          type="button"
          className="button button-quiet"
          onClick={onUndo}
          aria-disabled={!canUndo}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={onRedo}
          aria-disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={readOnlyReason ? undefined : onNewCard}
          aria-disabled={readOnlyReason ? true : undefined}
          title={readOnlyReason ? `Read-only: ${readOnlyReason}` : undefined}
        >
          New card
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export
        </button>
      </div>
    </header>
  );
}
