import { highlightColors, type HighlightColor } from '../../../../shared/schema/annotations';

export { highlightColors };

const colorLabels: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  violet: 'Violet',
};

/** The colour's name as the user reads it: "Yellow". */
export function colorLabel(color: HighlightColor): string {
  return colorLabels[color];
}

export const defaultHighlightColor: HighlightColor = 'yellow';
