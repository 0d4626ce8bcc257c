import { useCallback, useEffect, useState } from 'react';
import type { ThemeChoice } from '../../../../shared/schema/database';
import type { BriefingService } from '../../../../shared/service';

const spoken: Record<ThemeChoice, string> = {
  system: 'The theme follows the system.',
  light: 'Light theme.',
  dark: 'Dark theme.',
};

/**
 * The theme override: "system" leaves the colours to prefers-color-scheme, "light" and "dark"
 * set data-theme on the root element, which tokens.css reads. Saved in the settings, so the next
 * start opens in the same theme; a failed save keeps the choice for this session.
 */
export function useTheme(
  saved: ThemeChoice | undefined,
  service: Pick<BriefingService, 'updateSettings'>,
  announce: (text: string) => void,
): [ThemeChoice, (theme: ThemeChoice) => void] {
  const [theme, setTheme] = useState<ThemeChoice>(saved ?? 'system');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  const choose = useCallback(
    (next: ThemeChoice) => {
      setTheme(next);
      announce(spoken[next]);
      service.updateSettings({ theme: next }).catch(() => undefined);
    },
    [service, announce],
  );
  return [theme, choose];
}
