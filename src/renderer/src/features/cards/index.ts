// The cards feature's public face: other features import these, never the files behind them.
import { preloadable } from '../../ui/preloadable';
import type { CardDetailProps } from './CardDetail';

export { AsOfNote } from './AsOfNote';
export { CardGrid } from './CardGrid';
export type { CardAnnotations } from './FactCard';

// The card's detail (notes with their Markdown, highlights, tags) is its own chunk: the start paints only the grid,
// and the library preloads it once the first cards are painted, so opening a card does not wait for it.
export const CardDetailChunk = preloadable<CardDetailProps>(() =>
  import('./CardDetail').then((module) => module.CardDetail),
);
