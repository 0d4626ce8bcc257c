import { importKindLabels, type ImportKind, type ImportSummary } from '../../../../shared/export/backupSchemas';

/** "2 notes added", "1 tag changed"…, only the kinds that change; empty when the import changes nothing. */
export function importSummaryLines(summary: ImportSummary): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(importKindLabels) as ImportKind[]) {
    const [singular, plural] = importKindLabels[kind];
    const { added, changed } = summary[kind];
    if (added > 0) lines.push(`${added} ${added === 1 ? singular : plural} added`);
    if (changed > 0) lines.push(`${changed} ${changed === 1 ? singular : plural} changed`);
  }
  return lines;
}
