import { useCallback, useEffect, useState } from 'react';
import type { ThemeChoice } from '../../../../shared/schema/database';
import type { BriefingService } from '../../../../shared/service';
import { followTheme } from '../../ui/theme';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { useT } from '../../i18n';

const spoken: Record<ThemeChoice, MessageKey> = {
  system: 'theme.spoken.system',
  light: 'theme.spoken.light',
  dark: 'theme.spoken.dark',
};

/**
 * The theme override (system, light or dark), applied by ui/theme.ts and saved in the settings,
 * so the next start opens in the same theme; a failed save keeps the choice for this session.
 */
export function useTheme(
  saved: ThemeChoice | undefined,
  service: Pick<BriefingService, 'updateSettings'>,
  announce: (text: string) => void,
): [ThemeChoice, (theme: ThemeChoice) => void] {
  const t = useT();
  const [theme, setTheme] = useState<ThemeChoice>(saved ?? 'system');
  useEffect(() => followTheme(theme), [theme]);
  const choose = useCallback(
    (next: ThemeChoice) => {
      setTheme(next);
      announce(t(spoken[next]));
      service.updateSettings({ theme: next }).catch(() => undefined);
    },
    [service, announce, t],
  );
  return [theme, choose];
}
