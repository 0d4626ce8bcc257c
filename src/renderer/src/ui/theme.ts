import type { ThemeChoice } from '../../../shared/schema/database';

/**
 * The one place the window's theme is decided: data-theme on the root element ("light" or
 * "dark"), which every stylesheet reads. "system" follows prefers-color-scheme, live; the
 * user's saved choice overrides it. One switch, so the dark colours are written once.
 */
let choice: ThemeChoice = 'system';
const systemDark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function apply(): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark?.matches === true);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

systemDark?.addEventListener('change', apply);

export function followTheme(next: ThemeChoice): void {
  choice = next;
  apply();
}
