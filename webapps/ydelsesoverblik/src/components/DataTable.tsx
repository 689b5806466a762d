import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
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
  const cells = (row: Row, Head: 'th' | 'td') =>
    columns.map((column, i) => {
      const value = column.value(row);
      return (
        <TableCell
          key={column.label}
          component={i === 0 ? 'th' : Head}
          scope={i === 0 ? 'row' : undefined}
          align={typeof value === 'number' ? 'right' : 'left'}
          sx={{
            fontVariantNumeric: 'tabular-nums',
            whiteSpace: typeof value === 'number' ? 'nowrap' : undefined,
          }}
        >
          {column.render ? column.render(row) : formatCell(value, column.decimals)}
        </TableCell>
      );
    });
  return (
    <TableContainer sx={{ maxWidth: maxWidth ?? '100%', overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy} data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label} sx={{ fontWeight: 600, verticalAlign: 'bottom' }}>
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={rowKey(row)}
              selected={selected?.(row)}
              aria-current={selected?.(row) ? 'true' : undefined}
              sx={selected?.(row) ? { '& > *': { fontWeight: 600 } } : undefined}
              hover
            >
              {cells(row, 'td')}
            </TableRow>
          ))}
          {footer && (
            <TableRow sx={{ '& > *': { fontWeight: 600, borderTop: 2 } }}>{cells(footer, 'td')}</TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Memoised: a table re-renders only when its rows, columns or selection change. */
export const DataTable = memo(DataTableOf) as typeof DataTableOf;
