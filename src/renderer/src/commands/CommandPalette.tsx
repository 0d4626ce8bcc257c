import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Fact } from '../../../shared/schema/fact';
import { useT } from '../i18n/useT';
import { ModalDialog } from '../ui/ModalDialog';
import type { Command, CommandContext, Platform } from './command';
import { shortcutLabel, shortcutsOf } from './keys';
import { filterPalette, paletteItems, type PaletteItem } from './paletteItems';
import './commands.css';

interface CommandPaletteProps {
  commands: readonly Command[];
  facts: readonly Fact[];
  /** The context as it was when the palette opened: what the chosen command acts on. */
  context: CommandContext;
  platform: Platform;
  onClose: () => void;
  /** Runs the chosen item after the palette has closed. */
  onChoose: (item: PaletteItem) => void;
}

/** The WAI-ARIA combobox with a listbox popup: the focus stays in the field, arrows move the active option. */
export function CommandPalette({ commands, facts, context, platform, onClose, onChoose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = { title: useId(), list: useId(), option: useId() };
  const t = useT();
  const cardKeywords = t('palette.cardKeywords');
  const items = useMemo(
    () => paletteItems(commands, facts, context, cardKeywords),
    [commands, facts, context, cardKeywords],
  );
  const shown = useMemo(() => filterPalette(items, query), [items, query]);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${ids.option}-${index}`;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // After the dialog's own effect has focused the dialog: the field is where typing goes.
    queueMicrotask(() => inputRef.current?.focus());
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const move = (to: number) => {
      event.preventDefault();
      setActive(shown.length === 0 ? 0 : (to + shown.length) % shown.length);
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex - 1);
    else if (event.key === 'Home' && event.ctrlKey) move(0);
    else if (event.key === 'End' && event.ctrlKey) move(shown.length - 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      const item = shown[activeIndex];
      if (item) onChoose(item);
    }
  }

  return (
    <ModalDialog
      labelledBy={ids.title}
      onClose={onClose}
      className="command-palette"
      backdropClassName="palette-backdrop"
    >
      <h2 id={ids.title} className="visually-hidden">
        {t('palette.title')}
      </h2>
      <input
        ref={inputRef}
        className="palette-input"
        type="text"
        role="combobox"
        aria-label={t('palette.input')}
        placeholder={t('palette.placeholder')}
        aria-expanded="true"
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={ids.list} role="listbox" aria-label={t('palette.list')} className="palette-list">
        {shown.map((item, index) => {
          const keys = item.command ? shortcutsOf(item.command, platform) : [];
          return (
            <li
              key={item.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="palette-option"
              onMouseMove={() => setActive(index)}
              onClick={() => onChoose(item)}
            >
              <span className="palette-label">{item.label}</span>
              <span className="palette-meta">
                {item.kind === 'card' ? (
                  t('palette.card')
                ) : keys.length > 0 ? (
                  <kbd>{shortcutLabel(keys[0]!, platform)}</kbd>
                ) : (
                  item.command?.groupLabel
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="palette-empty" role="status">
        {shown.length === 0
          ? t('palette.nothing', { query: query.trim() })
          : t('palette.results', { count: shown.length })}
      </p>
    </ModalDialog>
  );
}
