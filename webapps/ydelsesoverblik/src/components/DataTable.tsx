import { alpha, styled } from '@mui/material/styles';
import { memo, type ReactNode } from 'react';
import { formatNumber } from '@klinik/shared';
import { toCsv, type CsvCell } from '../domain/csv.ts';

/** A column of a table and of its CSV export: both show `value` with the same decimals. */
export interface Column<Row> {
  label: string;
  value: (row: Row) => CsvCell;
  decimals?: number;
  /** Shown in the table instead of the value (a link, a status with icon). */
  render?: (row: Row) => ReactNode;
}

export function formatCell(value: CsvCell, decimals = 0): string {
  if (value === undefined) return '–';
  return typeof value === 'number'
    ? formatNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : value;
}

export function csvOf<Row>(columns: readonly Column<Row>[], rows: readonly Row[], footer?: Row): string {
  return toCsv(
    columns,
    [...rows, ...(footer ? [footer] : [])].map((row) => columns.map((c) => c.value(row))),
  );
}

/**
 * One stylesheet for the webapp's tables and plain rows inside (the code table has some fifty rows
 * of eight cells: a MUI component per cell made the first screen one long task). Links and
 * link-buttons in cells are styled here too.
 */
const Table = styled('table')(({ theme }) => ({
  width: '100%',
  borderCollapse: 'collapse',
  ...theme.typography.body2,
  color: theme.palette.text.primary,
  fontVariantNumeric: 'tabular-nums',
  '& th, & td': {
    padding: '6px 16px',
    textAlign: 'left',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  '& thead th': { fontWeight: 600, verticalAlign: 'bottom' },
  '& .num': { textAlign: 'right', whiteSpace: 'nowrap' },
  '& tbody tr:hover': { background: theme.palette.action.hover },
  '& tbody tr[aria-current] > *': { fontWeight: 600 },
  '& tbody tr[aria-current]': {
    background: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity),
  },
  '& tr.total > *': { fontWeight: 600, borderTop: `2px solid ${theme.palette.divider}` },
  '& button.link': {
    font: 'inherit',
    fontWeight: 'inherit',
    textAlign: 'left',
    padding: 0,
    border: 0,
    background: 'none',
    cursor: 'pointer',
    color: theme.palette.primary.main,
    textDecoration: 'underline',
    textDecorationColor: alpha(theme.palette.primary.main, 0.4),
    '&:hover': { textDecorationColor: 'inherit' },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  },
}));

/** The tables of the webapp; also every chart's text alternative. The first column heads its row. */
function DataTableOf<Row>({
  columns,
  rows,
  footer,
  labelledBy,
  rowKey,
  selected,
  testId,
  maxWidth,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  footer?: Row;
  labelledBy: string;
  rowKey: (row: Row) => string;
  selected?: (row: Row) => boolean;
  testId?: string;
  /** For narrow tables (a chart's few columns), so the numbers stay near their labels. */
  maxWidth?: number;
}) {
  const cells = (row: Row) =>
    columns.map((column, i) => {
      const value = column.value(row);
      const content = column.render ? column.render(row) : formatCell(value, column.decimals);
      const className = typeof value === 'number' ? 'num' : undefined;
      return i === 0 ? (
        <th key={column.label} scope="row" className={className}>
          {content}
        </th>
      ) : (
        <td key={column.label} className={className}>
          {content}
        </td>
      );
    });
  return (
    <div style={{ maxWidth: maxWidth ?? '100%', overflowX: 'auto' }}>
      <Table aria-labelledby={labelledBy} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} aria-current={selected?.(row) ? 'true' : undefined}>
              {cells(row)}
            </tr>
          ))}
          {footer && <tr className="total">{cells(footer)}</tr>}
        </tbody>
      </Table>
    </div>
  );
}

/** Memoised: a table re-renders only when its rows, columns or selection change. */
export const DataTable = memo(DataTableOf) as typeof DataTableOf;
