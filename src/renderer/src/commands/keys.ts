import type { Command, Platform } from './command';

export function currentPlatform(): Platform {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';
}

/** True when `event` is the key `shortcut` ("Mod+Shift+P", "?", "Escape") on `platform`. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string, platform: Platform): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = platform === 'mac' ? event.metaKey : event.ctrlKey;
  const otherMod = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (wants.has('Mod') !== mod || otherMod || wants.has('Alt') !== event.altKey) return false;
  // "?" and "/" are what the key types; Shift is part of typing "?", so it is not compared.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return event.key === key;
  if (wants.has('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

const macSymbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };

/** "⌘⇧P" on macOS, "Ctrl+Shift+P" elsewhere; "Esc" for Escape. */
export function shortcutLabel(shortcut: string, platform: Platform): string {
  const parts = shortcut.split('+').map((part) => (part === 'Escape' ? 'Esc' : part));
  if (platform === 'mac')
    return parts.map((part) => macSymbols[part] ?? (part.length === 1 ? part.toUpperCase() : part)).join('');
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part)).join('+');
}

/** Electron's accelerator for a shortcut ("Mod+Shift+E" → "CmdOrCtrl+Shift+E"), for the native menu. */
export function accelerator(shortcut: string): string {
  return shortcut.replace('Mod', 'CmdOrCtrl');
}

export function shortcutsOf(command: Pick<Command, 'shortcuts'>, platform: Platform): readonly string[] {
  return command.shortcuts?.[platform] ?? [];
}

/** A field whose own text undo Undo and Redo (and single-letter keys) must reach. */
const textInputTypes = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const field = target.closest('input, textarea, [contenteditable]');
  if (!field) return false;
  if (field instanceof HTMLInputElement) return textInputTypes.has(field.type) && !field.readOnly;
  if (field instanceof HTMLTextAreaElement) return !field.readOnly;
  return field.getAttribute('contenteditable') !== 'false';
}
