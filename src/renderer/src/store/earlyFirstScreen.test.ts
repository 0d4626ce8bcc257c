import { describe, expect, it, vi } from 'vitest';
import type { BriefingService } from '../../../shared/service';
import { askFirstScreenEarly, takeEarlyFirstScreen } from './earlyFirstScreen';

const answer = { cards: [] };
function service(getFirstScreen = vi.fn(() => Promise.resolve(answer))) {
  return { getFirstScreen } as unknown as BriefingService & { getFirstScreen: typeof getFirstScreen };
}

describe('the first screen asked for early', () => {
  it('is asked once, and taken once, by the service it was asked of', async () => {
    const window = service();
    askFirstScreenEarly(window);
    expect(window.getFirstScreen).toHaveBeenCalledTimes(1);
    expect(takeEarlyFirstScreen(service())).toBeUndefined();
    await expect(takeEarlyFirstScreen(window)).resolves.toBe(answer);
    // A reload after that asks again.
    expect(takeEarlyFirstScreen(window)).toBeUndefined();
  });

  it('keeps a failure for whoever takes it, and is not an unhandled rejection meanwhile', async () => {
    const failing = service(vi.fn(() => Promise.reject(new Error('the main process is gone'))));
    askFirstScreenEarly(failing);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeEarlyFirstScreen(failing)).rejects.toThrow('the main process is gone');
  });
});
