/**
 * Briefs (issue 15): the pure core the store, the IPC contract, the commands and the UI build on.
 * The Word writer runs in the main process: `src/main/domain/briefs/briefToDocx.ts`.
 */
export * from './briefSchema';
export * from './briefInputs';
export type { BriefChange, BriefContext, BriefOutcome } from './briefCollection';
export { createBrief, deleteBrief, updateBriefHeader } from './briefOperations';
export { addItem, deleteItem, moveItem, reorderSection, updateItem } from './briefItemOperations';
export {
  briefFromCardsInputSchema,
  createBriefFromCards,
  sectionsFromCards,
  type BriefFromCardsInput,
} from './briefFromCards';
export {
  addToBrief,
  addToBriefInputSchema,
  briefMaterialSchema,
  type AddToBriefInput,
  type AnnotationContext,
  type BriefMaterial,
} from './addToBrief';
export { checkCitations, citationLabel, citeCard, type BriefCitation, type CardLookup } from './briefCitations';
export * from './briefDocument';
export * from './briefLabels';
export { briefToMarkdown } from './briefToMarkdown';
export { inlineSpans, plainText, type InlineSpan } from './inlineMarkdown';
export { penPicturesFromCards, type PenPicture } from './penPictures';
export { openQuestionsFromCards, type OpenQuestion } from './openQuestions';
