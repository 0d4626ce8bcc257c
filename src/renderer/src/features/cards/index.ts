// The cards feature's public face: other features import these, never the files behind them.
export { AsOfNote } from './AsOfNote';
export { CardDetail } from './CardDetail';
export { CardGrid } from './CardGrid';
export type { CardAnnotations } from './FactCard';
