// Sources' pure core: source and collection records, paragraphing, checksums, card quotes with W3C selectors into a
// source, and offline fact suggestions. It runs in the main process, the renderer and tests. See README.md here.
export {
  sourceOriginKinds,
  sourceFileMaxBytes,
  sourceTextMaxLength,
  sourceParagraphsMax,
  sourceOriginSchema,
  sourceRecordSchema,
  sourceMetadataSchema,
  paragraphingSchema,
  type SourceOriginKind,
  type SourceOrigin,
  type SourceRecord,
  type SourceMetadata,
} from './sourceRecord';
export {
  collectionSchema,
  collectionNameSchema,
  collectionInputSchema,
  shippedCollectionId,
  shippedCollection,
  type Collection,
  type CollectionInput,
} from './collections';
export { bytesChecksum, textChecksum } from './checksum';
export {
  paragraphRules,
  paragraphRuleVersion,
  paragraphsByRule,
  type ParagraphRule,
} from './paragraphs/paragraphRules';
export {
  paragraphSchema,
  paragraphRoles,
  paragraphDisplay,
  paragraphProblem,
  type Paragraph,
  type ParagraphRole,
  type TextSpan,
} from './paragraphs/paragraphSpans';
export { chooseTextRule, plainTextParagraphs, type PlainTextRule } from './paragraphs/plainTextParagraphs';
export { markdownParagraphs } from './paragraphs/markdownParagraphs';
export {
  sourceDraftSchema,
  suggestedMetadataSchema,
  draftFromText,
  withRule,
  createSourceRecord,
  type SourceDraft,
  type SuggestedMetadata,
  type NewSourceIds,
} from './sourceDraft';
export { pastedTextSchema, pastedTextDraft } from './pastedText';
export { shippedSourceRecord } from './shippedSource';
export {
  sourceCommandSchema,
  applySourceCommand,
  newestVersion,
  type SourceCommand,
  type SourceLibrary,
  type SourceLibraryContext,
} from './sourceLibrary';
export {
  readingView,
  readingOffset,
  paragraphsOfRange,
  sourceStretches,
  readingSeparator,
  type ReadingView,
  type ReadingParagraph,
  type ParagraphedText,
} from './readingView';
export {
  quoteMaxWords,
  sourceQuoteSchema,
  quoteFromSelection,
  reanchorQuote,
  cardDraftFromQuote,
  type SourceQuote,
  type ReanchoredQuote,
  type CardDraftFromQuote,
} from './sourceQuote';
export {
  suggestionKinds,
  factSuggestionSchema,
  figureDraftSchema,
  suggestFacts,
  type FactSuggestion,
  type FigureDraft,
  type SuggestionKind,
} from './suggestions/suggestFacts';
export { sourceSuggestionSchema, suggestionsForSource, type SourceSuggestion } from './sourceSuggestions';
export { cardCollectionId, sourceCollections } from './cardCollection';
export {
  planCarry,
  ownCardsCiting,
  carryPlanSummary,
  carryPlanSummarySchema,
  carryStayReasonSchema,
  type CarryPlan,
  type CarryMove,
  type CarryStay,
  type CarryStayReason,
  type CarryPlanSummary,
} from './carryCards';
