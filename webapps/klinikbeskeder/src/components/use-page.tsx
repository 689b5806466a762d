import TablePagination from '@mui/material/TablePagination';
import { useState } from 'react';
import { formatNumber, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/**
 * A long list a page at a time (a clinic-wide message has thousands of recipients): the rows on the
 * page and the pager under the table, with the page kept in range when the list gets shorter.
 */
export function usePage<T>(rows: readonly T[], sizes: readonly [number, ...number[]]) {
  const t = useMessages(messages);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(sizes[0]);
  const current = Math.min(page, Math.max(0, Math.ceil(rows.length / size) - 1));
  const pager = (
    <TablePagination
      component="div"
      count={rows.length}
      page={current}
      rowsPerPage={size}
      rowsPerPageOptions={[...sizes]}
      onPageChange={(_, next) => setPage(next)}
      onRowsPerPageChange={(e) => {
        setSize(Number(e.target.value));
        setPage(0);
      }}
      labelRowsPerPage={t.rowsPerPage}
      labelDisplayedRows={({ from, to, count }) =>
        t.pageOf(formatNumber(from), formatNumber(to), formatNumber(count))
      }
    />
  );
  return { shown: rows.slice(current * size, (current + 1) * size), pager, toFirstPage: () => setPage(0) };
}
