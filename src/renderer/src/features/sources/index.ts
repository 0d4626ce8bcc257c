// The sources feature's public face: other features import these, never the files behind them.
export type { SourceReaderProps } from './SourceReader';
// The reader, the import form and the sources list load when one is opened (a dynamic import, so they are their own
// chunk): they bring the paragraphing, the suggestions and the quote anchoring, none of which the start needs.
export const loadSourceOverlays = () => import('./SourceOverlays');
export { ParagraphLinks } from './ParagraphLinks';
export type { SourceCardStart } from './sourceCardDraft';
export { collectionContentsText } from './collectionContentsText';
