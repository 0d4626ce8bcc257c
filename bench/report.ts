import type { Summary } from './stats';

/** One line of the table: a figure, what it is compared against, and its budget if it has one. */
export interface Row {
  section: string;
  size: string;
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  result: 'pass' | 'FAIL' | '';
}

/** A row of one measure, with every column it does not fill left empty. */
export const blankRow = (section: string, size: string, measure: string, rest: Partial<Row>): Row => ({
  section,
  size,
  measure,
  value: '',
  baseline: '',
  ratio: '',
  budget: '',
  result: '',
  ...rest,
});

export const ms = (value: number) =>
  Number.isFinite(value)
    ? value >= 100
      ? `${value.toFixed(0)} ms`
      : `${value.toFixed(value >= 10 ? 1 : 2)} ms`
    : 'n/a';

export const medianP95 = (summary: Summary) => `${ms(summary.median)} / ${ms(summary.p95)}`;

export const ratio = (value: number, base: number) =>
  Number.isFinite(value) && Number.isFinite(base) && base > 0 ? `${(value / base).toFixed(2)}×` : 'n/a';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function verdict(pass: boolean | undefined): Row['result'] {
  if (pass === undefined) return '';
  return pass ? 'pass' : 'FAIL';
}

const headers: Record<keyof Row, string> = {
  section: 'Area',
  size: 'Size',
  measure: 'Measure',
  value: 'Median / p95',
  baseline: 'Baseline (same run)',
  ratio: 'Ratio',
  budget: 'Budget',
  result: '',
};

/** A plain-text table that reads the same in a terminal, a CI log and a Markdown file. */
export function formatTable(rows: readonly Row[]): string {
  const columns = Object.keys(headers) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(headers[column].length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [
    line(columns.map((column) => headers[column])),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map((row) => line(columns.map((column) => row[column]))),
  ].join('\n');
}
