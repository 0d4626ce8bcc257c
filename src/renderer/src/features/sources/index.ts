// The sources feature's public face: other features import these, never the files behind them.
export { SourceReader, type SourceReaderProps } from './SourceReader';
export { SourceOverlays } from './SourceOverlays';
export { ParagraphLinks } from './ParagraphLinks';
export type { SourceCardStart } from './sourceCardDraft';
export { collectionContentsText } from './collectionContentsText';
