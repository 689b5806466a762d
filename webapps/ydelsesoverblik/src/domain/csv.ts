/**
 * CSV as Excel in Denmark reads it: semicolons between fields, decimal comma, CRLF line ends, and a
 * UTF-8 byte-order mark so æ, ø and å come out right.
 */
export type CsvCell = string | number | undefined;

export interface CsvColumn {
  label: string;
  /** Decimals for numbers (0 when left out). */
  decimals?: number;
}

const BOM = '\uFEFF';

/** 1234.5 → "1234,5": no thousands separator, so Excel reads it as a number. */
export function danishNumber(value: number, decimals = 0): string {
  return value
    .toFixed(decimals)
    .replace('.', ',')
    .replace(/^-(0(,0*)?)$/, '$1');
}

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(columns: readonly CsvColumn[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [
    columns.map((c) => field(c.label)),
    ...rows.map((row) =>
      columns.map((column, i) => {
        const cell = row[i];
        if (cell === undefined) return '';
        return typeof cell === 'number' ? danishNumber(cell, column.decimals) : field(cell);
      }),
    ),
  ];
  return BOM + lines.map((line) => line.join(';')).join('\r\n') + '\r\n';
}
