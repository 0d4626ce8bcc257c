import { useId } from 'react';
import { useT } from '../i18n/useT';
import { DialogCloseButton, ModalDialog } from '../ui/ModalDialog';
import type { Command, Platform } from './command';
import { shortcutLabel, shortcutsOf } from './keys';
import './commands.css';

/** Every command that has a key, grouped as the registry groups them: generated, never hand-kept. */
export function shortcutRows(commands: readonly Command[], platform: Platform) {
  return commands
    .filter((command) => shortcutsOf(command, platform).length > 0)
    .map((command) => ({
      id: command.id,
      group: command.groupLabel,
      label: command.label,
      keys: shortcutsOf(command, platform).map((shortcut) => shortcutLabel(shortcut, platform)),
    }));
}

export function ShortcutsSheet({
  commands,
  platform,
  onClose,
}: {
  commands: readonly Command[];
  platform: Platform;
  onClose: () => void;
}) {
  const titleId = useId();
  const t = useT();
  const rows = shortcutRows(commands, platform);
  const groups = [...new Set(rows.map((row) => row.group))];
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="shortcuts-sheet">
      <div className="detail-header">
        <h2 id={titleId} className="shortcuts-title">
          {t('shortcuts.title')}
        </h2>
        <DialogCloseButton label={t('shortcuts.close')} onClick={onClose} />
      </div>
      <p className="shortcuts-intro">{t('shortcuts.intro', { key: shortcutLabel('Mod+K', platform) })}</p>
      <div className="shortcuts-groups">
        {groups.map((group, groupIndex) => (
          <section key={group} aria-labelledby={`${titleId}-${groupIndex}`}>
            <h3 id={`${titleId}-${groupIndex}`} className="shortcuts-group">
              {group}
            </h3>
            <dl className="shortcuts-list">
              {rows
                .filter((row) => row.group === group)
                .map((row) => (
                  <div key={row.id} className="shortcuts-row">
                    <dt>{row.label}</dt>
                    <dd>
                      {row.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 && ` ${t('shortcuts.or')} `}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
