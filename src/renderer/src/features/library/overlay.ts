import type { ExportStart } from '../export';
import type { BriefsStart } from '../briefs';
import type { StudyView } from '../study';
import type { SourceCardStart } from '../sources';

/** What is open over the library; the palette and the sheet remember the dialog under them. */
export type Overlay =
  | { kind: 'card'; factId: string }
  | { kind: 'tags' }
  | { kind: 'new-card' }
  | { kind: 'edit-card'; factId: string }
  | { kind: 'export'; start?: ExportStart }
  // briefs
  | { kind: 'briefs'; start?: BriefsStart }
  | { kind: 'add-to-brief'; factId: string }
  // study
  | { kind: 'study'; view: StudyView }
  // sources: the reader (from a card, its quote marked), making a card from it, the list, the import form
  | { kind: 'source'; sourceId: string; paragraph?: number; factId?: string; from?: Overlay }
  | { kind: 'source-card'; start: SourceCardStart; from: Overlay }
  | { kind: 'sources' }
  | { kind: 'import-source' }
  | { kind: 'palette'; over?: Overlay }
  | { kind: 'shortcuts'; over?: Overlay };

/** The dialog under the palette or the sheet: what their commands act on, and where Escape returns. */
export function baseOf(overlay: Overlay | undefined): Overlay | undefined {
  return overlay?.kind === 'palette' || overlay?.kind === 'shortcuts' ? overlay.over : overlay;
}
