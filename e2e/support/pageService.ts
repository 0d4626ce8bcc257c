import type { Page } from '@playwright/test';
import { createService, type BriefingService } from '../../src/shared/service';

/**
 * The typed service over the page's own `window.briefing`: the same bridge the app's window uses,
 * so a spec that sets data up through it sends exactly what the window would. The page side is
 * outside this program's types (it runs in the browser), so it checks what it finds rather than
 * asserting it; the envelope that comes back is checked by the service like any other.
 */
export function pageService(page: Page): BriefingService {
  return createService((name, request) =>
    page.evaluate(
      ([channel, payload]) => {
        const bridge: unknown = Reflect.get(globalThis, 'briefing');
        if (typeof bridge !== 'object' || bridge === null) throw new Error('The page has no window.briefing.');
        const call: unknown = Reflect.get(bridge, channel);
        if (typeof call !== 'function') throw new Error(`window.briefing has no "${channel}".`);
        const answer: unknown = Reflect.apply(call, bridge, [payload]);
        return answer;
      },
      [name, request] as const,
    ),
  );
}
