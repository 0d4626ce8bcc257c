import { highlightColors, type HighlightColor } from '../../../../shared/schema/annotations';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import type { Translate } from '../../i18n';

export { highlightColors };

const colorLabels: Record<HighlightColor, MessageKey> = {
  yellow: 'colour.yellow',
  green: 'colour.green',
  blue: 'colour.blue',
  pink: 'colour.pink',
  violet: 'colour.violet',
};

/** The colour's name as the user reads it: "Yellow". */
export function colorLabel(color: HighlightColor, t: Translate): string {
  return t(colorLabels[color]);
}

export const defaultHighlightColor: HighlightColor = 'yellow';
