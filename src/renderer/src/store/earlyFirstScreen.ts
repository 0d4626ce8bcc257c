import type { BriefingService, Responses } from '../../../shared/service';
import { firstScreenCards } from './firstScreenSize';

type FirstScreen = Responses['getFirstScreen'];

let early: { service: BriefingService; answer: Promise<FirstScreen> } | undefined;

/** As many cards as this window shows first (60 where there is no window, as in a test DOM). */
export function firstScreenLimit(): number {
  return typeof window === 'undefined' ? 60 : firstScreenCards(window.innerWidth, window.innerHeight);
}

/**
 * Asks for the first screen as the scripts start, before React's first render: asked from the library's first effect
 * instead, the request left a render and a frame later (about 20 ms of the seed's start budget of 300).
 */
export function askFirstScreenEarly(service: BriefingService): void {
  const answer = service.getFirstScreen({ limit: firstScreenLimit() });
  // Whoever takes it handles its failure; until then it must not count as unhandled.
  answer.catch(() => undefined);
  early = { service, answer };
}

/** The answer asked for early, once, and only by the service it was asked of; undefined otherwise. */
export function takeEarlyFirstScreen(service: BriefingService): Promise<FirstScreen> | undefined {
  if (early?.service !== service) return undefined;
  const { answer } = early;
  early = undefined;
  return answer;
}
