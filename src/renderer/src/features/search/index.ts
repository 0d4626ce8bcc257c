// The search feature's public face (the pure search itself is src/shared/search).
export { MarkedText } from './MarkedText';
export { useCardSearch, type SearchResults } from './useCardSearch';
