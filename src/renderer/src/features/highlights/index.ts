// The highlights feature's public face: other features import these, never the files behind them.
export { HighlightableText, type HighlightableTextProps } from './HighlightableText';
// sources: the reader follows a selection the same way the card text does.
export { useTextSelection, type FloatPosition } from './useTextSelection';
