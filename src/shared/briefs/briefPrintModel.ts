import type { PaperSize } from '../export/exportSchemas';
import type { Language } from '../i18n/languages';
import type { BriefDocument } from './briefDocument';
import type { BriefLabels } from './briefLabels';

/** What the print page needs to lay a brief out: the composed document, its labels and its paper. */
export interface BriefPrintModel {
  document: BriefDocument;
  labels: BriefLabels;
  paper: PaperSize;
  language: Language;
}
