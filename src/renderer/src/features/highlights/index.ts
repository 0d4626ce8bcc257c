// The highlights feature's public face: other features import these, never the files behind them.
export { HighlightableText, type HighlightableTextProps } from './HighlightableText';
