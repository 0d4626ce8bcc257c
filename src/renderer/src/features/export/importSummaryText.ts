import { importKindLabels, type ImportKind, type ImportSummary } from '../../../../shared/export/backupSchemas';
import type { Translate } from '../../i18n';

/** "2 notes added", "1 tag changed"…, only the kinds that change; empty when the import changes nothing. */
export function importSummaryLines(summary: ImportSummary, t: Translate): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(importKindLabels) as ImportKind[]) {
    const { added, changed } = summary[kind];
    if (added > 0) lines.push(t(`import.added.${kind}`, { count: added }));
    if (changed > 0) lines.push(t(`import.changed.${kind}`, { count: changed }));
  }
  // briefs (issue 15)
  if (summary.briefs && summary.briefs.added > 0) lines.push(t('briefs.import.added', { count: summary.briefs.added }));
  if (summary.briefs && summary.briefs.changed > 0) {
    lines.push(t('briefs.import.changed', { count: summary.briefs.changed }));
  }
  return lines;
}
