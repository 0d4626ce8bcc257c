import { importKindLabels, type ImportKind, type ImportSummary } from '../../../../shared/export/backupSchemas';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import type { Translate } from '../../i18n';

/** Kinds whose features say themselves in their own catalogue; absent from a summary made before them. */
const featureKinds: Array<[kind: keyof ImportSummary, added: MessageKey, changed: MessageKey | null]> = [
  ['briefs', 'briefs.import.added', 'briefs.import.changed'],
  // An import never changes an answer already in the study log, so it only ever adds.
  ['studyLog', 'study.import.logAdded', null],
  ['ownStudyItems', 'study.import.itemsAdded', 'study.import.itemsChanged'],
  ['sources', 'sources.backup.sourcesAdded', 'sources.backup.sourcesChanged'],
  ['collections', 'sources.backup.collectionsAdded', 'sources.backup.collectionsChanged'],
];

/** "2 notes added", "1 tag changed"…, only the kinds that change; empty when the import changes nothing. */
export function importSummaryLines(summary: ImportSummary, t: Translate): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(importKindLabels) as ImportKind[]) {
    const { added, changed } = summary[kind];
    if (added > 0) lines.push(t(`import.added.${kind}`, { count: added }));
    if (changed > 0) lines.push(t(`import.changed.${kind}`, { count: changed }));
  }
  for (const [kind, addedKey, changedKey] of featureKinds) {
    const counts = summary[kind];
    if (counts && counts.added > 0) lines.push(t(addedKey, { count: counts.added }));
    if (counts && changedKey && counts.changed > 0) lines.push(t(changedKey, { count: counts.changed }));
  }
  return lines;
}
