import type { ReactNode } from 'react';
import { CommandButton, type Command, type CommandContext, type Platform } from '../../commands';
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
  /** The registry and its context: the header's buttons are its commands. */
  commands: readonly Command[];
  context: CommandContext;
  platform: Platform;
}

/** The header's buttons, by command id, in the order they appear. */
const headerCommands = [
  { id: 'undo', className: 'button button-quiet' },
  { id: 'redo', className: 'button button-quiet' },
  { id: 'new-card', className: 'button button-primary' },
  // briefs
  { id: 'briefs-open', className: 'button' },
  { id: 'export-pdf', className: 'button' },
] as const;

/** The window's header: the brand, the search box, how saving is going, undo and redo, and the main actions. */
export function LibraryHeader({
  search,
  language,
  save,
  readOnlyReason,
  commands,
  context,
  platform,
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
        {headerCommands.map(({ id, className }) => {
          const command = commands.find((candidate) => candidate.id === id);
          if (!command) return null;
          return (
            <CommandButton
              key={id}
              command={command}
              context={context}
              platform={platform}
              className={className}
              title={
                id === 'new-card' && readOnlyReason
                  ? t('header.readOnly', { reason: localReason(readOnlyReason, t) })
                  : undefined
              }
            />
          );
        })}
      </div>
    </header>
  );
}
