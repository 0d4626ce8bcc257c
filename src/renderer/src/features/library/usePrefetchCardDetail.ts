import { useEffect } from 'react';
import { CardDetailChunk } from '../cards';

/**
 * The card detail is not part of the start's scripts (see features/cards/index.ts). Once the library has painted and
 * the page is idle, its chunk is fetched (a failure here is retried when a card is opened), so the first card a user opens does not wait for its code.
 */
export function usePrefetchCardDetail(): void {
  useEffect(() => {
    const fetchIt = () => void CardDetailChunk.preload().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(fetchIt, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(fetchIt, 500);
    return () => clearTimeout(timer);
  }, []);
}
