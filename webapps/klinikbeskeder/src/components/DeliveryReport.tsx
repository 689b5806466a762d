import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatNumber, maskCpr, useMessages, type PlspComponents } from '@klinik/shared';
import { messages } from '../messages.ts';

type Recipient = PlspComponents['schemas']['MessageRecipient'];

/** Who did not receive the message and why, a page at a time (a clinic-wide message has thousands). */
export function DeliveryReport({ notDelivered }: { notDelivered: readonly Recipient[] }) {
  const t = useMessages(messages);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(25);
  if (notDelivered.length === 0) return <Typography>{t.reportEmpty}</Typography>;
  const rows = notDelivered.slice(page * size, (page + 1) * size);
  return (
    <>
      <Typography>{t.reportIntro(formatNumber(notDelivered.length))}</Typography>
      <Table size="small" aria-label={t.reportHeading}>
        <TableHead>
          <TableRow>
            <TableCell>{t.reportColumns.name}</TableCell>
            <TableCell>{t.reportColumns.cpr}</TableCell>
            <TableCell>{t.reportColumns.reason}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.patientId}>
              <TableCell>{r.name}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{maskCpr(r.cpr)}</TableCell>
              <TableCell>{r.reason ? t.reasons[r.reason] : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={notDelivered.length}
        page={page}
        rowsPerPage={size}
        rowsPerPageOptions={[25, 100]}
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
    </>
  );
}
